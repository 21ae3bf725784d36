/**
 * 検証: one click reads and checks the workbook; findings are grouped by sheet, filtered by severity,
 * and each one jumps to its cell. Marks on the sheets follow the filter while the switch is on.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Badge,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { CellMark } from "../../core/model/gateway";
import type { Finding, Severity } from "../../core/model/schemas";
import { useLang, useT } from "../i18n";
import { usePaneState } from "../paneState";
import { useServices } from "../services";
import { Busy, ErrorBar, useAction } from "./common";
import { AnswerFinding } from "./AnswerFinding";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  filters: { border: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap" },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: 0 },
  sheet: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  finding: { justifyContent: "flex-start", textAlign: "start", width: "100%", minHeight: "auto", paddingBlock: tokens.spacingVerticalXS },
  current: { backgroundColor: tokens.colorBrandBackground2, outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  findingBody: { display: "flex", flexDirection: "column", gap: "2px", alignItems: "flex-start" },
  findingHead: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  message: { fontWeight: tokens.fontWeightRegular, whiteSpace: "pre-wrap", wordBreak: "break-word" },
});

export function ValidatePanel() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { gateway } = useServices();
  const { report, analyzeNow } = usePaneState();
  const action = useAction();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [current, setCurrent] = useState<number | null>(null);
  const [marked, setMarked] = useState(false);

  const findings = useMemo(() => report?.findings ?? [], [report]);
  // Another panel may re-analyse (集計, 書き出し): a position in the old list means nothing in the new one.
  useEffect(() => setCurrent(null), [findings]);
  // Ordered as shown (by sheet), so next / previous walk the list the way the eye reads it.
  const filtered = useMemo(
    () => groupBySheet(findings.filter((f) => shown[f.severity])).flatMap((g) => g.items.map((i) => i.finding)),
    [findings, shown],
  );
  const groups = useMemo(() => groupBySheet(filtered), [filtered]);
  const canMark = Boolean(gateway.markCells && gateway.clearMarks);

  const toMarks = (list: Finding[]): CellMark[] => list.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }));

  // Marks always mirror what the list shows: old marks go before new ones are made.
  const remark = async (list: Finding[]) => {
    await gateway.clearMarks?.();
    if (list.length > 0) await gateway.markCells?.(toMarks(list));
  };

  const validate = () =>
    action.run(async () => {
      const { report: next } = await analyzeNow();
      setCurrent(null);
      if (marked) await remark(next.findings.filter((f) => shown[f.severity]));
    });

  const toggleSeverity = (s: Severity, on: boolean) => {
    const nextShown = { ...shown, [s]: on };
    setShown(nextShown);
    setCurrent(null);
    if (marked) void action.run(() => remark(findings.filter((f) => nextShown[f.severity])));
  };

  const toggleMarks = (on: boolean) =>
    action.run(async () => {
      if (on) await remark(filtered);
      else await gateway.clearMarks?.();
      setMarked(on);
    });

  const select = (i: number) => {
    const f = filtered[i];
    if (!f) return;
    setCurrent(i);
    if (gateway.selectCell) void action.run(() => gateway.selectCell!(f.sheet, f.cell));
  };

  const position = current === null ? null : filtered[current];

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
          <fieldset className={styles.filters}>
            <legend className={styles.legend}>{t("taskpane.validate.filter")}</legend>
            {SEVERITIES.map((s) => (
              <Checkbox
                key={s}
                checked={shown[s]}
                onChange={(_, d) => toggleSeverity(s, Boolean(d.checked))}
                label={t("taskpane.validate.severityCount", {
                  severity: t(`severity.${s}`),
                  count: findings.filter((f) => f.severity === s).length,
                })}
              />
            ))}
          </fieldset>
          {canMark ? (
            <Switch
              checked={marked}
              disabled={action.busy}
              onChange={(_, d) => void toggleMarks(d.checked)}
              label={t("taskpane.validate.mark")}
              data-testid="mark-switch"
            />
          ) : null}
          <div className={styles.row}>
            <Button
              onClick={() => select(current === null ? filtered.length - 1 : current - 1)}
              disabled={filtered.length === 0 || current === 0}
              aria-label={t("taskpane.validate.previousLabel")}
            >
              {t("taskpane.validate.previous")}
            </Button>
            <Button
              onClick={() => select(current === null ? 0 : current + 1)}
              disabled={filtered.length === 0 || current === filtered.length - 1}
              aria-label={t("taskpane.validate.nextLabel")}
            >
              {t("taskpane.validate.next")}
            </Button>
            <Text aria-live="polite" data-testid="validate-position">
              {position
                ? t("taskpane.validate.position", { n: (current ?? 0) + 1, total: filtered.length, sheet: position.sheet, cell: position.cell })
                : t("taskpane.validate.count", { total: filtered.length })}
            </Text>
          </div>
          {findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t("taskpane.validate.none")}</MessageBarBody>
            </MessageBar>
          ) : filtered.length === 0 ? (
            <Text>{t("taskpane.validate.noneShown")}</Text>
          ) : (
            groups.map((g) => (
              <section key={g.sheet} aria-label={t("taskpane.validate.sheetGroup", { sheet: g.sheet, count: g.items.length })}>
                <h3 className={styles.sheet}>
                  {g.sheet} <Badge appearance="outline" size="small">{g.items.length}</Badge>
                </h3>
                <ul className={styles.list}>
                  {g.items.map(({ finding: f, index }) => (
                    <li key={index}>
                      <Button
                        appearance="subtle"
                        className={mergeClasses(styles.finding, current === index && styles.current)}
                        aria-current={current === index ? "true" : undefined}
                        onClick={() => select(index)}
                        data-testid="finding"
                        data-cell={`${f.sheet}!${f.cell}`}
                      >
                        <span className={styles.findingBody}>
                          <span className={styles.findingHead}>
                            <Badge color={BADGE_COLOR[f.severity]} appearance="filled" size="small">
                              {t(`severity.${f.severity}`)}
                            </Badge>
                            <span className={styles.cell}>{f.cell}</span>
                            <span className={styles.cell}>{f.rule}</span>
                          </span>
                          <span className={styles.message}>{f.messages?.[lang] ?? f.message}</span>
                        </span>
                      </Button>
                      {/* 確認済み: shown on answered findings, offered on the current one (a long list stays light). */}
                      {f.answer || current === index ? <AnswerFinding finding={f} onChanged={analyzeNow} /> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </>
      )}
    </div>
  );
}

/** Groups in the order sheets first appear, keeping each finding's index in the flat filtered list. */
function groupBySheet(list: Finding[]): { sheet: string; items: { finding: Finding; index: number }[] }[] {
  const groups = new Map<string, { finding: Finding; index: number }[]>();
  list.forEach((finding, index) => {
    const g = groups.get(finding.sheet);
    if (g) g.push({ finding, index });
    else groups.set(finding.sheet, [{ finding, index }]);
  });
  return [...groups].map(([sheet, items]) => ({ sheet, items }));
}
