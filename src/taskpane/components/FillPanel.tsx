/**
 * 自動入力: every change is shown before it is made, chosen by checkbox, and can be taken back.
 * Undo applies the inverse of exactly what the gateway reports as applied, newest first; a cell that
 * was edited again since is skipped (the gateway's `before` check), never overwritten.
 */
import { useState } from "react";
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { cellText, type CellValue } from "../../core/model/grid";
import type { ApplyResult, SkippedEdit } from "../../core/model/gateway";
import type { Edit } from "../../core/model/schemas";
import { useLang, useT } from "../i18n";
import { usePaneState } from "../paneState";
import { useServices } from "../services";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  table: { tableLayout: "auto" },
  checkCol: { width: "32px" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  value: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
  before: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  after: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  empty: { color: tokens.colorNeutralForeground4, fontStyle: "italic" },
  why: { fontSize: tokens.fontSizeBase200, whiteSpace: "pre-wrap" },
  skipped: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Outcome = { kind: "apply" | "undo" } & ApplyResult;

const keyOf = (e: Pick<Edit, "sheet" | "cell">) => `${e.sheet}!${e.cell}`;

export function FillPanel() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { gateway, engine } = useServices();
  const { settings, markChanged } = usePaneState();
  const action = useAction();
  const [proposals, setProposals] = useState<Edit[] | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [undoable, setUndoable] = useState<Edit[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const preview = () =>
    action.run(async () => {
      const grid = await gateway.readWorkbook();
      const edits = engine.proposeFill(grid, { lang, rounding: settings.rounding });
      setProposals(edits);
      setSelected(new Set(edits.map((_, i) => i)));
      setOutcome(null);
    });

  const apply = (edits: Edit[]) =>
    action.run(async () => {
      if (edits.length === 0) return;
      const result = await gateway.applyEdits(edits);
      const done = new Set([...result.applied, ...result.skipped.map((s) => s.edit)].map(keyOf));
      setProposals((p) => (p ?? []).filter((e) => !done.has(keyOf(e))));
      setSelected(new Set());
      setUndoable((u) => [...u, ...result.applied]);
      setOutcome({ kind: "apply", ...result });
      if (result.applied.length > 0) markChanged();
    });

  const undo = () =>
    action.run(async () => {
      const inverse = [...undoable].reverse().map((e) => ({ ...e, before: e.after, after: e.before }));
      const result = await gateway.applyEdits(inverse);
      const undone = new Set(result.applied.map(keyOf));
      setUndoable((u) => u.filter((e) => !undone.has(keyOf(e))));
      setOutcome({ kind: "undo", ...result });
      if (result.applied.length > 0) markChanged();
    });

  const list = proposals ?? [];
  const allChecked = list.length > 0 && selected.size === list.length;
  const someChecked = selected.size > 0 && !allChecked;

  return (
    <div className={styles.stack}>
      <Text>{t("taskpane.fill.intro")}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={preview} disabled={action.busy} data-testid="fill-preview">
          {t("taskpane.fill.preview")}
        </Button>
        <Button onClick={undo} disabled={action.busy || undoable.length === 0} data-testid="fill-undo">
          {t("taskpane.fill.undo", { count: undoable.length })}
        </Button>
      </div>
      {action.busy ? <Busy label={t("taskpane.working")} /> : null}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
      {outcome ? <OutcomeBars outcome={outcome} /> : null}
      {proposals === null ? null : list.length === 0 ? (
        <Text data-testid="fill-nothing">{t("taskpane.fill.nothing")}</Text>
      ) : (
        <>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={action.busy || selected.size === 0}
              onClick={() => apply(list.filter((_, i) => selected.has(i)))}
              data-testid="fill-apply-selected"
            >
              {t("taskpane.fill.applySelected", { count: selected.size })}
            </Button>
            <Button disabled={action.busy} onClick={() => apply(list)} data-testid="fill-apply-all">
              {t("taskpane.fill.applyAll", { count: list.length })}
            </Button>
          </div>
          <Table size="small" className={styles.table} aria-label={t("taskpane.fill.tableLabel")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.checkCol}>
                  <Checkbox
                    checked={allChecked ? true : someChecked ? "mixed" : false}
                    onChange={(_, d) => setSelected(d.checked ? new Set(list.map((_, i) => i)) : new Set())}
                    aria-label={t("taskpane.fill.selectAll")}
                  />
                </TableHeaderCell>
                <TableHeaderCell>{t("taskpane.fill.colCell")}</TableHeaderCell>
                <TableHeaderCell>{t("taskpane.fill.colChange")}</TableHeaderCell>
                <TableHeaderCell>{t("taskpane.fill.colWhy")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.map((e, i) => (
                <TableRow key={`${keyOf(e)}#${i}`} data-testid="fill-row" data-cell={keyOf(e)}>
                  <TableCell>
                    <Checkbox
                      checked={selected.has(i)}
                      onChange={(_, d) =>
                        setSelected((s) => {
                          const n = new Set(s);
                          if (d.checked) n.add(i);
                          else n.delete(i);
                          return n;
                        })
                      }
                      aria-label={t("taskpane.fill.selectOne", { cell: keyOf(e) })}
                    />
                  </TableCell>
                  <TableCell className={styles.cell}>{keyOf(e)}</TableCell>
                  <TableCell>
                    <span className={styles.value}>
                      <Value v={e.before} className={styles.before} testId="fill-before" />
                      {" → "}
                      <Value v={e.after} className={styles.after} testId="fill-after" />
                    </span>
                  </TableCell>
                  <TableCell className={styles.why}>{e.reason[lang]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}

function Value({ v, className, testId }: { v: CellValue; className: string; testId: string }) {
  const t = useT();
  const styles = useStyles();
  const text = cellText(v);
  return text === "" ? (
    <span className={styles.empty} data-testid={testId} data-empty="true">
      {t("taskpane.fill.emptyValue")}
    </span>
  ) : (
    <span className={className} data-testid={testId}>
      {text}
    </span>
  );
}

function OutcomeBars({ outcome }: { outcome: Outcome }) {
  const t = useT();
  const styles = useStyles();
  const doneKey = outcome.kind === "apply" ? "taskpane.fill.applied" : "taskpane.fill.undone";
  return (
    <>
      <MessageBar intent={outcome.applied.length > 0 ? "success" : "info"} data-testid="fill-outcome">
        <MessageBarBody>{t(doneKey, { count: outcome.applied.length })}</MessageBarBody>
      </MessageBar>
      {outcome.skipped.length > 0 ? (
        <MessageBar intent="warning" data-testid="fill-skipped" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("taskpane.fill.skippedTitle", { count: outcome.skipped.length })}</MessageBarTitle>
            <ul className={styles.skipped}>
              {outcome.skipped.map((s: SkippedEdit, i) => (
                <li key={i} data-reason={s.reason}>
                  {t(`taskpane.fill.skipped.${s.reason}`, { cell: keyOf(s.edit) })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
