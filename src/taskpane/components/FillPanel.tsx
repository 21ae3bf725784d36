/**
 * 自動入力: every change is shown before it is made, grouped by kind with one tick per group, each as
 * a character diff; clicking a change's cell selects it in the sheet. Changes can be taken back: undo
 * applies the inverse of exactly what the gateway reports as applied, newest first (a cell edited again
 * since is skipped, never overwritten), and the undone changes return to the list.
 */
import { useMemo, useRef } from "react";
import {
  Button,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ApplyResult, SkippedEdit } from "../../core/model/gateway";
import type { Edit } from "../../core/model/schemas";
import { charDiff, fillRows, keyOf, type FillRow } from "../fillView";
import { useLang, useT } from "../i18n";
import { t as paneT } from "../messages";
import { useKept } from "../keptState";
import { usePaneState } from "../paneState";
import { ruleTitle } from "../ruleInfo";
import { useServices } from "../services";
import { Busy, ErrorBar, useAction } from "./common";
import { useWindowedList } from "./windowedList";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  scroller: {
    height: "min(60vh, 640px)",
    minHeight: "240px",
    overflowY: "auto",
    contain: "strict",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  inner: { position: "relative", width: "100%" },
  item: { position: "absolute", top: 0, left: 0, width: "100%", boxSizing: "border-box", padding: `2px ${tokens.spacingHorizontalXS}` },
  group: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, flex: 1 },
  toggle: { minWidth: "auto" },
  change: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-start", paddingInlineStart: tokens.spacingHorizontalL },
  changeBody: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0, flex: 1, paddingBlock: tokens.spacingVerticalXS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  diff: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
  removed: {
    color: tokens.colorPaletteRedForeground1,
    textDecorationLine: "line-through",
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  added: {
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  empty: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  why: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: "pre-wrap" },
  skipped: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Outcome = { kind: "apply" | "undo" } & ApplyResult;
const NONE: ReadonlySet<string> = new Set();

export function FillPanel() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { gateway } = useServices();
  const { settings, markChanged, runner } = usePaneState();
  const action = useAction();
  const [proposals, setProposals] = useKept<Edit[] | null>("fill.proposals", null);
  const [selected, setSelected] = useKept<ReadonlySet<string>>("fill.selected", NONE);
  const [closed, setClosed] = useKept<ReadonlySet<string>>("fill.closed", NONE);
  const [undoable, setUndoable] = useKept<Edit[]>("fill.undoable", []);
  const [outcome, setOutcome] = useKept<Outcome | null>("fill.outcome", null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const list = useMemo(() => proposals ?? [], [proposals]);
  const rows = useMemo(() => fillRows(list, selected, closed), [list, selected, closed]);
  const virtualizer = useWindowedList({
    count: rows.length,
    scroller,
    estimate: (i) => (rows[i]?.kind === "group" ? 40 : 88),
    key: (i) => {
      const r = rows[i];
      return r?.kind === "group" ? `g:${r.rule}` : r ? `e:${keyOf(list[r.index])}` : i;
    },
  });

  // After apply or undo the button pressed may be gone: focus goes to what happened.
  const focusOutcome = () => requestAnimationFrame(() => outcomeRef.current?.focus());

  const preview = () =>
    action.run(async () => {
      const grid = await gateway.readWorkbook();
      const edits = await runner.proposeFill(grid, { lang, rounding: settings.rounding });
      setProposals(edits);
      setSelected(new Set(edits.map(keyOf)));
      setOutcome(null);
    });

  const apply = (edits: Edit[]) =>
    action.run(async () => {
      if (edits.length === 0) return;
      const result = await gateway.applyEdits(edits);
      const done = new Set([...result.applied, ...result.skipped.map((s) => s.edit)].map(keyOf));
      setProposals((p) => (p ?? []).filter((e) => !done.has(keyOf(e))));
      setSelected((s) => new Set([...s].filter((k) => !done.has(k))));
      setUndoable((u) => [...u, ...result.applied]);
      setOutcome({ kind: "apply", ...result });
      focusOutcome();
      if (result.applied.length > 0) markChanged();
    });

  const undo = () =>
    action.run(async () => {
      const inverse = [...undoable].reverse().map((e) => ({ ...e, before: e.after, after: e.before }));
      const result = await gateway.applyEdits(inverse);
      const undone = new Set(result.applied.map(keyOf));
      const back = undoable.filter((e) => undone.has(keyOf(e)));
      setUndoable((u) => u.filter((e) => !undone.has(keyOf(e))));
      // What was undone is a proposal again, unticked: the user decided against it once.
      setProposals((p) => {
        const have = new Set((p ?? []).map(keyOf));
        return [...(p ?? []), ...back.filter((e) => !have.has(keyOf(e)))];
      });
      setOutcome({ kind: "undo", ...result });
      focusOutcome();
      if (result.applied.length > 0) markChanged();
    });

  const setMany = (keys: string[], on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      for (const k of keys) {
        if (on) n.add(k);
        else n.delete(k);
      }
      return n;
    });

  const toggleGroup = (rule: string) =>
    setClosed((c) => {
      const n = new Set(c);
      if (!n.delete(rule)) n.add(rule);
      return n;
    });

  const selectCell = (e: Edit) => {
    if (gateway.selectCell) void action.run(() => gateway.selectCell!(e.sheet, e.cell));
  };

  const allChecked = list.length > 0 && selected.size === list.length;
  const someChecked = selected.size > 0 && !allChecked;

  const renderRow = (row: FillRow) => {
    if (row.kind === "group") {
      const keys = list.filter((e) => e.rule === row.rule).map(keyOf);
      const title = t("taskpane.fill.group", { kind: kindTitle(row.rule, lang), count: row.count });
      return (
        <div className={styles.group} data-testid="fill-group" data-rule={row.rule}>
          <Checkbox
            checked={row.chosen === row.count ? true : row.chosen > 0 ? "mixed" : false}
            onChange={(_, d) => setMany(keys, Boolean(d.checked))}
            aria-label={t("taskpane.fill.selectGroup", { kind: title })}
          />
          <h2 className={styles.groupTitle}>{title}</h2>
          <Button appearance="subtle" size="small" className={styles.toggle} aria-expanded={row.open} onClick={() => toggleGroup(row.rule)}>
            {t(row.open ? "taskpane.fill.hideGroup" : "taskpane.fill.showGroup")}
          </Button>
        </div>
      );
    }
    const e = list[row.index];
    const key = keyOf(e);
    return (
      <div className={styles.change} data-testid="fill-row" data-cell={key}>
        <Checkbox
          checked={selected.has(key)}
          onChange={(_, d) => setMany([key], Boolean(d.checked))}
          aria-label={t("taskpane.fill.selectOne", { cell: key })}
        />
        <div className={styles.changeBody}>
          <Link className={styles.cell} onClick={() => selectCell(e)} data-testid="fill-cell">
            {key}
          </Link>
          <Diff edit={e} />
          <Text className={styles.why}>{e.reason[lang]}</Text>
        </div>
      </div>
    );
  };

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
      <div ref={outcomeRef} tabIndex={-1} data-testid="fill-outcome-region">
        {outcome ? <OutcomeBars outcome={outcome} /> : null}
      </div>
      {proposals === null ? null : list.length === 0 ? (
        <Text data-testid="fill-nothing">{t("taskpane.fill.nothing")}</Text>
      ) : (
        <>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={action.busy || selected.size === 0}
              onClick={() => apply(list.filter((e) => selected.has(keyOf(e))))}
              data-testid="fill-apply-selected"
            >
              {t("taskpane.fill.applySelected", { count: selected.size })}
            </Button>
            <Button disabled={action.busy} onClick={() => apply(list)} data-testid="fill-apply-all">
              {t("taskpane.fill.applyAll", { count: list.length })}
            </Button>
            <Checkbox
              checked={allChecked ? true : someChecked ? "mixed" : false}
              onChange={(_, d) => setSelected(d.checked ? new Set(list.map(keyOf)) : new Set())}
              label={t("taskpane.fill.selectAll")}
            />
          </div>
          <div
            ref={scroller}
            className={styles.scroller}
            role="region"
            aria-label={t("taskpane.fill.tableLabel")}
            tabIndex={0}
            data-testid="fill-scroller"
          >
            <div className={styles.inner} style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((v) => (
                <div
                  key={v.key}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  className={styles.item}
                  style={{ transform: `translateY(${v.start}px)` }}
                >
                  {renderRow(rows[v.index])}
                </div>
              ))}
            </div>
          </div>
        </>
      )}
    </div>
  );
}

