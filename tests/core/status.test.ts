import { classifyStatus } from "../../src/core/judge/status";
import type { Status } from "../../src/core/model/schemas";
import seed from "../../samples/sodegaura-2016-sheets.json";

/**
 * Every 進捗総括 of the seed, decided as a careful reader would (sheet number + year label as written).
 * null = the cell is empty (②-07 after the merge; the caller turns those into not_evaluated).
 */
const SEED_EXPECTED: Record<string, Status | null> = {
  "①-01 H28年度": "on_track",
  "①-01 H29年度": "on_track",
  "①-01 H30年度": "on_track",
  "①-01 R1年度": "at_risk", // 計画通り進捗できておらず、目標達成が困難 (+ a future intention to achieve)
  "①-01 R2年度": "achieved",
  "①-02 H28年度": "on_track",
  "①-02 H29年度": "ahead", // 計画を前倒して…計画以上に進捗している
  "①-02 H30年度": "on_track",
  "①-02 R1年度": "on_track",
  "①-02 R2年度": "achieved", // 活動目標を達成できたほか…計画を推進できた
  "①-03 H28年度": "on_track",
  "①-03 H29年度": "delayed",
  "①-03 H30年度": "on_track", // 前年度の遅延を解消し…計画通り進捗している
  "①-03 R1年度": "on_track",
  "①-03 R2年度": "achieved", // 計画は達成できている
  "①-04 H28年度": "on_track",
  "①-04 H29年度": "on_track",
  "①-04 H30年度": "on_track", // 活動目標に向けた活動 is not an achievement
  "①-04 R1年度": "on_track",
  "①-04 R2年度": "achieved",
  "②-01 H28年度": "on_track",
  "②-01 H29年度": "on_track",
  "②-01 H30年度": "achieved", // 活動目標は達成しているが…計画通り進捗している
  "②-01 R1年度": "achieved", // 既に達成している
  "②-01 R2年度": "achieved",
  "②-02 H28年度": "on_track",
  "②-02 H29年度": "on_track",
  "②-02 H30年度": "on_track",
  "②-02 R1年度": "achieved", // 活動目標を達成することができたため、計画通り進捗している
  "②-02 R2年度": "achieved",
  "②-03 H28年度": "on_track",
  "②-03 H29年度": "on_track",
  "②-03 H30年度": "on_track",
  "②-03 R1年度": "on_track",
  "②-03 R2年度": "achieved",
  "②-04 H28年度": "on_track",
  "②-04 H29年度": "on_track", // 予定通り実施 … 計画通り進捗
  "②-04 H30年度": "achieved",
  "②-04 R1年度": "on_track",
  "②-04 R2年度": "achieved", // 仮想サーバーへ統合 is systems, not a merged measure
  "②-05 H28年度": "on_track",
  "②-05 H29年度": "on_track", // 計画目標である更新方針の決定 is not an achievement
  "②-05 H30年度": "on_track",
  "②-05 R1年度": "on_track",
  "②-05 R2年度": "achieved", // a system failure, but 活動目標は達成できた
  "②-06 H28年度": "on_track",
  "②-06 H29年度": "on_track",
  "②-06 H30年度": "achieved", // 計画どおり、…施策目標を達成する
  "②-06 R1年度": "achieved",
  "②-06 R2年度": "achieved",
  "②-07 H28年度": "on_track",
  "②-07 H29年度": "not_evaluated", // 施策を統合して推進することに決定した
  "②-07 H30年度": "not_evaluated", // …により施策を推進し、評価を行います
  "②-07 R1年度": null,
  "②-07 R2年度": null,
  "③-01 H28年度": "on_track",
  "③-01 H29年度": "on_track", // 目標以上の受講 is about trainees, not progress
  "③-01 H30年度": "on_track",
  "③-01 R1年度": "achieved", // 受講者人数を大きく上回り達成
  "③-01 R2年度": "achieved",
  "④-01 H 28年度": "on_track",
  "④-01 H 29年度": "delayed",
  "④-01 H 30年度": "achieved",
  "④-01 R1年度": "on_track",
  "④-01 R2年度": "achieved",
  "④-02 H28年度": "on_track",
  "④-02 H29年度": "on_track",
  "④-02 H30年度": "on_track",
  "④-02 R1年度": "on_track",
  "④-02 R2年度": "achieved", // 計画を達成できた
};

