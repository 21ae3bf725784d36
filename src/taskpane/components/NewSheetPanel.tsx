/**
 * 新しい施策シート: a form checked by the engine's NewMeasureInputSchema (errors per field, in the UI
 * language), then the blank canonical sheet is written beside the others.
 */
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PLAN_START_YEAR_MAX, PLAN_START_YEAR_MIN, PLAN_YEARS_MAX, PLAN_YEARS_MIN } from "../../core/model/settings";
import { fieldErrors } from "../formErrors";
import { useLang, useT } from "../i18n";
import { usePaneState } from "../paneState";
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

export function NewSheetPanel() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { gateway, engine } = useServices();
  const { settings, markChanged } = usePaneState();
  const action = useAction();
  const [draft, setDraft] = useState<Draft>(() => ({
    number: "",
    name: "",
    department: "",
    activityTarget: "",
    planTitle: "",
    startYear: settings.planStartYear === undefined ? "" : String(settings.planStartYear),
    years: String(settings.planYears ?? 5),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<string | null>(null);

  const set = (k: keyof Draft, v: string) => setDraft((d) => ({ ...d, [k]: v }));

  const submit = () => {
    setCreated(null);
    const raw: Record<string, unknown> = { ...draft };
    // Optional texts left blank take the schema's defaults (a default title, no activity target).
    for (const k of ["activityTarget", "planTitle"] as const) if (draft[k].trim() === "") delete raw[k];
    const parsed = engine.NewMeasureInputSchema.safeParse(raw);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues, t, LIMITS));
      return;
    }
    setErrors({});
    void action.run(async () => {
      const spec = engine.buildMeasureSheet(parsed.data as never, lang);
      const result = await gateway.writeSheets([spec]);
      const name = result.written[0] ?? spec.name;
      setCreated(name);
      markChanged();
      await gateway.selectCell?.(name, "A1");
    });
  };

  const textField = (k: TextField, required = false) => (
    <Field key={k} label={t(`taskpane.newSheet.${k}`)} required={required} validationMessage={errors[k]}>
      <Input value={draft[k]} onChange={(_, d) => set(k, d.value)} data-testid={`new-${k}`} />
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
          <Input inputMode="numeric" value={draft.startYear} onChange={(_, d) => set("startYear", d.value)} data-testid="new-startYear" />
        </Field>
        <Field label={t("taskpane.newSheet.years")} required validationMessage={errors.years}>
          <Input inputMode="numeric" value={draft.years} onChange={(_, d) => set("years", d.value)} data-testid="new-years" />
        </Field>
      </div>
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
      {created ? (
        <MessageBar intent="success" data-testid="new-created">
          <MessageBarBody>{t("taskpane.newSheet.created", { name: created })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
