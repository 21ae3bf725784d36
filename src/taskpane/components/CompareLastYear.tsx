/**
 * 前年度のブックと比較: the user picks last year's .xlsx; it is read in the browser (never uploaded) and
 * compared with the open workbook: copied texts, rewritten history, progress fallen. The findings are
 * listed (each may be marked 確認済み) and 前年度比較 is written as a tab on request.
 */
import { useRef, useState } from "react";
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { compareWorkbooks, comparisonCounts, type Comparison } from "../../core/produce/compare";
import { buildComparisonSheet } from "../../core/produce/comparisonTab";
import { useLang, useT } from "../i18n";
import { usePaneState } from "../paneState";
import { useServices } from "../services";
import { readPickedWorkbook, type PickedWorkbook } from "../workbookFile";
import { AnswerFinding } from "./AnswerFinding";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: { justifyContent: "flex-start", textAlign: "start", width: "100%", minHeight: "auto" },
  body: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "2px" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  message: { fontWeight: tokens.fontWeightRegular, whiteSpace: "pre-wrap", wordBreak: "break-word" },
  hidden: { display: "none" },
});

export function CompareLastYear() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { gateway, sourceName } = useServices();
  const { settings, markChanged } = usePaneState();
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const [last, setLast] = useState<PickedWorkbook | null>(null);
  const [cmp, setCmp] = useState<Comparison | null>(null);
  const [written, setWritten] = useState<string | null>(null);

  const compare = (file: PickedWorkbook) => async () => {
    const current = await gateway.readWorkbook();
    const next = compareWorkbooks(file.grid, current, {
      lang,
      rounding: settings.rounding,
      lastSource: file.name,
      source: sourceName?.() ?? "workbook",
    });
    setCmp(next);
    return next;
  };

  const pick = (files: FileList | null) =>
    action.run(async () => {
      const f = files?.[0];
      if (!f) return;
      setWritten(null);
      const file = await readPickedWorkbook(f);
      setLast(file);
      await compare(file)();
    });

  const writeTab = () =>
    action.run(async () => {
      if (!last) return;
      const fresh = await compare(last)();
      const result = await gateway.writeSheets([buildComparisonSheet(fresh, lang)]);
      markChanged();
      setWritten(result.written[0] ?? null);
      if (result.written[0]) await gateway.selectCell?.(result.written[0], "A1");
    });

  return (
    <div className={styles.stack}>
      <Text>{t("taskpane.compare.intro")}</Text>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm"
        className={styles.hidden}
        aria-label={t("taskpane.compare.pick")}
        tabIndex={-1}
        data-testid="compare-input"
        onChange={(e) => {
          void pick(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
      />
      <div>
        <Button onClick={() => input.current?.click()} disabled={action.busy} data-testid="compare-pick">
          {t("taskpane.compare.pick")}
        </Button>
      </div>
      {action.busy ? <Busy label={t("taskpane.compare.running")} /> : null}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
      {cmp && last ? (
        <>
          <Text aria-live="polite" data-testid="compare-summary">
            {t("taskpane.compare.summary", {
              file: last.name,
              // Findings a person answered are not counted as still to look at.
              ...comparisonCounts(
                cmp,
                cmp.findings.filter((f) => !f.answer),
              ),
            })}
          </Text>
          <div>
            <Button appearance="primary" onClick={writeTab} disabled={action.busy} data-testid="compare-write">
              {t("taskpane.compare.write")}
            </Button>
          </div>
          {written ? (
            <MessageBar intent="success" data-testid="compare-written">
              <MessageBarBody>{t("taskpane.compare.written", { name: written })}</MessageBarBody>
            </MessageBar>
          ) : null}
          {cmp.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t("taskpane.compare.none")}</MessageBarBody>
            </MessageBar>
          ) : (
            <ul className={styles.list} aria-label={t("taskpane.compare.listLabel")}>
              {cmp.findings.map((f) => (
                <li key={`${f.rule}|${f.sheet}|${f.cell}`}>
                  <Button
                    appearance="subtle"
                    className={styles.finding}
                    onClick={() => gateway.selectCell && void action.run(() => gateway.selectCell!(f.sheet, f.cell))}
                    data-testid="compare-finding"
                    data-cell={`${f.sheet}!${f.cell}`}
                    data-rule={f.rule}
                  >
                    <span className={styles.body}>
                      <span>
                        <Badge color={f.severity === "warning" ? "warning" : "informative"} appearance="filled" size="small">
                          {t(`severity.${f.severity}`)}
                        </Badge>{" "}
                        <span className={styles.cell}>
                          {f.sheet}!{f.cell} {f.rule}
                        </span>
                      </span>
                      <span className={styles.message}>{f.messages[lang]}</span>
                    </span>
                  </Button>
                  <AnswerFinding finding={f} onChanged={compare(last)} />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
