/**
 * 検証: one click reads and checks the workbook (in the engine worker). Findings are grouped by rule
 * (the same sentence on many sheets is one row) or by sheet, filtered by severity and by a search box,
 * and listed in a windowed list: only the rows on screen are in the DOM, whatever the count. The bar of
 * the current finding stays in view; 前へ / 次へ select the next cell and scroll the list to it.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from "react";
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  SearchBox,
  Switch,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { CellMark } from "../../core/model/gateway";
import type { Finding, Severity } from "../../core/model/schemas";
import { buildView, findingMessage, type GroupBy, type Row } from "../findingsView";
import { useLang, useT } from "../i18n";
import { useKept } from "../keptState";
import { usePaneState } from "../paneState";
import { ruleHowToFix, ruleTitle } from "../ruleInfo";
import { useServices } from "../services";
import { Busy, ErrorBar, useAction } from "./common";
import { AnswerFinding } from "./AnswerFinding";
import { useWindowedList } from "./windowedList";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
export const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
const ALL_SHOWN: Record<Severity, boolean> = { error: true, warning: true, info: true };
const NONE: ReadonlySet<string> = new Set();

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  chips: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  groupBy: { display: "flex", flexDirection: "row", flexWrap: "wrap" },
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  barMessage: { fontSize: tokens.fontSizeBase200, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  scroller: {
    height: "min(60vh, 640px)",
    minHeight: "240px",
    overflowY: "auto",
    contain: "strict",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  inner: { position: "relative", width: "100%" },
  item: { position: "absolute", top: 0, left: 0, width: "100%", boxSizing: "border-box", paddingBlock: "1px" },
  head: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    minHeight: "auto",
    paddingBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  headBody: { display: "flex", flexDirection: "column", gap: "2px", alignItems: "flex-start" },
  headLine: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  count: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  fix: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  heading: { margin: 0, fontSize: "inherit", fontWeight: "inherit" },
  finding: { justifyContent: "flex-start", textAlign: "start", width: "100%", minHeight: "auto", paddingBlock: tokens.spacingVerticalXS },
  nested: { paddingInlineStart: tokens.spacingHorizontalXXL },
  current: { backgroundColor: tokens.colorBrandBackground2, outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  findingBody: { display: "flex", flexDirection: "column", gap: "2px", alignItems: "flex-start" },
  findingHead: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  rule: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  message: { fontWeight: tokens.fontWeightRegular, whiteSpace: "pre-wrap", wordBreak: "break-word" },
});

interface Current {
  /** The findings array the id points into: a new report makes an old position meaningless. */
  of: readonly Finding[] | null;
  id: number | null;
}

