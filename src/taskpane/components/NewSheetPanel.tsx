/**
 * 新しい施策シート: a form checked by the engine's NewMeasureInputSchema (errors per field, in the UI
 * language), then the blank canonical sheet is written beside the others. A 施策番号 the workbook already
 * has is refused (the sheet would otherwise come out as 「①-01 (2)」); the first year may be typed in 和暦;
 * the plan period comes from the settings, else from the workbook's own sheets; the form clears after
 * a sheet is made, so a second click cannot make a copy.
 */
import { useEffect, useRef, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PLAN_START_YEAR_MAX, PLAN_START_YEAR_MIN, PLAN_YEARS_MAX, PLAN_YEARS_MIN } from "../../core/model/settings";
import { fieldErrors } from "../formErrors";
import { useLang, useT } from "../i18n";
import { useKept } from "../keptState";
import { usePaneState } from "../paneState";
import { periodOf, sameNumber, yearField } from "../planPeriod";
import { useServices } from "../services";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pair: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

type TextField = "number" | "name" | "department" | "activityTarget" | "planTitle";
type Draft = Record<TextField | "startYear" | "years", string>;

const LIMITS = { startYearMin: PLAN_START_YEAR_MIN, startYearMax: PLAN_START_YEAR_MAX, yearsMin: PLAN_YEARS_MIN, yearsMax: PLAN_YEARS_MAX };
const BLANK: Record<TextField, string> = { number: "", name: "", department: "", activityTarget: "", planTitle: "" };

export function NewSheetPanel() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { gateway, engine } = useServices();
  const { settings, report, analyzeNow, markChanged } = usePaneState();
  const action = useAction();
  const fromSettings = settings.planStartYear !== undefined;
  const [draft, setDraft] = useKept<Draft>("newSheet.draft", () => ({
    ...BLANK,
    startYear: fromSettings ? String(settings.planStartYear) : "",
    years: String(settings.planYears ?? 5),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useKept<string | null>("newSheet.created", null);
  const [periodNote, setPeriodNote] = useKept<{ from: number; to: number; years: number } | null>("newSheet.periodNote", null);
  const createdRef = useRef<HTMLDivElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);

  // Without a period in the settings, the workbook's own sheets tell it (once, into an untouched field).
  useEffect(() => {
    if (fromSettings || draft.startYear !== "") return;
    const p = periodOf(report);
    if (!p) return;
    setDraft((d) => ({ ...d, startYear: String(p.startYear), years: String(p.years) }));
    setPeriodNote({ from: p.startYear, to: p.startYear + p.years - 1, years: p.years });
  }, [report, fromSettings, draft.startYear, setDraft, setPeriodNote]);

  const set = (k: keyof Draft, v: string) => setDraft((d) => ({ ...d, [k]: v }));

  const submit = () => {
    setCreated(null);
    const raw: Record<string, unknown> = { ...draft, startYear: yearField(draft.startYear) };
    // Optional texts left blank take the schema's defaults (a default title, no activity target).
    for (const k of ["activityTarget", "planTitle"] as const) if (draft[k].trim() === "") delete raw[k];
    const parsed = engine.NewMeasureInputSchema.safeParse(raw);
    if (!parsed.success) {
      const errs = fieldErrors(parsed.error.issues, t, LIMITS);
      if (errs.startYear && typeof raw.startYear === "string") errs.startYear = t("taskpane.newSheet.startYearUnread");
      setErrors(errs);
      return;
    }
    setErrors({});
    void action.run(async () => {
      // The numbers as the workbook holds them now, not as the last 検証 saw them.
      const { report: now } = await analyzeNow();
      const taken = now.measures.find((m) => m.number !== "" && sameNumber(m.number, draft.number));
      if (taken) {
        setErrors({ number: t("taskpane.newSheet.numberTaken", { number: draft.number.trim(), sheet: taken.sheet }) });
        numberRef.current?.focus();
        return;
      }
      const spec = engine.buildMeasureSheet(parsed.data as never, lang);
      const result = await gateway.writeSheets([spec]);
      const name = result.written[0] ?? spec.name;
      setCreated(name);
      setDraft((d) => ({ ...d, ...BLANK }));
      markChanged();
      await gateway.selectCell?.(name, "A1");
      requestAnimationFrame(() => createdRef.current?.focus());
    });
  };

  const textField = (k: TextField, required = false) => (
    <Field key={k} label={t(`taskpane.newSheet.${k}`)} required={required} validationMessage={errors[k]}>
      <Input value={draft[k]} onChange={(_, d) => set(k, d.value)} data-testid={`new-${k}`} ref={k === "number" ? numberRef : undefined} />
    </Field>
  );

  return (
    <form
      className={styles.form}
      noValidate
      aria-label={t("taskpane.newSheet.formLabel")}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Text>{t("taskpane.newSheet.intro")}</Text>
      {textField("number", true)}
      {textField("name")}
      {textField("department")}
      <div className={styles.pair}>
        <Field
          label={t("taskpane.newSheet.startYear")}
          hint={t("taskpane.newSheet.startYearHint")}
          required
          validationMessage={errors.startYear}
        >
          <Input value={draft.startYear} onChange={(_, d) => set("startYear", d.value)} data-testid="new-startYear" />
        </Field>
        <Field label={t("taskpane.newSheet.years")} required validationMessage={errors.years}>
          <Input inputMode="numeric" value={draft.years} onChange={(_, d) => set("years", d.value)} data-testid="new-years" />
        </Field>
      </div>
      {periodNote ? (
        <Text size={200} data-testid="new-period-note">
          {t("taskpane.newSheet.periodFromWorkbook", periodNote)}
        </Text>
      ) : null}
      {textField("activityTarget")}
      {textField("planTitle")}
      {errors._form ? (
        <MessageBar intent="error">
          <MessageBarBody>{errors._form}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={action.busy} data-testid="new-submit">
          {t("taskpane.newSheet.create")}
        </Button>
        {action.busy ? <Busy label={t("taskpane.working")} /> : null}
      </div>
      <ErrorBar error={action.error} onDismiss={action.clearError} />
      <div ref={createdRef} tabIndex={-1}>
        {created ? (
          <MessageBar intent="success" data-testid="new-created">
            <MessageBarBody>{t("taskpane.newSheet.created", { name: created })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </form>
  );
}
