/** Big, deterministic workbooks for the no-hang tests: 50,000-row sheets and 1 MB cells. */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/model/grid";
import { seedSheet } from "./seed";
import { ALL_LABELS } from "./values";

export const BIG_ROWS = 50_000;
export const MB = 1 << 20;

/** A small linear congruential generator: the same big grid on every run, without fast-check's overhead. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const POOL: CellValue[] = [
  null,
  null,
  null,
  "計画通り進捗している。",
  "遅延が生じている",
  "14% (1/7施設)",
  "2/8施設",
  "H28年度",
  "R1年度",
  2020,
  0.33,
  true,
  "#REF!",
  "<ul><li>a</li></ul>",
  "約400万円 (約3400万-約3000万=削減効果額約400万)",
  "-",
  "施策番号",
  "進捗総括",
  "活動目標",
  "H32年度",
];

function sheet(name: string, values: CellValue[][], top = 0, left = 0): SheetGrid {
  return { name, values, top, left, merges: [], visibility: "visible", protected: false };
}

/** 50,000 rows × 8 columns of values drawn from a pool of the form's words and values. */
export function noiseRows(): WorkbookGrid {
  const rnd = lcg(1);
  const values = Array.from({ length: BIG_ROWS }, () => Array.from({ length: 8 }, () => POOL[Math.floor(rnd() * POOL.length)]));
  return { sheets: [sheet("noise", values)], generatedSheets: [] };
}

/** A measure form whose year table runs for 50,000 rows (labels from FY1989 on, most unreadable). */
export function longYearTable(): WorkbookGrid {
  const values: CellValue[][] = [
    ["施策番号", "①-01", null, "担当部署", "企画課"],
    ["施策名", "長い表"],
    ["実施予定", "計画・設計", "開発・構築", "運用", "進捗総括", "作業内容", "効果（額）", "評価"],
  ];
  for (let i = 0; i < BIG_ROWS; i++)
    values.push([
      `H${i + 1}年度`,
      null,
      null,
      null,
      i % 3 === 0 ? "計画通り進捗している。" : "遅延が生じている",
      "<br>作業",
      i % 2 ? `${i % 100}% (${i % 7}/7施設)` : `${i % 9}/8施設`,
      null,
    ]);
  values.push(["活動目標", "目標"]);
  return { sheets: [sheet("long", values)], generatedSheets: [] };
}

/** A column of 50,000 進捗総括 cells with no year column anywhere: every one is a header candidate. */
export function progressColumn(): WorkbookGrid {
  return {
    sheets: [
      sheet(
        "progress",
        Array.from({ length: BIG_ROWS }, () => [null, null, null, null, "進捗総括"]),
      ),
    ],
    generatedSheets: [],
  };
}

/** 50,000 rows of labels in shifting columns: the reader's label index at its largest. */
export function labelRows(): WorkbookGrid {
  const values: CellValue[][] = [];
  for (let i = 0; i < BIG_ROWS; i++) {
    const row: CellValue[] = new Array(i % 9).fill(null);
    row.push(ALL_LABELS[i % ALL_LABELS.length], `H${(i % 40) + 1}年度`, ALL_LABELS[(i * 7) % ALL_LABELS.length]);
    values.push(row);
  }
  return { sheets: [sheet("labels", values)], generatedSheets: [] };
}

/** A text of exactly 1 MB (2^20 UTF-16 units): `pattern` repeated. */
export function megaText(pattern: string): string {
  return pattern.repeat(Math.ceil(MB / pattern.length)).slice(0, MB);
}

/** The seed's ①-01 with one 1 MB text in the cell `cell` ("summary", "effect", …) of its first year. */
export function megaCell(pattern: string, where: "summary" | "effect" | "work" | "label" | "number" | "title"): WorkbookGrid {
  const s = seedSheet(0);
  const values = s.values.map((r) => [...r]);
  // Seed layout from A1 (title row 0, number row 2, first year row 8; columns A..G).
  const at: Record<typeof where, [number, number]> = {
    title: [0, 0],
    number: [2, 1],
    label: [8, 0],
    summary: [8, 4],
    work: [8, 5],
    effect: [8, 6],
  };
  const [r, c] = at[where];
  values[r - s.top][c - s.left] = megaText(pattern);
  return { sheets: [{ ...s, values }], generatedSheets: [] };
}
