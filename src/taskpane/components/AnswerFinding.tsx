/**
 * 確認済み on one finding: who answered it and why, with 取り消す; or a small form (reason, name) to mark it.
 * The mark goes to the hidden store sheet Shinchoku owns (judge/answers.ts), written through the gateway,
 * so it travels with the workbook; the list is then re-read so the finding shows its new state.
 */
import { useState } from "react";
import { Badge, Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { addAnswer, answerIssues, buildAnswersSheet, readAnswerMarks, removeAnswer } from "../../core/judge/answers";
import type { Finding } from "../../core/model/schemas";
import { useLang, useT } from "../i18n";
import { usePaneState } from "../paneState";
import { useServices } from "../services";
import { ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  answered: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  why: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
});

/** The name last typed, so a person answering several findings types it once per session. */
let lastName = "";

export function AnswerFinding({ finding, onChanged }: { finding: Finding; onChanged: () => Promise<unknown> }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { gateway } = useServices();
  const { markChanged } = usePaneState();
  const action = useAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [by, setBy] = useState(lastName);
  const [tried, setTried] = useState(false);

  const store = (
    change: (
      marks: ReturnType<typeof readAnswerMarks>,
      grid: Awaited<ReturnType<typeof gateway.readWorkbook>>,
    ) => ReturnType<typeof readAnswerMarks>,
  ) =>
    action.run(async () => {
      const grid = await gateway.readWorkbook();
      const next = change(readAnswerMarks(grid), grid);
      await gateway.writeSheets([buildAnswersSheet(next, lang)]);
      markChanged();
      await onChanged();
    });

  if (finding.answer)
    return (
      <div className={styles.answered} data-testid="answered" data-cell={`${finding.sheet}!${finding.cell}`}>
        <Badge appearance="tint" color="success" size="small">
          {t("taskpane.answer.badge")}
        </Badge>
        <Text size={200} className={styles.why}>
          {t("taskpane.answer.who", { by: finding.answer.by, reason: finding.answer.reason, at: finding.answer.at.slice(0, 10) })}
        </Text>
        <Button
          size="small"
          appearance="transparent"
          disabled={action.busy}
          onClick={() => void store((marks) => removeAnswer(marks, finding))}
          data-testid="answer-remove"
        >
          {t("taskpane.answer.remove")}
        </Button>
        <ErrorBar error={action.error} onDismiss={action.clearError} />
      </div>
    );

  if (!open)
    return (
      <div className={styles.answered}>
        <Button
          size="small"
          appearance="transparent"
          onClick={() => setOpen(true)}
          data-testid="answer-open"
          aria-label={t("taskpane.answer.openLabel", { sheet: finding.sheet, cell: finding.cell })}
        >
          {t("taskpane.answer.open")}
        </Button>
      </div>
    );

  const issues = answerIssues({ reason, by, at: "" });
  const save = () => {
    setTried(true);
    if (issues.length > 0) return;
    lastName = by.trim();
    void store((marks, grid) => addAnswer(grid, marks, finding, { reason, by, at: new Date().toISOString() })).then(() => setOpen(false));
  };

  return (
    <div className={styles.form} data-testid="answer-form">
      <Field
        label={t("taskpane.answer.reason")}
        required
        validationMessage={tried && issues.includes("reason-empty") ? t("taskpane.answer.reasonEmpty") : undefined}
      >
        <Input value={reason} onChange={(_, d) => setReason(d.value)} data-testid="answer-reason" />
      </Field>
      <Field
        label={t("taskpane.answer.by")}
        required
        validationMessage={tried && issues.includes("by-empty") ? t("taskpane.answer.byEmpty") : undefined}
      >
        <Input value={by} onChange={(_, d) => setBy(d.value)} data-testid="answer-by" />
      </Field>
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={action.busy} onClick={save} data-testid="answer-save">
          {t("taskpane.answer.save")}
        </Button>
        <Button size="small" onClick={() => setOpen(false)}>
          {t("taskpane.answer.cancel")}
        </Button>
      </div>
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </div>
  );
}