/** The deciding phrase for the seed years where it matters most (cut from the original text). */
const SEED_PHRASES: Record<string, string> = {
  "①-01 H28年度": "計画通り進捗している",
  "①-01 R1年度": "目標達成が困難",
  "①-02 H29年度": "計画以上に進捗している",
  "①-03 H29年度": "遅延が生じている",
  "①-03 H30年度": "計画通り進捗している",
  "①-03 R2年度": "計画は達成できている",
  "①-04 H29年度": "計画どおり進捗している",
  "②-01 H30年度": "活動目標は達成している",
  "②-01 R1年度": "活動目標を既に達成している",
  "②-02 R1年度": "活動目標を達成することができた",
  "②-07 H29年度": "施策を統合して",
  "④-01 H 29年度": "遅延が生じている",
  "④-02 R2年度": "計画を達成できた",
};

const seedYears = seed.flatMap((sheet) => sheet.years.map((year) => ({ key: `${sheet.number} ${year.labelRaw}`, summary: year.summary })));

describe("classifyStatus on the seed", () => {
  it("has an expectation for every one of the 70 summaries, and no stale ones", () => {
    expect(seedYears).toHaveLength(70);
    expect(seedYears.map((y) => y.key).sort()).toEqual(Object.keys(SEED_EXPECTED).sort());
  });

  it.each(seedYears)("$key", ({ key, summary }) => {
    const result = classifyStatus(summary);
    expect(result.status).toBe(SEED_EXPECTED[key]);
    if (result.status === null || result.status === "unknown") expect(result.phrase).toBeNull();
    else expect(summary).toContain(result.phrase);
    if (key in SEED_PHRASES) expect(result.phrase).toBe(SEED_PHRASES[key]);
  });

  it("counts the seed's statuses as a reader would", () => {
    const counts: Record<string, number> = {};
    for (const y of seedYears) {
      const s = String(classifyStatus(y.summary).status);
      counts[s] = (counts[s] ?? 0) + 1;
    }
    expect(counts).toEqual({ on_track: 41, achieved: 21, at_risk: 1, delayed: 2, ahead: 1, not_evaluated: 2, null: 2 });
  });
});

/** [text, expected status, expected phrase (omit to check only that it is a substring)]. Not from the seed. */
type Case = [string, Status | null, string?];

