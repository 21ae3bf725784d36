/** 設定: plan period, rounding, language and summary tab names, validated by SettingsSchema and saved through the store. */
import { useEffect, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { SettingsSchema, SUMMARY_ROLES, type Settings, type SummaryRole } from "../../core/model/settings";
import { ROUNDINGS } from "../../core/text/precision";
import { fieldErrors, numberField } from "../formErrors";
import { useT } from "../i18n";
import { usePaneState } from "../paneState";
import { periodOf, yearField } from "../planPeriod";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: 0, marginBottom: tokens.spacingVerticalXS },
  pair: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

interface Draft {
  planStartYear: string;
  planYears: string;
  rounding: Settings["rounding"];
  language: Settings["language"];
  tabNames: Record<SummaryRole, string>;
}

function toDraft(s: Settings): Draft {
  const tabNames = {} as Record<SummaryRole, string>;
  for (const r of SUMMARY_ROLES) tabNames[r] = s.tabNames[r] ?? "";
  return {
    planStartYear: s.planStartYear === undefined ? "" : String(s.planStartYear),
    planYears: s.planYears === undefined ? "" : String(s.planYears),
    rounding: s.rounding,
    language: s.language,
    tabNames,
  };
}

export function SettingsPanel() {
  const t = useT();
  const styles = useStyles();
  const { settings, saveSettings, analyzeNow } = usePaneState();
  const action = useAction();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => setDraft(toDraft(settings)), [settings]);

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };

  const save = () => {
    const tabNames: Partial<Record<SummaryRole, string>> = {};
    for (const r of SUMMARY_ROLES) if (draft.tabNames[r].trim() !== "") tabNames[r] = draft.tabNames[r];
    const parsed = SettingsSchema.safeParse({
      planStartYear: yearField(draft.planStartYear),
      planYears: numberField(draft.planYears),
      rounding: draft.rounding,
      language: draft.language,
      tabNames,
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues, t));
      setSaved(false);
      return;
    }
    setErrors({});
    void action.run(async () => {
      await saveSettings(parsed.data);
      setSaved(true);
    });
  };

  // The period as the workbook's measure sheets show it, into the form (saved only with 保存).
  const readPeriod = () =>
    action.run(async () => {
      const { report } = await analyzeNow();
      const p = periodOf(report);
      if (!p) {
        setErrors((e) => ({ ...e, planStartYear: t("taskpane.settings.noPeriod") }));
        return;
      }
      setErrors({});
      update({ planStartYear: String(p.startYear), planYears: String(p.years) });
    });

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      aria-label={t("taskpane.settings.formLabel")}
    >
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("taskpane.settings.plan")}</legend>
        <div className={styles.pair}>
          <Field
            label={t("taskpane.settings.planStartYear")}
            hint={t("taskpane.settings.planStartYearHint")}
            validationMessage={errors.planStartYear}
          >
            <Input value={draft.planStartYear} onChange={(_, d) => update({ planStartYear: d.value })} data-testid="settings-startYear" />
          </Field>
          <Field label={t("taskpane.settings.planYears")} validationMessage={errors.planYears}>
            <Input
              type="number"
              inputMode="numeric"
              value={draft.planYears}
              onChange={(_, d) => update({ planYears: d.value })}
              data-testid="settings-years"
            />
          </Field>
        </div>
        <div>
          <Button size="small" onClick={readPeriod} disabled={action.busy} data-testid="settings-read-period">
            {t("taskpane.settings.readPeriod")}
          </Button>
        </div>
      </fieldset>
      <Field label={t("taskpane.settings.rounding")} hint={t("taskpane.settings.roundingHint")} validationMessage={errors.rounding}>
        <RadioGroup value={draft.rounding} onChange={(_, d) => update({ rounding: d.value as Draft["rounding"] })}>
          {ROUNDINGS.map((r) => (
            <Radio key={r} value={r} label={t(`taskpane.settings.rounding.${r}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("taskpane.settings.language")} validationMessage={errors.language}>
        <RadioGroup
          value={draft.language}
          onChange={(_, d) => update({ language: d.value as Draft["language"] })}
          data-testid="settings-language"
        >
          {(["auto", "ja", "en"] as const).map((l) => (
            <Radio key={l} value={l} label={t(`taskpane.settings.language.${l}`)} data-testid={`language-${l}`} />
          ))}
        </RadioGroup>
      </Field>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("taskpane.settings.tabNames")}</legend>
        {SUMMARY_ROLES.map((r) => (
          <Field key={r} label={t(`taskpane.settings.tabName.${r}`)} validationMessage={errors[`tabNames.${r}`]}>
            <Input
              value={draft.tabNames[r]}
              placeholder={t(`tab.${r}`)}
              onChange={(_, d) => update({ tabNames: { ...draft.tabNames, [r]: d.value } })}
            />
          </Field>
        ))}
      </fieldset>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={action.busy} data-testid="settings-save">
          {t("taskpane.settings.save")}
        </Button>
        {action.busy ? <Busy label={t("taskpane.working")} /> : null}
      </div>
      <ErrorBar error={action.error} onDismiss={action.clearError} />
      {saved ? (
        <MessageBar intent="success" data-testid="settings-saved">
          <MessageBarBody>{t("taskpane.settings.saved")}</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
