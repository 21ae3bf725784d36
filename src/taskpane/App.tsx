/**
 * The task pane: settings are loaded first (they decide the language), then the panel of the selected
 * tab. Only that panel is mounted (a hidden one would still hold its DOM); what a panel must keep across
 * tabs (a fill preview, its undo) lives in the kept-state store, so switching tabs loses nothing.
 * After any write the pane re-validates by itself, so no panel shows findings the write has fixed.
 */
import { startTransition, type ComponentType, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FluentProvider, Spinner, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Lang, Report } from "../core/model/schemas";
import { defaultSettings, resolveLang, type Settings } from "../core/model/settings";
import { t } from "./messages";
import { LangProvider } from "./i18n";
import { ServicesProvider, useServices, type TaskpaneServices } from "./services";
import { PaneStateProvider, type PaneState, type PanelTarget } from "./paneState";
import { KeptStateProvider, type KeptStore } from "./keptState";
import { inlineRunner } from "./engine/runner";
import { OverviewPanel } from "./components/OverviewPanel";
import { ValidatePanel } from "./components/ValidatePanel";
import { FillPanel } from "./components/FillPanel";
import { SummaryPanel } from "./components/SummaryPanel";
import { NewSheetPanel } from "./components/NewSheetPanel";
import { ExportPanel } from "./components/ExportPanel";
import { SettingsPanel } from "./components/SettingsPanel";
import { FormPanel } from "./components/FormPanel";
import { CoordinationPanel } from "./components/CoordinationPanel";

/** The pane's tabs, in order. A new panel is one component and one entry here (and its tab name in the catalogue). */
const PANEL_COMPONENTS = {
  overview: OverviewPanel,
  validate: ValidatePanel,
  fill: FillPanel,
  summary: SummaryPanel,
  newSheet: NewSheetPanel,
  export: ExportPanel,
  form: FormPanel,
  coordination: CoordinationPanel,
  settings: SettingsPanel,
} satisfies Record<string, ComponentType>;

export type PanelId = keyof typeof PANEL_COMPONENTS;
export const PANELS = Object.keys(PANEL_COMPONENTS) as PanelId[];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: "wrap", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { paddingBlock: tokens.spacingVerticalS },
});

export interface TaskpaneAppProps {
  services: TaskpaneServices;
  initialPanel?: PanelId;
  /** Tells a host page (the browser preview) the language the pane settled on. */
  onLangChange?: (lang: Lang) => void;
}

export function TaskpaneApp({ services, initialPanel = "overview", onLangChange }: TaskpaneAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    services.settingsStore
      .load()
      .then((s) => live && setSettings(s))
      // Unreadable settings must not block the pane: start from the defaults.
      .catch(() => live && setSettings(defaultSettings));
    return () => {
      live = false;
    };
  }, [services.settingsStore]);

  // Warm-up on open so that 検証 costs one round trip to Excel; a failure here only costs that sync later.
  useEffect(() => {
    services.gateway.prepare?.().catch(() => undefined);
  }, [services.gateway]);

  const lang = resolveLang(settings ?? defaultSettings, services.displayLanguage);
  useEffect(() => onLangChange?.(lang), [lang, onLangChange]);

  return (
    <FluentProvider theme={webLightTheme} lang={lang} style={{ height: "100%" }}>
      <ServicesProvider value={services}>
        <LangProvider value={lang}>
          {settings ? (
            <Pane settings={settings} setSettings={setSettings} initialPanel={initialPanel} />
          ) : (
            <Spinner label={t("taskpane.loading", lang)} />
          )}
        </LangProvider>
      </ServicesProvider>
    </FluentProvider>
  );
}

function Pane({ settings, setSettings, initialPanel }: { settings: Settings; setSettings: (s: Settings) => void; initialPanel: PanelId }) {
  const styles = useStyles();
  const services = useServices();
  const lang = resolveLang(settings, services.displayLanguage);
  const [panel, setPanel] = useState<PanelId>(initialPanel);
  const [report, setReport] = useState<Report | null>(null);
  const [reportStale, setReportStale] = useState(false);
  const [revalidating, setRevalidating] = useState(false);
  const [target, setTarget] = useState<PanelTarget | null>(null);
  const kept = useRef<KeptStore>(new Map()).current;
  const runner = useMemo(() => services.engineRunner ?? inlineRunner(services.engine), [services]);
  const hasReport = useRef(false);
  hasReport.current = report !== null;

  const analyzeNow = useCallback(async () => {
    const grid = await services.gateway.readWorkbook();
    const report = await runner.analyze(grid, {
      source: services.sourceName?.() ?? "workbook",
      lang,
      rounding: settings.rounding,
      profile: settings.profile ?? null,
    });
    // A transition: the pane renders thousands of findings in slices it can interrupt, not in one long task.
    startTransition(() => {
      setReport(report);
      setReportStale(false);
    });
    return { grid, report };
  }, [services, runner, lang, settings.rounding, settings.profile]);

  // After a write, findings the write fixed must not stay clickable: re-validate at once (only when
  // there is a report to replace; the user has not asked for one otherwise).
  const markChanged = useCallback(() => {
    setReportStale(true);
    if (!hasReport.current) return;
    setRevalidating(true);
    analyzeNow()
      .catch(() => undefined) // the list stays marked out of date; the next 検証 says what went wrong
      .finally(() => setRevalidating(false));
  }, [analyzeNow]);

  const openPanel = useCallback((id: PanelId, to?: PanelTarget) => {
    setTarget(to ?? null);
    setPanel(id);
  }, []);

  const state: PaneState = useMemo(
    () => ({
      settings,
      saveSettings: async (next: Settings) => {
        await services.settingsStore.save(next);
        setSettings(next);
      },
      report,
      reportStale,
      revalidating,
      analyzeNow,
      runner,
      markChanged,
      openPanel,
      target,
      clearTarget: () => setTarget(null),
    }),
    [settings, services, report, reportStale, revalidating, analyzeNow, runner, markChanged, openPanel, target, setSettings],
  );

  const Current = PANEL_COMPONENTS[panel];

  return (
    <PaneStateProvider value={state}>
      <KeptStateProvider value={kept}>
        <div className={styles.root}>
          <header className={styles.header}>
            <h1 className={styles.title}>{t("taskpane.title", lang)}</h1>
            <Text className={styles.subtitle} size={200}>
              {t("taskpane.subtitle", lang)}
            </Text>
          </header>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={panel}
            onTabSelect={(_, d) => openPanel(d.value as PanelId)}
            aria-label={t("taskpane.tabs.label", lang)}
          >
            {PANELS.map((id) => (
              <Tab key={id} id={`tab-${id}`} value={id} aria-controls={id === panel ? `panel-${id}` : undefined} data-testid={`tab-${id}`}>
                {t(`taskpane.tab.${id}`, lang)}
              </Tab>
            ))}
          </TabList>
          <section
            key={panel}
            id={`panel-${panel}`}
            role="tabpanel"
            aria-labelledby={`tab-${panel}`}
            className={styles.panel}
            data-testid={`panel-${panel}`}
          >
            <Current />
          </section>
        </div>
      </KeptStateProvider>
    </PaneStateProvider>
  );
}