const CASES: Record<string, Case[]> = {
  ahead: [
    ["計画以上に進捗している。", "ahead", "計画以上に進捗している"],
    ["当初予定より早くシステムの稼働を開始した。", "ahead", "予定より早く"],
    ["事業を前倒しで実施した。", "ahead", "事業を前倒しで"],
    ["利用者数が計画を上回るペースで推移している。", "ahead", "計画を上回る"],
  ],
  on_track: [
    ["計画どおり進捗している。", "on_track", "計画どおり進捗している"],
    ["順調に進捗している。", "on_track", "順調に進捗している"],
    ["予定通り実施した。", "on_track", "予定通り実施した"],
    ["スケジュールどおりに進んでいる。", "on_track", "スケジュールどおりに進んでいる"],
    ["計画を推進できた。", "on_track", "計画を推進できた"],
    ["システムの更新が完了し、計画に沿って運用している。", "on_track", "計画に沿って"],
    // A consideration is not a verdict.
    ["前倒しを検討したが実施できず、計画通り進捗している。", "on_track", "計画通り進捗している"],
  ],
  achieved: [
    ["活動目標を達成した。", "achieved", "活動目標を達成した"],
    ["目標を既に達成している。", "achieved", "目標を既に達成している"],
    ["目標値に到達した。", "achieved", "目標値に到達した"],
    ["全施設への導入が完了し、目標達成となった。", "achieved", "目標達成"],
    // Achieved outranks on plan and ahead.
    ["活動目標を達成しており、計画通り進捗している。", "achieved", "活動目標を達成しており"],
    ["計画を前倒しで進め、活動目標を達成できた。", "achieved", "活動目標を達成できた"],
    ["計画を上回る成果を上げ、活動目標も達成した。", "achieved", "活動目標も達成した"],
  ],
  delayed: [
    ["遅延が生じている。", "delayed", "遅延が生じている"],
    ["遅れが生じている。", "delayed", "遅れが生じている"],
    ["システム更新が遅れている。", "delayed", "遅れている"],
    ["予定より遅れている。", "delayed", "予定より遅れている"],
    ["導入を次年度に延期した。", "delayed", "延期した"],
    ["調達手続きが滞っている。", "delayed", "滞っている"],
    ["進捗が遅れ気味である。", "delayed", "遅れ気味である"],
    ["導入は未着手である。", "delayed", "未着手である"],
    ["方針決定に至らなかった。", "delayed", "に至らなかった"],
    ["前年度の遅延が続いている。", "delayed", "遅延が続いている"],
    // A later delay outranks an earlier "on plan".
    ["計画どおり進捗しているが、一部の作業に遅れが生じている。", "delayed", "遅れが生じている"],
  ],
  at_risk: [
    ["計画通り進捗できておらず、目標達成が困難である。", "at_risk", "目標達成が困難である"],
    ["目標達成が困難な状況である。", "at_risk", "目標達成が困難"],
    ["期間内の完了は難しい。", "at_risk", "完了は難しい"],
    ["予算確保の見込みが立っていない。", "at_risk", "見込みが立っていない"],
    ["導入の目処が立たない。", "at_risk", "目処が立たない"],
    ["活動目標の達成が見込めない。", "at_risk", "見込めない"],
    ["導入を断念した。", "at_risk", "断念した"],
    ["計画通り進捗しているが、目標達成は困難な見込みである。", "at_risk", "目標達成は困難"],
  ],
  not_evaluated: [
    ["本施策は③-01に統合した。", "not_evaluated", "施策は③-01に統合した"],
    ["①-02の施策に統合して推進する。", "not_evaluated"],
    ["本施策は②-05により施策を推進し、評価を行います。", "not_evaluated", "により施策を推進し、評価"],
    ["本年度から評価の対象外とする。", "not_evaluated", "評価の対象外"],
    ["本施策は廃止した。", "not_evaluated"],
    // Only planned, or about systems rather than the measure: not a merge (a system integrated as meant is a task
    // done: on track, weakly).
    ["施策の統合を検討している。", "unknown"],
    ["システムを統合することができた。", "on_track"],
  ],
  negation: [
    // Decision: not on plan → delayed; "could not keep to plan" (できておらず) → at_risk, as the README's "Statuses" lists it.
    ["計画通りに進んでいない。", "delayed", "計画通りに進んでいない"],
    ["計画通りではない。", "delayed", "計画通りではない"],
    ["順調とは言えない。", "delayed", "順調とは言えない"],
    ["計画どおり進捗しているとは言い難い。", "delayed"],
    ["計画通り進捗できていない。", "at_risk", "計画通り進捗できていない"],
    // Not achieving the target is behind plan, but only when nothing stronger speaks; every target missed is at risk.
    ["活動目標を達成できなかった。", "delayed", "活動目標を達成できなかった"],
    ["活動目標は未達成となった。", "delayed", "未達成"],
    ["いずれも未達成となった。", "at_risk", "いずれも未達成"],
    ["計画通り進捗しており、活動目標の達成には至っていない。", "on_track", "計画通り進捗しており"],
    // A negated delay or risk is (weakly) on plan.
    ["遅れは生じていない。", "on_track", "遅れは生じていない"],
    ["遅れることなく事業を進めている。", "on_track", "遅れることなく"],
    ["遅延なく運用している。", "on_track", "遅延なく"],
    ["目標達成は困難ではない。", "on_track"],
    ["計画以上には進んでいない。", "on_track", "計画以上には進んでいない"],
  ],
  "double negation": [
    ["計画通り進捗していないわけではない。", "on_track", "計画通り進捗していないわけではない"],
    ["遅れていないとは言えない。", "delayed", "遅れていないとは言えない"],
    ["見込みがないわけではない。", "unknown"],
  ],
  resolution: [
    ["前年度に生じた遅れを取り戻し、計画通り進捗している。", "on_track", "計画通り進捗している"],
    ["前年度の遅延を解消した。", "on_track", "遅延を解消した"],
    ["前年度の遅延は解消されていない。", "delayed", "遅延は解消されていない"],
    ["遅れを取り戻すため、体制を強化する。", "delayed"],
    // A conceded or past delay gives way to the verdict that follows it.
    ["遅延が生じていたが、今年度は計画どおり進捗している。", "on_track", "計画どおり進捗している"],
    ["一部で遅れが生じたものの、全体としては順調に推移している。", "on_track", "順調に推移している"],
    ["遅延が生じた。しかし、年度末には計画通り進捗した。", "on_track"],
    ["活動目標はまだ達成していないが、計画通り進捗している。", "on_track"],
    ["活動目標は未達成だが、計画どおり進捗している。", "on_track"],
  ],
  "width and spaces": [
    ["計画 通り 進捗 している。", "on_track", "計画 通り 進捗 している"],
    ["計画\u3000通り進捗している。", "on_track", "計画\u3000通り進捗している"],
    ["ＩＣＴ研修を実施し、計画通り進捗している。", "on_track", "計画通り進捗している"],
    ["ｽｹｼﾞｭｰﾙ通りに進んでいる。", "on_track", "ｽｹｼﾞｭｰﾙ通りに進んでいる"],
    ["研修を実施し，予定 より 遅れ ている．", "delayed", "予定 より 遅れ ている"],
    ["  \n計画どおり進捗している\r\n", "on_track", "計画どおり進捗している"],
    // A line break separates clauses: the bare 計画どおり still says on plan.
    ["計画どおり\n進捗している", "on_track", "計画どおり"],
  ],
  unknown: [
    ["研修を実施した。", "unknown"],
    ["システムを導入し、職員向け説明会を開催した。", "unknown"],
    ["-", "unknown"],
    ["特記事項なし", "unknown"],
    ["進捗率は50%である。", "unknown"],
    ["目標以上の受講者数となった。", "unknown"],
    ["遅延防止のため、進行管理を徹底した。", "unknown"],
    // Intentions are plans, not verdicts.
    ["令和4年度以降に活動目標を達成できるよう取り組む。", "unknown"],
    ["活動目標の達成に向けて検討を進める。", "unknown"],
    ["計画通り進捗するよう努める。", "unknown"],
    ["計画の推進を図る。", "unknown"],
  ],
  blank: [
    ["", null],
    ["   ", null],
    ["\u3000\n\t", null],
  ],
};

