/**
 * 様式 (form): which profile the workbook is read with, every rating value its sheets use with the status
 * it means and where that meaning came from, and the indicator rule. A value nobody explained (a letter
 * with no legend) gets its meaning picked from a list; 保存 saves the office's profile in the workbook.
 */
import { Button, Dropdown, Link, MessageBar, MessageBarBody, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Status } from "../../core/model/schemas";
import { STATUSES } from "../../core/model/statuses";
import type { FormDescription } from "../../core/produce/formDescription";
import { withMeanings } from "../../core/produce/formDescription";
import { useLang, useT } from "../i18n";
import { statusLabel } from "../../core/messages";
import { usePaneState } from "../paneState";
import { useServices } from "../services";
import { useKept } from "../keptState";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalXS,
    textAlign: "start",
    verticalAlign: "top",
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const BUILT_IN: ReadonlySet<string> = new Set(["seed", "rating", "indicator"]);

export function FormPanel() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { gateway } = useServices();
  const { settings, saveSettings, markChanged, runner } = usePaneState();
  const action = useAction();
  const [form, setForm] = useKept<FormDescription | null>("form.form", null);
  const [meanings, setMeanings] = useKept<Record<string, Status>>("form.meanings", {});
  const [saved, setSaved] = useKept("form.saved", false);

  const read = () =>
    action.run(async () => {
      setSaved(false);
      const grid = await gateway.readWorkbook();
      setForm(await runner.describeForm(grid, settings.profile ?? null));
      setMeanings({});
    });

  const save = () =>
    action.run(async () => {
      if (!form) return;
      const profile = withMeanings(settings.profile ?? form.profile, meanings);
      await saveSettings({ ...settings, profile });
      markChanged();
      setSaved(true);
      const grid = await gateway.readWorkbook();
      setForm(await runner.describeForm(grid, profile));
      setMeanings({});
    });

  const status = (s: Status | null) => (s === null ? t("taskpane.form.unknownValue") : statusLabel(s, lang));
  const rule = form?.profile.indicator;

  return (
    <div className={styles.stack}>
      <Text>{t("taskpane.form.intro")}</Text>
      <div>
        <Button appearance="primary" onClick={read} disabled={action.busy} data-testid="form-read">
          {t("taskpane.form.read")}
        </Button>
      </div>
      {action.busy ? <Busy label={t("taskpane.form.reading")} /> : null}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
      {saved ? (
        <MessageBar intent="success" data-testid="form-saved">
          <MessageBarBody>{t("taskpane.form.saved")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {form ? (
        <>
          <Text weight="semibold" data-testid="form-profile">
            {t(
              BUILT_IN.has(form.profile.id)
                ? (`profile.${form.profile.id}` as `profile.${"seed" | "rating" | "indicator"}`)
                : "profile.custom",
              {
                id: form.profile.id,
              },
            )}
            {" — "}
            {t(form.detected ? "taskpane.form.detected" : "taskpane.form.fromWorkbook")}
          </Text>
          {form.values.length === 0 ? (
            <Text>{t("taskpane.form.noRatings")}</Text>
          ) : (
            <table className={styles.table} aria-label={t("taskpane.form.scale")} data-testid="form-scale">
              <thead>
                <tr>
                  <th className={styles.cell}>{t("taskpane.form.value")}</th>
                  <th className={styles.cell}>{t("taskpane.form.meaning")}</th>
                  <th className={styles.cell}>{t("taskpane.form.where")}</th>
                </tr>
              </thead>
              <tbody>
                {form.values.map((v) => (
                  <tr key={v.value} data-testid={`form-value-${v.value}`}>
                    <td className={styles.cell}>{v.value}</td>
                    <td className={styles.cell}>
                      {v.status === null ? (
                        <Dropdown
                          aria-label={t("taskpane.form.pick", { value: v.value })}
                          placeholder={t("taskpane.form.unknownValue")}
                          data-testid={`form-pick-${v.value}`}
                          selectedOptions={meanings[v.value] ? [meanings[v.value]] : []}
                          onOptionSelect={(_, d) => setMeanings((m) => ({ ...m, [v.value]: d.optionValue as Status }))}
                        >
                          {STATUSES.map((s) => (
                            <Option key={s} value={s} data-testid={`form-option-${s}`}>
                              {statusLabel(s, lang)}
                            </Option>
                          ))}
                        </Dropdown>
                      ) : (
                        <>
                          {status(v.status)}
                          {v.descriptor ? <Text size={200}>{` (${v.descriptor})`}</Text> : null}
                          <Text size={200}>{` — ${t(`taskpane.form.source.${v.source ?? "none"}`)}`}</Text>
                        </>
                      )}
                    </td>
                    <td className={styles.cell}>
                      {v.cells.map((c) => (
                        <Link key={`${c.sheet}!${c.cell}`} onClick={() => void gateway.selectCell?.(c.sheet, c.cell)}>
                          {`${c.sheet}!${c.cell} `}
                        </Link>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {rule ? (
            <Text size={200} data-testid="form-rule">
              {t("taskpane.form.rule", {
                achievement: t(`taskpane.form.achievement.${rule.achievement}`),
                grades:
                  rule.grades.kind === "achievement"
                    ? rule.grades.grades.map((g) => (g.min === null ? g.grade : `${g.grade} ≥ ${g.min}%`)).join(", ")
                    : `${rule.grades.grades.join(" / ")} (±${rule.grades.band}%)`,
                count: form.indicators,
              })}
            </Text>
          ) : null}
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={save}
              disabled={action.busy || Object.keys(meanings).length === 0}
              data-testid="form-save"
            >
              {t("taskpane.form.save")}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
