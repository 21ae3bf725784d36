/** 集計: (re)creates the summary tabs from a fresh analysis and lists what was written. */
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WriteSheetsResult } from "../../core/model/gateway";
import { useLang, useT } from "../i18n";
import { usePaneState } from "../paneState";
import { useServices } from "../services";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function SummaryPanel() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { gateway, engine } = useServices();
  const { settings, analyzeNow, markChanged } = usePaneState();
  const action = useAction();
  const [result, setResult] = useState<WriteSheetsResult | null>(null);
  const [noMeasures, setNoMeasures] = useState(false);

  const build = () =>
    action.run(async () => {
      setResult(null);
      const { report } = await analyzeNow();
      setNoMeasures(report.measures.length === 0);
      const specs = engine.buildSummarySheets(report, { lang, names: settings.tabNames });
      const written = await gateway.writeSheets(specs);
      setResult(written);
      markChanged();
      if (written.written[0]) await gateway.selectCell?.(written.written[0], "A1");
    });

  return (
    <div className={styles.stack}>
      <Text>{t("taskpane.summary.intro")}</Text>
      <div>
        <Button appearance="primary" onClick={build} disabled={action.busy} data-testid="summary-run">
          {t("taskpane.summary.run")}
        </Button>
      </div>
      {action.busy ? <Busy label={t("taskpane.summary.running")} /> : null}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
      {noMeasures ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("taskpane.noMeasures")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <MessageBar intent="success" layout="multiline" data-testid="summary-result">
          <MessageBarBody>
            <MessageBarTitle>{t("taskpane.summary.written", { count: result.written.length })}</MessageBarTitle>
            <ul className={styles.list} aria-label={t("taskpane.summary.writtenLabel")}>
              {result.written.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            {result.replaced.length > 0 ? (
              <Text size={200}>{t("taskpane.summary.replaced", { names: result.replaced.join(", ") })}</Text>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