describe.each(Object.entries(CASES))("classifyStatus: %s", (_group, cases) => {
  // Objects, not tuples: a tuple shorter than the callback's arity would make Jest pass `done`.
  const rows = cases.map(([text, status, phrase]) => ({ text, status, phrase }));
  it.each(rows)("$text → $status", ({ text, status, phrase }) => {
    const result = classifyStatus(text);
    expect(result.status).toBe(status);
    if (status === null || status === "unknown") {
      expect(result.phrase).toBeNull();
    } else {
      expect(result.phrase).not.toBeNull();
      expect(text).toContain(result.phrase);
      if (phrase !== undefined) expect(result.phrase).toBe(phrase);
    }
  });
});

describe("classifyStatus details", () => {
  it("has at least 40 non-seed sentences covering every status", () => {
    const all = Object.values(CASES).flat();
    expect(all.length).toBeGreaterThanOrEqual(40);
    const seen = new Set(all.map(([, s]) => s));
    for (const s of ["ahead", "on_track", "achieved", "delayed", "at_risk", "not_evaluated", "unknown", null]) {
      expect(seen).toContain(s);
    }
  });

  it("reports the last phrase of the winning status (the verdict comes last)", () => {
    expect(classifyStatus("計画どおり、新システムを公開し、計画通り進捗している。").phrase).toBe("計画通り進捗している");
  });

  it("keeps a future intention from counting as an achievement (①-01 R1's second sentence)", () => {
    const text = "しかし、計画年度外の令和3年度以降に活動目標を達成できるよう実施計画にも位置付けている。";
    expect(classifyStatus(text).status).toBe("unknown");
  });

  it("gives the same status whatever the width or spacing", () => {
    const plain = "前年度の遅延を解消し、計画通り進捗している。";
    const wide = "前年度の 遅延 を解消し，計画　通り 進捗 して いる。";
    expect(classifyStatus(wide).status).toBe(classifyStatus(plain).status);
    expect(classifyStatus(wide).phrase).toBe("計画　通り 進捗 して いる");
  });
});
