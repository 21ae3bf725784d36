/** At a glance: how many measures, how many problems, which measures are delayed. */
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PanelId } from "../App";
import { useT } from "../i18n";
import { usePaneState } from "../paneState";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  stats: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stat: {
    display: "flex",
    flexDirection: "column-reverse",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  statLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  statValue: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  measure: { display: "flex", flexDirection: "column", gap: "2px" },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export function OverviewPanel({ onOpenPanel }: { onOpenPanel: (p: PanelId) => void }) {
  const t = useT();
  const styles = useStyles();
  const { report, reportStale, analyzeNow } = usePaneState();
  const action = useAction();

  const refresh = () => action.run(analyzeNow);

  if (!report) {
    return (
      <div className={styles.stack}>
        <Text>{t("taskpane.overview.empty")}</Text>
        <div>
          <Button appearance="primary" onClick={refresh} disabled={action.busy}>
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
  const stats: { key: "measures" | "errors" | "warnings" | "infos" | "delayed" | "delayedNow"; value: number; className?: string }[] = [
    { key: "measures", value: totals.measures },
    { key: "errors", value: totals.errors, className: totals.errors ? styles.error : undefined },
    { key: "warnings", value: totals.warnings, className: totals.warnings ? styles.warning : undefined },
    { key: "infos", value: totals.infos },
    { key: "delayed", value: totals.delayed },
    { key: "delayedNow", value: totals.delayedNow },
  ];

  return (
    <div className={styles.stack}>
      {reportStale ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("taskpane.overview.stale")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {report.measures.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("taskpane.noMeasures")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <dl className={styles.stats} aria-label={t("taskpane.overview.statsLabel")}>
        {stats.map((s) => (
          <div key={s.key} className={styles.stat} data-testid={`stat-${s.key}`}>
            <dd className={`${styles.statValue} ${s.className ?? ""}`}>{s.value}</dd>
            <dt className={styles.statLabel}>{t(`taskpane.overview.${s.key}`)}</dt>
          </div>
        ))}
      </dl>
      <h2 className={styles.h2}>{t("taskpane.overview.delayedList")}</h2>
      {delayed.length === 0 ? (
        <Text>{t("taskpane.overview.noneDelayed")}</Text>
      ) : (
        <ul className={styles.list}>
          {delayed.map((m) => (
            <li key={m.sheet} className={styles.measure}>
              <span className={styles.item}>
                <Text weight="semibold">{m.number || m.sheet}</Text>
                {m.delayedNow ? (
                  <Badge color="danger" appearance="tint">
                    {t("taskpane.overview.delayedNowBadge")}
                  </Badge>
                ) : (
                  <Badge color="warning" appearance="tint">
                    {t("taskpane.overview.delayedBadge")}
                  </Badge>
                )}
              </span>
              <Text size={200}>{m.name}</Text>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.item}>
        <Button onClick={refresh} disabled={action.busy}>
          {t("taskpane.overview.refresh")}
        </Button>
        <Button appearance="subtle" onClick={() => onOpenPanel("validate")}>
          {t("taskpane.overview.toFindings")}
        </Button>
      </div>
      {action.busy ? <Busy label={t("taskpane.validate.running")} /> : null}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </div>
  );
}