export function ValidatePanel() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { gateway } = useServices();
  const { report, reportStale, revalidating, analyzeNow, target, clearTarget } = usePaneState();
  const action = useAction();
  const [shown, setShown] = useKept<Record<Severity, boolean>>("validate.shown", ALL_SHOWN);
  const [query, setQuery] = useKept("validate.query", "");
  const [sheet, setSheet] = useKept<string | null>("validate.sheet", null);
  const [groupBy, setGroupBy] = useKept<GroupBy>("validate.groupBy", "rule");
  const [closed, setClosed] = useKept<ReadonlySet<string>>("validate.closed", NONE);
  const [opened, setOpened] = useKept<ReadonlySet<string>>("validate.opened", NONE);
  const [current, setCurrent] = useKept<Current>("validate.current", { of: null, id: null });
  const [marked, setMarked] = useKept("validate.marked", false);
  const scroller = useRef<HTMLDivElement>(null);

  const findings = useMemo(() => report?.findings ?? [], [report]);
  const currentId = current.of === findings ? current.id : null;
  const deferredQuery = useDeferredValue(query);

  // Another panel may open this one at a place (概要: a count, a delayed measure).
  useEffect(() => {
    if (!target) return;
    if (target.severities)
      setShown({ error: false, warning: false, info: false, ...Object.fromEntries(target.severities.map((s) => [s, true])) });
    else setShown(ALL_SHOWN);
    setSheet(target.sheet ?? null);
    setQuery("");
    clearTarget();
  }, [target, clearTarget, setShown, setSheet, setQuery]);

  const title = useCallback((id: string) => ruleTitle(id, lang), [lang]);
  const view = useMemo(
    () => buildView(findings, { lang, shown, query: deferredQuery, sheet, groupBy, closed, opened, ruleTitle: title }),
    [findings, lang, shown, deferredQuery, sheet, groupBy, closed, opened, title],
  );
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);

  const virtualizer = useWindowedList({
    count: view.rows.length,
    scroller,
    estimate: (i) => (view.rows[i]?.kind === "finding" ? 64 : 48),
    key: (i) => rowKey(view.rows[i]),
  });

  // Marks mirror what the list shows: old marks go before new ones are made.
  const toMarks = (ids: number[]): CellMark[] =>
    ids.map((id) => ({ sheet: findings[id].sheet, cell: findings[id].cell, severity: findings[id].severity }));
  const remark = async (list: CellMark[]) => {
    await gateway.clearMarks?.();
    if (list.length > 0) await gateway.markCells?.(list);
  };
  const canMark = Boolean(gateway.markCells && gateway.clearMarks);

  const validate = () =>
    action.run(async () => {
      const { report: next } = await analyzeNow();
      setCurrent({ of: null, id: null });
      if (marked)
        await remark(next.findings.filter((f) => shown[f.severity]).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
    });

  const toggleSeverity = (s: Severity) => {
    const next = { ...shown, [s]: !shown[s] };
    setShown(next);
    if (marked)
      void action.run(() =>
        remark(findings.filter((f) => next[f.severity]).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }))),
      );
  };

  const toggleMarks = (on: boolean) =>
    action.run(async () => {
      if (on) await remark(toMarks(view.order));
      else await gateway.clearMarks?.();
      setMarked(on);
    });

  const toggleGroup = (key: string) =>
    setClosed((c) => {
      const n = new Set(c);
      if (!n.delete(key)) n.add(key);
      return n;
    });
  const toggleCluster = (key: string) =>
    setOpened((o) => {
      const n = new Set(o);
      if (!n.delete(key)) n.add(key);
      return n;
    });

  const select = (id: number) => {
    const f = findings[id];
    if (!f) return;
    setCurrent({ of: findings, id });
    if (gateway.selectCell) void action.run(() => gateway.selectCell!(f.sheet, f.cell));
  };

  // 前へ / 次へ: a finding inside a closed group or cluster opens it, and the list scrolls to it.
  const pendingScroll = useRef<number | null>(null);
  const step = (delta: 1 | -1) => {
    const pos = currentId === null ? -1 : view.order.indexOf(currentId);
    const nextPos = pos === -1 ? (delta === 1 ? 0 : view.order.length - 1) : pos + delta;
    const id = view.order[nextPos];
    if (id === undefined) return;
    const holder = view.holders.get(id);
    if (holder && closed.has(holder.group))
      setClosed((c) => {
        const n = new Set(c);
        n.delete(holder.group);
        return n;
      });
    if (holder?.cluster && !opened.has(holder.cluster)) setOpened((o) => new Set(o).add(holder.cluster!));
    pendingScroll.current = id;
    select(id);
  };
  useEffect(() => {
    const id = pendingScroll.current;
    if (id === null) return;
    const index = view.rows.findIndex((r) => r.kind === "finding" && r.id === id);
    if (index >= 0) {
      pendingScroll.current = null;
      virtualizer.scrollToIndex(index, { align: "auto" });
    }
  }, [view, virtualizer, currentId]);

  const position = currentId === null ? -1 : view.order.indexOf(currentId);
  const currentFinding = currentId === null ? null : findings[currentId];

  // After 確認済み is set or taken back the list is made again; the finding stays the current one.
  const afterAnswer = async () => {
    const was = currentFinding;
    const { report: next } = await analyzeNow();
    const id = was ? next.findings.findIndex((f) => f.rule === was.rule && f.sheet === was.sheet && f.cell === was.cell) : -1;
    setCurrent(id >= 0 ? { of: next.findings, id } : { of: null, id: null });
  };

  const renderRow = (row: Row) => {
    if (row.kind === "group") {
      const fix = row.rule ? ruleHowToFix(row.rule, lang) : "";
      return (
        <div role="heading" aria-level={2}>
          <Button
            appearance="subtle"
            className={styles.head}
            aria-expanded={row.open}
            onClick={() => toggleGroup(row.key)}
            data-testid="finding-group"
            data-group={row.key}
            icon={<span aria-hidden="true">{row.open ? "▾" : "▸"}</span>}
          >
            <span className={styles.headBody}>
              <span className={styles.headLine}>
                <Badge color={BADGE_COLOR[row.severity]} appearance="filled" size="small">
                  {t(`severity.${row.severity}`)}
                </Badge>
                <span data-testid="group-label">{row.label}</span>
                <span className={styles.count} data-testid="group-count">
                  {t("taskpane.validate.groupCount", { count: row.count })}
                </span>
              </span>
              {fix && row.open ? <span className={styles.fix}>{t("taskpane.validate.howToFix", { text: fix })}</span> : null}
            </span>
          </Button>
        </div>
      );
    }
    if (row.kind === "cluster") {
      return (
        <Button
          appearance="subtle"
          className={mergeClasses(styles.finding, styles.nested)}
          aria-expanded={row.open}
          onClick={() => toggleCluster(row.key)}
          data-testid="finding-cluster"
          icon={<span aria-hidden="true">{row.open ? "▾" : "▸"}</span>}
        >
          <span className={styles.message}>{t("taskpane.validate.cluster", { message: row.message, count: row.count })}</span>
        </Button>
      );
    }
    const f = findings[row.id];
    const isCurrent = currentId === row.id;
    return (
      <Button
        appearance="subtle"
        className={mergeClasses(styles.finding, row.nested && styles.nested, isCurrent && styles.current)}
        aria-current={isCurrent ? "true" : undefined}
        onClick={() => select(row.id)}
        data-testid="finding"
        data-cell={`${f.sheet}!${f.cell}`}
      >
        <span className={styles.findingBody}>
          <span className={styles.findingHead}>
            <Badge color={BADGE_COLOR[f.severity]} appearance="filled" size="small">
              {t(`severity.${f.severity}`)}
            </Badge>
            <span className={styles.cell}>{groupBy === "sheet" ? f.cell : `${f.sheet}!${f.cell}`}</span>
            {groupBy === "sheet" ? <span className={styles.rule}>{ruleTitle(f.rule, lang)}</span> : null}
            {f.answer ? (
              <Badge appearance="outline" size="small" data-testid="finding-answered">
                {t("taskpane.answer.badge")}
              </Badge>
            ) : null}
          </span>
          <span className={styles.message}>{findingMessage(f, lang)}</span>
        </span>
      </Button>
    );
  };

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={validate} disabled={action.busy} data-testid="validate-run">
          {t("taskpane.validate.run")}
        </Button>
        {action.busy ? <Busy label={t("taskpane.validate.running")} /> : null}
      </div>
      <ErrorBar error={action.error} onDismiss={action.clearError} />
      {!report ? (
        <Text>{t("taskpane.validate.intro")}</Text>
      ) : (
        <>
          {revalidating || reportStale ? (
            <MessageBar intent={revalidating ? "info" : "warning"} data-testid="validate-stale">
              <MessageBarBody>{t(revalidating ? "taskpane.validate.revalidating" : "taskpane.validate.stale")}</MessageBarBody>
            </MessageBar>
          ) : null}
          {report.measures.length === 0 ? (
            <MessageBar intent="warning" data-testid="no-measures">
              <MessageBarBody>{t("taskpane.noMeasures")}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Text aria-live="polite" data-testid="validate-summary">
            {t("taskpane.validate.summary", {
              errors: report.totals.errors,
              warnings: report.totals.warnings,
              infos: report.totals.infos,
            })}
            {report.totals.answered ? ` ${t("taskpane.validate.answered", { count: report.totals.answered })}` : null}
          </Text>
          <div className={styles.chips} role="group" aria-label={t("taskpane.validate.filter")}>
            {SEVERITIES.map((s) => (
              <ToggleButton
                key={s}
                size="small"
                shape="circular"
                checked={shown[s]}
                onClick={() => toggleSeverity(s)}
                data-testid={`chip-${s}`}
              >
                {t("taskpane.validate.severityCount", { severity: t(`severity.${s}`), count: counts[s] })}
              </ToggleButton>
            ))}
          </div>
          <SearchBox
            value={query}
            onChange={(_, d) => setQuery(d.value)}
            placeholder={t("taskpane.validate.searchPlaceholder")}
            aria-label={t("taskpane.validate.search")}
            data-testid="validate-search"
          />
          <RadioGroup
            className={styles.groupBy}
            layout="horizontal"
            value={groupBy}
            onChange={(_, d) => setGroupBy(d.value as GroupBy)}
            aria-label={t("taskpane.validate.groupBy")}
          >
            <Radio value="rule" label={t("taskpane.validate.byRule")} />
            <Radio value="sheet" label={t("taskpane.validate.bySheet")} />
          </RadioGroup>
          {sheet !== null ? (
            <div className={styles.row}>
              <Text data-testid="validate-sheet-filter">{t("taskpane.validate.onlySheet", { sheet })}</Text>
              <Button size="small" onClick={() => setSheet(null)}>
                {t("taskpane.validate.allSheets")}
              </Button>
            </div>
          ) : null}
          {canMark ? (
            <Switch
              checked={marked}
              disabled={action.busy}
              onChange={(_, d) => void toggleMarks(d.checked)}
              label={t("taskpane.validate.mark")}
              data-testid="mark-switch"
            />
          ) : null}
          <div className={styles.bar} data-testid="current-bar">
            <div className={styles.row}>
              <Button
                size="small"
                onClick={() => step(-1)}
                disabled={view.order.length === 0 || position === 0}
                data-testid="validate-previous"
              >
                {t("taskpane.validate.previous")}
              </Button>
              <Button
                size="small"
                onClick={() => step(1)}
                disabled={view.order.length === 0 || position === view.order.length - 1}
                data-testid="validate-next"
              >
                {t("taskpane.validate.next")}
              </Button>
              <Text aria-live="polite" data-testid="validate-position">
                {currentFinding && position >= 0
                  ? t("taskpane.validate.position", {
                      n: position + 1,
                      total: view.order.length,
                      sheet: currentFinding.sheet,
                      cell: currentFinding.cell,
                    })
                  : t("taskpane.validate.count", { total: view.total })}
              </Text>
            </div>
            {currentFinding ? (
              <Text className={styles.barMessage} title={findingMessage(currentFinding, lang)} data-testid="current-message">
                {ruleTitle(currentFinding.rule, lang)}: {findingMessage(currentFinding, lang)}
              </Text>
            ) : null}
            {/* 確認済み: offered on the current finding (who and why, or the form to mark it). */}
            {currentFinding ? <AnswerFinding key={currentId} finding={currentFinding} onChanged={afterAnswer} /> : null}
          </div>
          {findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t("taskpane.validate.none")}</MessageBarBody>
            </MessageBar>
          ) : view.total === 0 ? (
            <Text>{t("taskpane.validate.noneShown")}</Text>
          ) : (
            <div
              ref={scroller}
              className={styles.scroller}
              data-testid="findings-scroller"
              aria-label={t("taskpane.validate.listLabel")}
              role="region"
              tabIndex={0}
            >
              <div className={styles.inner} style={{ height: virtualizer.getTotalSize() }} role="list">
                {virtualizer.getVirtualItems().map((v) => (
                  <div
                    key={v.key}
                    role="listitem"
                    data-index={v.index}
                    ref={virtualizer.measureElement}
                    className={styles.item}
                    style={{ transform: `translateY(${v.start}px)` }}
                  >
                    {renderRow(view.rows[v.index])}
                  </div>
                ))}
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function rowKey(row: Row | undefined): string {
  if (!row) return "";
  return row.kind === "finding" ? `f${row.id}` : `${row.kind}:${row.key}`;
}
