/**
 * The task pane: settings are loaded first (they decide the language), then the panels, all mounted at
 * once and hidden when not selected, so switching tabs never loses a preview or the undo of a fill.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang, Report } from "../core/model/schemas";
import { defaultSettings, resolveLang, type Settings } from "../core/model/settings";
import { t } from "./messages";
import { LangProvider } from "./i18n";
import { ServicesProvider, useServices, type TaskpaneServices } from "./services";
import { PaneStateProvider, type PaneState } from "./paneState";
import { OverviewPanel } from "./components/OverviewPanel";
import { ValidatePanel } from "./components/ValidatePanel";
import { FillPanel } from "./components/FillPanel";
import { SummaryPanel } from "./components/SummaryPanel";
import { NewSheetPanel } from "./components/NewSheetPanel";
import { ExportPanel } from "./components/ExportPanel";
import { SettingsPanel } from "./components/SettingsPanel";
import { CoordinationPanel } from "./components/CoordinationPanel";

export const PANELS = ["overview", "validate", "fill", "summary", "newSheet", "export", "coordination", "settings"] as const;
export type PanelId = (typeof PANELS)[number];

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

function Pane({
  settings,
  setSettings,
  initialPanel,
}: {
  settings: Settings;
  setSettings: (s: Settings) => void;
  initialPanel: PanelId;
}) {
  const styles = useStyles();
  const services = useServices();
  const lang = resolveLang(settings, services.displayLanguage);
  const [panel, setPanel] = useState<PanelId>(initialPanel);
  const [report, setReport] = useState<Report | null>(null);
  const [reportStale, setReportStale] = useState(false);

  const analyzeNow = useCallback(async () => {
    const grid = await services.gateway.readWorkbook();
    const report = services.engine.analyze(grid, {
      source: services.sourceName?.() ?? "workbook",
      lang,
      rounding: settings.rounding,
    });
    setReport(report);
    setReportStale(false);
    return { grid, report };
  }, [services, lang, settings.rounding]);

  const state: PaneState = useMemo(
    () => ({
      settings,
      saveSettings: async (next: Settings) => {
        await services.settingsStore.save(next);
        setSettings(next);
      },
      report,
      reportStale,
      analyzeNow,
      markChanged: () => setReportStale(true),
    }),
    [settings, services, report, reportStale, analyzeNow, setSettings],
  );

  const panels: Record<PanelId, ReactNode> = {
    overview: <OverviewPanel onOpenPanel={setPanel} />,
    validate: <ValidatePanel />,
    fill: <FillPanel />,
    summary: <SummaryPanel />,
    newSheet: <NewSheetPanel />,
    export: <ExportPanel />,
    coordination: <CoordinationPanel />,
    settings: <SettingsPanel />,
  };

  return (
    <PaneStateProvider value={state}>
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
          onTabSelect={(_, d) => setPanel(d.value as PanelId)}
          aria-label={t("taskpane.tabs.label", lang)}
        >
          {PANELS.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`} data-testid={`tab-${id}`}>
              {t(`taskpane.tab.${id}`, lang)}
            </Tab>
          ))}
        </TabList>
        {PANELS.map((id) => (
          <section
            key={id}
            id={`panel-${id}`}
            role="tabpanel"
            aria-labelledby={`tab-${id}`}
            hidden={panel !== id}
            className={styles.panel}
            data-testid={`panel-${id}`}
          >
            {panels[id]}
          </section>
        ))}
      </div>
    </PaneStateProvider>
  );
}
