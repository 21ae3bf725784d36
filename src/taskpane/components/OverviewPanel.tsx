/**
 * At a glance: how many measures, how many problems, which measures are delayed. Every count is a link
 * (to the findings of that severity, or to the delayed list), and every delayed measure opens its sheet
 * at the deciding year or its findings.
 */
import { useRef } from "react";
import { Badge, Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MeasureReport, Severity } from "../../core/model/schemas";
import { useT } from "../i18n";
import { usePaneState } from "../paneState";
import { useServices } from "../services";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  stats: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  stat: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    width: "100%",
    height: "100%",
    minHeight: "auto",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  statLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular },
  statValue: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  measure: { display: "flex", flexDirection: "column", gap: "2px" },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

type StatKey = "measures" | "errors" | "warnings" | "infos" | "delayed" | "delayedNow";

/** The year that makes a measure delayed (the latest delayed or at-risk one), for "open its sheet". */
function decidingYear(m: MeasureReport) {
  return [...m.years].reverse().find((y) => y.status === "delayed" || y.status === "at_risk") ?? null;
}

export function OverviewPanel() {
  const t = useT();
  const styles = useStyles();
  const { gateway } = useServices();
  const { report, reportStale, revalidating, analyzeNow, openPanel } = usePaneState();
  const action = useAction();
  const delayedHeading = useRef<HTMLHeadingElement>(null);

  const refresh = () => action.run(analyzeNow);

  if (!report) {
    return (
      <div className={styles.stack}>
        <Text>{t("taskpane.overview.empty")}</Text>
        <div>
          <Button appearance="primary" onClick={refresh} disabled={action.busy} data-testid="overview-run">
            {t("taskpane.overview.run")}
          </Button>
        </div>
        {action.busy ? <Busy label={t("taskpane.validate.running")} /> : null}
        <ErrorBar error={action.error} onDismiss={action.clearError} />
      </div>
    );
  }

  const { totals } = report;
  const delayed = report.measures.filter((m) => m.delayed);
  const toFindings = (severities?: Severity[]) => openPanel("validate", { severities });
  const toDelayed = () => delayedHeading.current?.focus();
  const stats: { key: StatKey; value: number; className?: string; open(): void }[] = [
    { key: "measures", value: totals.measures, open: () => toFindings() },
    { key: "errors", value: totals.errors, className: totals.errors ? styles.error : undefined, open: () => toFindings(["error"]) },
    {
      key: "warnings",
      value: totals.warnings,
      className: totals.warnings ? styles.warning : undefined,
      open: () => toFindings(["warning"]),
    },
    { key: "infos", value: totals.infos, open: () => toFindings(["info"]) },
    { key: "delayed", value: totals.delayed, open: toDelayed },
    { key: "delayedNow", value: totals.delayedNow, open: toDelayed },
  ];

  const openSheet = (m: MeasureReport) =>
    action.run(async () => {
      await gateway.selectCell?.(m.sheet, decidingYear(m)?.cell ?? "A1");
    });

  return (
    <div className={styles.stack}>
      {revalidating || reportStale ? (
        <MessageBar intent={revalidating ? "info" : "warning"}>
          <MessageBarBody>{t(revalidating ? "taskpane.validate.revalidating" : "taskpane.overview.stale")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {report.measures.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("taskpane.noMeasures")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.stats} aria-label={t("taskpane.overview.statsLabel")}>
        {stats.map((s) => (
          <li key={s.key}>
            <Button appearance="subtle" className={styles.stat} onClick={s.open} data-testid={`stat-${s.key}`}>
              <span className={styles.statLabel}>{t(`taskpane.overview.${s.key}`)}</span>
              <span className={`${styles.statValue} ${s.className ?? ""}`} data-testid="stat-value">
                {s.value}
              </span>
            </Button>
          </li>
        ))}
      </ul>
      <h2 className={styles.h2} ref={delayedHeading} tabIndex={-1} data-testid="delayed-heading">
        {t("taskpane.overview.delayedList")}
      </h2>
      {delayed.length === 0 ? (
        <Text>{t("taskpane.overview.noneDelayed")}</Text>
      ) : (
        <ul className={styles.list}>
          {delayed.map((m) => {
            const year = decidingYear(m);
            return (
              <li key={m.sheet} className={styles.measure} data-testid="delayed-measure" data-sheet={m.sheet}>
                <span className={styles.item}>
                  <Link onClick={() => void openSheet(m)} data-testid="delayed-open">
                    {t("taskpane.overview.openMeasure", { number: m.number || m.sheet, year: year?.label ?? "" })}
                  </Link>
                  {m.delayedNow ? (
                    <Badge color="danger" appearance="tint">
                      {t("taskpane.overview.delayedNowBadge")}
                    </Badge>
                  ) : (
                    <Badge color="warning" appearance="tint">
                      {t("taskpane.overview.delayedBadge")}
                    </Badge>
                  )}
                  <Link onClick={() => openPanel("validate", { sheet: m.sheet })} data-testid="delayed-findings">
                    {t("taskpane.overview.measureFindings")}
                  </Link>
                </span>
                <Text size={200}>{m.name}</Text>
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.item}>
        <Button onClick={refresh} disabled={action.busy}>
          {t("taskpane.overview.refresh")}
        </Button>
        <Button appearance="subtle" onClick={() => toFindings()}>
          {t("taskpane.overview.toFindings")}
        </Button>
      </div>
      {action.busy ? <Busy label={t("taskpane.validate.running")} /> : null}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </div>
  );
}
