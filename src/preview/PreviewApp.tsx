/**
 * The page outside Office: a sheet view where Excel's grid would be, the real task pane at the side,
 * and a toolbar to open the bundled sample or a user's own .xlsx (chosen or dropped). Nothing leaves the
 * browser: the sample is a static file next to the page.
 */
import { useCallback, useRef, useState, useSyncExternalStore, type DragEvent, type ReactNode } from "react";
import { Button, FluentProvider, Text, makeStyles, mergeClasses, tokens, webLightTheme } from "@fluentui/react-components";
import type { SettingsStore } from "../core/model/settings";
import { defaultSettings, resolveLang } from "../core/model/settings";
import type { Lang } from "../core/model/schemas";
import { TaskpaneApp } from "../taskpane/App";
import type { EngineApi } from "../taskpane/engineApi";
import type { EngineRunner } from "../taskpane/engine/runner";
import { describeError, type DescribedError } from "../taskpane/errors";
import { LangProvider, useT } from "../taskpane/i18n";
import { Busy, ErrorBar } from "../taskpane/components/common";
import type { MemoryGateway } from "./memoryGateway";
import { SheetView } from "./SheetView";

export const SAMPLE_URL = "./sodegaura-2016.xlsx";
export const SAMPLE_NAME = "sodegaura-2016.xlsx";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateRows: "auto 1fr",
    gridTemplateColumns: "minmax(0, 1fr) minmax(320px, 420px)",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  toolbar: {
    gridColumn: "1 / -1",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  brand: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  note: { color: tokens.colorNeutralForeground3, flexBasis: "100%" },
  workbook: { display: "flex", flexDirection: "column", minHeight: 0, minWidth: 0, position: "relative" },
  dropping: { outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  empty: {
    margin: "auto",
    padding: tokens.spacingHorizontalXXL,
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    alignItems: "center",
  },
  pane: {
    minHeight: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hiddenInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden", pointerEvents: "none" },
  messages: { padding: `0 ${tokens.spacingHorizontalM}` },
});

export interface PreviewAppProps {
  gateway: MemoryGateway;
  engine: EngineApi;
  /** The engine off the page's thread (a Web Worker); inline without it. */
  engineRunner?: EngineRunner;
  settingsStore: SettingsStore;
  displayLanguage?: string;
  /** Fetches the bundled sample; injectable for tests. */
  fetchSample?: () => Promise<ArrayBuffer>;
}

const sampleMissing = () => Object.assign(new Error("sample"), { messageKey: "preview.sampleMissing" });

const defaultFetchSample = async (): Promise<ArrayBuffer> => {
  let res: Response;
  try {
    res = await fetch(SAMPLE_URL);
  } catch {
    throw sampleMissing();
  }
  if (!res.ok) throw Object.assign(sampleMissing(), { code: `HTTP${res.status}` });
  return res.arrayBuffer();
};

export function PreviewApp({
  gateway,
  engine,
  engineRunner,
  settingsStore,
  displayLanguage,
  fetchSample = defaultFetchSample,
}: PreviewAppProps) {
  const [lang, setLang] = useState<Lang>(() => resolveLang(defaultSettings, displayLanguage));
  // A new workbook starts the pane afresh: its findings and undo belonged to the old one.
  const [paneKey, setPaneKey] = useState(0);
  const services = useRef({
    gateway,
    engine,
    engineRunner,
    settingsStore,
    displayLanguage,
    sourceName: () => gateway.getName() ?? "workbook.xlsx",
  }).current;

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <LangProvider value={lang}>
        <PreviewLayout gateway={gateway} fetchSample={fetchSample} onLoaded={() => setPaneKey((k) => k + 1)}>
          <TaskpaneApp key={paneKey} services={services} onLangChange={setLang} />
        </PreviewLayout>
      </LangProvider>
    </FluentProvider>
  );
}