/** A fill kind's name: the fill's own (HTML → 改行, 年度表記, …), else its rule's. */
function kindTitle(rule: string, lang: "ja" | "en"): string {
  const key = `taskpane.fill.kind.${rule}`;
  return paneT.has(key) ? paneT(key, lang) : ruleTitle(rule, lang);
}

function Diff({ edit }: { edit: Edit }) {
  const t = useT();
  const styles = useStyles();
  const parts = useMemo(() => charDiff(edit.before, edit.after), [edit]);
  if (parts.every((p) => p.text === "")) return <span className={styles.empty}>{t("taskpane.fill.emptyValue")}</span>;
  return (
    <span className={styles.diff} data-testid="fill-diff">
      {parts.map((p, i) =>
        p.change === "same" ? (
          <span key={i}>{p.text}</span>
        ) : p.change === "removed" ? (
          <del key={i} className={styles.removed} data-testid="fill-removed">
            {p.text}
          </del>
        ) : (
          <ins key={i} className={mergeClasses(styles.added)} data-testid="fill-added">
            {p.text}
          </ins>
        ),
      )}
      {cellEmpty(edit.before) ? <span className={styles.empty}> {t("taskpane.fill.wasEmpty")}</span> : null}
    </span>
  );
}

function cellEmpty(v: Edit["before"]): boolean {
  return v === null || v === "";
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
