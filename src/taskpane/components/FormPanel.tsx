/**
 * 様式 (form): which profile the workbook is read with, every rating value its sheets use with the status
 * it means and where that meaning came from, and the indicator rule. A value nobody explained (a letter
 * with no legend) gets its meaning picked from a list, and so does a header the reader could not place
 * (its role, from a list, or by selecting its cell in Excel); 保存 saves the office's profile in the
 * workbook, the roles as spellings of their fields, so the next validation reads those columns.
 */
import { Button, Dropdown, Link, MessageBar, MessageBarBody, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Status } from "../../core/model/schemas";
import { STATUSES } from "../../core/model/statuses";
import type { FormDescription, HeaderRole, UnplacedHeader } from "../../core/produce/formDescription";
import { HEADER_ROLES, withLabels, withMeanings } from "../../core/produce/formDescription";
import { fieldLabel } from "../../core/read/labels";
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
  /** Header text → the role a person gave it. */
  const [roles, setRoles] = useKept<Record<string, HeaderRole>>("form.roles", {});
  /** Cells a person added from the selection in Excel. */
  const [picked, setPicked] = useKept<UnplacedHeader[]>("form.picked", []);
  const [emptySelection, setEmptySelection] = useKept("form.emptySelection", false);

  const read = () =>
    action.run(async () => {
      setSaved(false);
      const grid = await gateway.readWorkbook();
      setForm(await runner.describeForm(grid, settings.profile ?? null));
      setMeanings({});
      setRoles({});
      setPicked([]);
    });

  const useSelection = () =>
    action.run(async () => {
      const c = await gateway.selectedCell?.();
      setEmptySelection(!c || c.text.trim() === "");
      if (!c || c.text.trim() === "") return;
      const text = c.text.trim();
      setPicked((list) =>
        list.some((h) => h.sheet === c.sheet && h.cell === c.cell)
          ? list
          : [...list, { sheet: c.sheet, cell: c.cell, text, table: "selected" as const }],
      );
    });

  const save = () =>
    action.run(async () => {
      if (!form) return;
      let profile = settings.profile ?? form.profile;
      // A meaning makes the rating column the department's (withMeanings); a header role alone does not.
      if (Object.keys(meanings).length > 0) profile = withMeanings(profile, meanings);
      if (Object.keys(roles).length > 0) profile = withLabels(profile, roles);
      await saveSettings({ ...settings, profile });
      markChanged();
      setSaved(true);
      const grid = await gateway.readWorkbook();
      setForm(await runner.describeForm(grid, profile));
      setMeanings({});
      setRoles({});
      setPicked([]);
    });

  const status = (s: Status | null) => (s === null ? t("taskpane.form.unknownValue") : statusLabel(s, lang));
  const rule = form?.profile.indicator;
  // Older engines (and test fakes) describe no headers.
  const headers = form
    ? [...(form.headers ?? []), ...picked.filter((p) => !(form.headers ?? []).some((h) => h.sheet === p.sheet && h.cell === p.cell))]
    : [];
  const missing = form?.missing ?? [];
  const changes = Object.keys(meanings).length + Object.keys(roles).length;

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
          <Text weight="semibold">{t("taskpane.form.headers")}</Text>
          <Text size={200}>{t("taskpane.form.headersIntro")}</Text>
          {missing.length > 0 ? (
            <ul data-testid="form-missing">
              {missing.map((m) => (
                <li key={`${m.sheet}!${m.cell}!${m.field}`}>
                  <Link onClick={() => void gateway.selectCell?.(m.sheet, m.cell)}>
                    {t("taskpane.form.missing", { label: fieldLabel(m.field), where: `${m.sheet}!${m.cell}` })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {headers.length > 0 ? (
            <table className={styles.table} aria-label={t("taskpane.form.headers")} data-testid="form-headers">
              <thead>
                <tr>
                  <th className={styles.cell}>{t("taskpane.form.header")}</th>
                  <th className={styles.cell}>{t("taskpane.form.role")}</th>
                  <th className={styles.cell}>{t("taskpane.form.where")}</th>
                </tr>
              </thead>
              <tbody>
                {headers.map((h) => (
                  <tr key={`${h.sheet}!${h.cell}`} data-testid={`form-header-${h.text}`}>
                    <td className={styles.cell}>{h.text}</td>
                    <td className={styles.cell}>
                      <Dropdown
                        aria-label={t("taskpane.form.pickRole", { text: h.text })}
                        placeholder={t("taskpane.form.rolePlaceholder")}
                        data-testid={`form-role-${h.text}`}
                        selectedOptions={roles[h.text] ? [roles[h.text]] : []}
                        value={roles[h.text] ? t(`taskpane.form.roleName.${roles[h.text]}`) : ""}
                        onOptionSelect={(_, d) => setRoles((r) => ({ ...r, [h.text]: d.optionValue as HeaderRole }))}
                      >
                        {HEADER_ROLES.map((role) => (
                          <Option key={role} value={role} data-testid={`form-role-option-${role}`}>
                            {t(`taskpane.form.roleName.${role}`)}
                          </Option>
                        ))}
                      </Dropdown>
                    </td>
                    <td className={styles.cell}>
                      <Link onClick={() => void gateway.selectCell?.(h.sheet, h.cell)}>{`${h.sheet}!${h.cell}`}</Link>
                      <Text size={200}>{` (${t(`taskpane.form.table.${h.table}`)})`}</Text>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {gateway.selectedCell ? (
            <div>
              <Button onClick={useSelection} disabled={action.busy} data-testid="form-use-selection">
                {t("taskpane.form.useSelection")}
              </Button>
            </div>
          ) : null}
          {emptySelection ? (
            <MessageBar intent="warning" data-testid="form-selection-empty">
              <MessageBarBody>{t("taskpane.form.selectionEmpty")}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={styles.row}>
            <Button appearance="primary" onClick={save} disabled={action.busy || changes === 0} data-testid="form-save">
              {t("taskpane.form.save")}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