function PreviewLayout({
  gateway,
  fetchSample,
  onLoaded,
  children,
}: {
  gateway: MemoryGateway;
  fetchSample: () => Promise<ArrayBuffer>;
  onLoaded: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const styles = useStyles();
  const snap = useSyncExternalStore(gateway.subscribe, gateway.getSnapshot);
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DescribedError | null>(null);
  const [dropping, setDropping] = useState(false);
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);

  const open = useCallback(
    async (read: () => Promise<ArrayBuffer>, name: string, readFailure: () => unknown) => {
      setBusy(true);
      setError(null);
      try {
        // A failure to get the bytes (network, file access) is named for what was being read.
        const data = await read().catch((e: unknown) => {
          throw describeError(e).key === "taskpane.error.unexpected" ? readFailure() : e;
        });
        await gateway.load(data, name);
        onLoaded();
      } catch (e) {
        setError(describeError(e));
      } finally {
        setBusy(false);
      }
    },
    [gateway, onLoaded],
  );

  const openFile = (file: File | undefined) => {
    if (file)
      void open(
        () => file.arrayBuffer(),
        file.name,
        () => ({ code: "UnreadableFile" }),
      );
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    openFile(e.dataTransfer.files[0]);
  };

  const activate = useCallback((name: string) => gateway.setActiveSheet(name), [gateway]);

  const makeDownload = async () => {
    setError(null);
    try {
      const bytes = await gateway.toBuffer();
      if (download) URL.revokeObjectURL(download.url);
      const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
      setDownload({ url: URL.createObjectURL(blob), name: snap.name ?? "workbook.xlsx" });
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <div className={styles.page}>
      <header className={styles.toolbar}>
        <h1 className={styles.brand}>{t("preview.title")}</h1>
        <Button
          appearance="primary"
          onClick={() => void open(fetchSample, SAMPLE_NAME, sampleMissing)}
          disabled={busy}
          data-testid="open-sample"
        >
          {t("preview.openSample")}
        </Button>
        <Button onClick={() => fileInput.current?.click()} disabled={busy}>
          {t("preview.openFile")}
        </Button>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t("preview.fileInput")}
          tabIndex={-1}
          data-testid="file-input"
          onChange={(e) => {
            openFile(e.target.files?.[0]);
            e.target.value = ""; // choosing the same file again must load it again
          }}
        />
        {snap.grid ? (
          <Button appearance="subtle" onClick={() => void makeDownload()}>
            {t("preview.download")}
          </Button>
        ) : null}
        {download ? (
          <a href={download.url} download={download.name} data-testid="workbook-download">
            {download.name}
          </a>
        ) : null}
        {busy ? <Busy label={t("preview.loading")} /> : null}
        {snap.name && !busy ? (
          <Text size={200} data-testid="loaded-name">
            {t("preview.loaded", { name: snap.name, sheets: snap.grid?.sheets.length ?? 0 })}
          </Text>
        ) : null}
        <Text size={200} className={styles.note}>
          {t("preview.note")}
        </Text>
      </header>
      <main
        className={mergeClasses(styles.workbook, dropping && styles.dropping)}
        aria-label={t("preview.workbookLabel")}
        onDragOver={(e) => {
          e.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
        data-testid="workbook-area"
      >
        {error ? (
          <div className={styles.messages}>
            <ErrorBar error={error} onDismiss={() => setError(null)} />
          </div>
        ) : null}
        {snap.grid ? (
          <SheetView
            grid={snap.grid}
            activeSheet={snap.activeSheet}
            selection={snap.selection}
            marks={snap.marks}
            onActivateSheet={activate}
            onSelectCell={(sheet, cell) => void gateway.selectCell(sheet, cell)}
          />
        ) : (
          <div className={styles.empty}>
            <Text>{t("preview.empty")}</Text>
            <Text size={200}>{t("preview.dropHint")}</Text>
          </div>
        )}
      </main>
      <aside className={styles.pane} aria-label={t("preview.taskpaneLabel")} data-testid="taskpane">
        {children}
      </aside>
    </div>
  );
}
