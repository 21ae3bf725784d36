/**
 * The preview's stand-in for Excel's grid: the active sheet as an HTML table with Excel's row and column
 * headings, merged cells spanned, the selected cell highlighted and scrolled into view, marked cells
 * outlined by severity, and sheet tabs below. Cell contents are rendered as React text only: a cell may
 * hold markup (`<img src=x onerror=…>`), and it must show as the characters it is.
 */
import { memo, useEffect, useMemo, useRef } from "react";
import { Tab, TabList, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters, parseA1, parseRange, toA1 } from "../core/model/address";
import { cellAt, cellText, extent, numFmtAt, type CellValue, type SheetGrid, type WorkbookGrid } from "../core/model/grid";
import type { CellMark } from "../core/model/gateway";
import { useT } from "../taskpane/i18n";

/** Big user workbooks are cut for display only; the engine always sees the whole sheet. */
export const MAX_ROWS = 1000;
export const MAX_COLS = 60;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  scroller: { flex: 1, overflow: "auto", minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  heading: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    minWidth: "48px",
  },
  rowHeading: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    textAlign: "right",
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    maxWidth: "320px",
    minWidth: "48px",
  },
  number: { textAlign: "right" },
  selected: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
  },
  error: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorPaletteRedBorderActive}` },
  warning: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorPaletteDarkOrangeBorderActive}` },
  info: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorPaletteBlueBorderActive}` },
  tabBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    flexShrink: 0,
    minWidth: 0,
  },
  tabs: { overflowX: "auto", minWidth: 0 },
  sheetSelect: { marginInlineStart: tokens.spacingHorizontalS, maxWidth: "160px" },
  status: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  generated: { fontStyle: "italic" },
});

export interface SheetViewProps {
  grid: WorkbookGrid;
  activeSheet: string | null;
  selection: { sheet: string; cell: string } | null;
  marks: CellMark[];
  onActivateSheet(name: string): void;
  /** A click on a cell selects it, as in Excel (the 様式 panel reads the selection). */
  onSelectCell?(sheet: string, cell: string): void;
}

/** Shows a number with a percent format as Excel would (0.43 with 0% → 43%). */
export function displayText(v: CellValue, numFmt: string | null): string {
  if (typeof v === "number" && numFmt && numFmt.includes("%")) {
    const decimals = /0\.(0+)%/.exec(numFmt)?.[1].length ?? 0;
    return `${(v * 100).toFixed(decimals)}%`;
  }
  return cellText(v);
}

interface Span {
  rowSpan: number;
  colSpan: number;
}

function mergeMaps(sheet: SheetGrid): { anchors: Map<string, Span>; covered: Set<string> } {
  const anchors = new Map<string, Span>();
  const covered = new Set<string>();
  for (const ref of sheet.merges) {
    let r: ReturnType<typeof parseRange>;
    try {
      r = parseRange(ref);
    } catch {
      continue;
    }
    anchors.set(`${r.top},${r.left}`, { rowSpan: r.bottom - r.top + 1, colSpan: r.right - r.left + 1 });
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) covered.add(`${row},${col}`);
  }
  return { anchors, covered };
}

export function SheetView({ grid, activeSheet, selection, marks, onActivateSheet, onSelectCell }: SheetViewProps) {
  const t = useT();
  const styles = useStyles();
  const visible = useMemo(() => grid.sheets.filter((s) => s.visibility === "visible"), [grid]);
  const sheet = grid.sheets.find((s) => s.name === activeSheet) ?? visible[0] ?? null;
  const generated = useMemo(() => new Set(grid.generatedSheets.map((g) => g.name)), [grid]);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);

  const selectedCell = selection && sheet && selection.sheet === sheet.name ? selection.cell : null;
  const markByCell = useMemo(() => {
    const m = new Map<string, CellMark["severity"]>();
    if (sheet) for (const mark of marks) if (mark.sheet === sheet.name) m.set(mark.cell.replace(/\$/g, "").toUpperCase(), mark.severity);
    return m;
  }, [marks, sheet]);

  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [selectedCell, sheet?.name, grid]);

  const body = useMemo(() => {
    if (!sheet) return null;
    const size = extent(sheet);
    // Show from A1 like Excel, and at least the selected cell even past the used range.
    let rows = Math.min(size.rows, MAX_ROWS);
    let cols = Math.min(size.cols, MAX_COLS);
    if (selectedCell) {
      const p = parseA1Safe(selectedCell);
      if (p) {
        rows = Math.min(Math.max(rows, p.row + 1), MAX_ROWS);
        cols = Math.min(Math.max(cols, p.col + 1), MAX_COLS);
      }
    }
    return { rows, cols, merges: mergeMaps(sheet), truncated: size.rows > MAX_ROWS || size.cols > MAX_COLS };
  }, [sheet, selectedCell]);

  return (
    <div className={styles.root}>
      <div className={styles.scroller} data-testid="sheet-scroller" tabIndex={0} role="region" aria-label={t("preview.sheetArea")}>
        {!sheet || !body ? null : body.rows === 0 ? (
          <Text className={styles.status}>{t("preview.sheetEmpty")}</Text>
        ) : (
          <table
            className={styles.table}
            aria-label={t("preview.sheetTable", { sheet: sheet.name })}
            data-testid="sheet-table"
            data-sheet={sheet.name}
          >
            <thead>
              <tr>
                <td className={styles.heading} aria-hidden="true" />
                {Array.from({ length: body.cols }, (_, c) => (
                  <th key={c} scope="col" className={styles.heading}>
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: body.rows }, (_, r) => (
                <tr key={r}>
                  <th scope="row" className={styles.rowHeading}>
                    {r + 1}
                  </th>
                  {Array.from({ length: body.cols }, (_, c) => {
                    if (body.merges.covered.has(`${r},${c}`)) return null;
                    const span = body.merges.anchors.get(`${r},${c}`);
                    const a1 = toA1(r, c);
                    const value = cellAt(sheet, r, c);
                    const mark = markByCell.get(a1);
                    const isSelected = selectedCell === a1;
                    return (
                      <td
                        key={c}
                        ref={isSelected ? selectedRef : undefined}
                        rowSpan={span?.rowSpan}
                        colSpan={span ? Math.min(span.colSpan, body.cols - c) : undefined}
                        className={mergeClasses(
                          styles.cell,
                          typeof value === "number" && styles.number,
                          mark && styles[mark],
                          isSelected && styles.selected,
                        )}
                        data-cell={a1}
                        data-mark={mark}
                        data-selected={isSelected || undefined}
                        aria-current={isSelected ? "true" : undefined}
                        onClick={onSelectCell ? () => onSelectCell(sheet.name, a1) : undefined}
                      >
                        {displayText(value, numFmtAt(sheet, r, c))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {body?.truncated ? (
        <Text className={styles.status} size={200}>
          {t("preview.truncated", { rows: MAX_ROWS, cols: MAX_COLS })}
        </Text>
      ) : null}
      <Text className={styles.status} size={200} aria-live="polite" data-testid="sheet-selection">
        {selectedCell && sheet ? t("preview.selected", { sheet: sheet.name, cell: selectedCell }) : t("preview.noSelection")}
      </Text>
      {visible.length > 0 ? (
        <SheetTabs visible={visible} active={sheet?.name ?? null} generated={generated} onActivate={onActivateSheet} />
      ) : null}
    </div>
  );
}

/** Past this many sheets the strip shows the tabs around the active one and a list of all of them. */
export const MAX_TABS = 40;
const TABS_AROUND = 10;

/**
 * Sheet tabs. A city's workbook has 1,400 sheets: a tab for each would make every selection change
 * re-render them all, so past MAX_TABS only the neighbours of the active sheet are tabs.
 */
const SheetTabs = memo(function SheetTabs({
  visible,
  active,
  generated,
  onActivate,
}: {
  visible: SheetGrid[];
  active: string | null;
  generated: ReadonlySet<string>;
  onActivate(name: string): void;
}) {
  const t = useT();
  const styles = useStyles();
  const many = visible.length > MAX_TABS;
  const at = Math.max(
    0,
    visible.findIndex((s) => s.name === active),
  );
  const shown = many ? visible.slice(Math.max(0, at - TABS_AROUND), at + TABS_AROUND + 1) : visible;
  return (
    <div className={styles.tabBar}>
      {many ? (
        <select
          className={styles.sheetSelect}
          value={active ?? ""}
          onChange={(e) => onActivate(e.target.value)}
          aria-label={t("preview.sheetPicker", { count: visible.length })}
          data-testid="sheet-picker"
        >
          {visible.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </select>
      ) : null}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={active ?? undefined}
        onTabSelect={(_, d) => onActivate(String(d.value))}
        aria-label={t("preview.sheetTabs")}
        data-testid="sheet-tabs"
      >
        {shown.map((s) => (
          <Tab
            key={s.name}
            value={s.name}
            data-testid="sheet-tab"
            data-sheet={s.name}
            title={generated.has(s.name) ? t("preview.generated") : undefined}
            className={generated.has(s.name) ? styles.generated : undefined}
          >
            {s.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
});

function parseA1Safe(a1: string): { row: number; col: number } | null {
  try {
    return parseA1(a1);
  } catch {
    return null;
  }
}
