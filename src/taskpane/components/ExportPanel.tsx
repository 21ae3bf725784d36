/**
 * 書き出し: tidy CSV / JSON of a fresh analysis. Where the host can download a file, a link (Blob +
 * object URL); everywhere, the same table onto a new sheet of the workbook or the CSV onto the clipboard
 * (Excel on the Mac ignores download links). CSV headers and statuses follow the UI language.
 */
import { useEffect, useRef, useState } from "react";
import { Button, Link, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { copyText } from "../clipboard";
import { exportRows } from "../../core/produce/export";
import { useLang, useT } from "../i18n";
import { usePaneState } from "../paneState";
import { useServices } from "../services";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: 0, marginBottom: tokens.spacingVerticalXS },
  area: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

type Format = "csv" | "json";
const MIME: Record<Format, string> = { csv: "text/csv;charset=utf-8", json: "application/json;charset=utf-8" };

/** A file name from the workbook's name: no extension, nothing a file system would refuse. */
export function exportFileName(source: string, format: Format): string {
  const base =
    source
      .replace(/\.[^.]*$/, "")
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "_")
      .trim() || "shinchoku";
  return `${base}.${format}`;
}

type Done =
  | { kind: "file"; url: string; name: string; rows: number }
  | { kind: "sheet"; name: string; rows: number }
  | { kind: "copied"; rows: number }
  | { kind: "copyFailed"; text: string };

export function ExportPanel() {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { engine, gateway, sourceName, canDownload = true } = useServices();
  const { analyzeNow } = usePaneState();
  const action = useAction();
  const [done, setDone] = useState<Done | null>(null);
  const urlRef = useRef<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // Object URLs hold the data until revoked: one at a time, and none after the panel goes.
  const replaceUrl = (url: string | null) => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = url;
  };
  useEffect(() => () => replaceUrl(null), []);

  const finish = (d: Done) => {
    setDone(d);
    // The result (a link, a message) is where the user goes next.
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  // A measure with indicators has a row per indicator and year, so the rows are counted as written.
  const rowsOf = (r: Parameters<typeof exportRows>[0]) => exportRows(r).length;

  const makeFile = (format: Format) =>
    action.run(async () => {
      const { report } = await analyzeNow();
      const text = engine.exportData(report, format, { lang });
      const url = URL.createObjectURL(new Blob([text], { type: MIME[format] }));
      replaceUrl(url);
      finish({ kind: "file", url, name: exportFileName(sourceName?.() ?? "shinchoku", format), rows: rowsOf(report) });
    });

  const toSheet = () =>
    action.run(async () => {
      const { report } = await analyzeNow();
      const result = await gateway.writeSheets([engine.exportSheet(report, lang)]);
      const name = result.written[0];
      finish({ kind: "sheet", name, rows: rowsOf(report) });
      // An export tab is Shinchoku's own: the report does not read it, so no re-validation is due.
      if (name) await gateway.selectCell?.(name, "A1");
    });

  const copy = () =>
    action.run(async () => {
      const { report } = await analyzeNow();
      const text = engine.exportData(report, "csv", { lang });
      // The BOM is for files only.
      finish((await copyText(text.replace(/^\uFEFF/, ""))) ? { kind: "copied", rows: rowsOf(report) } : { kind: "copyFailed", text });
    });

  return (
    <div className={styles.stack}>
      <Text>{t("taskpane.export.intro")}</Text>
      {canDownload ? (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t("taskpane.export.fileGroup")}</legend>
          <div className={styles.row}>
            <Button onClick={() => makeFile("csv")} disabled={action.busy} data-testid="export-csv">
              {t("taskpane.export.csv")}
            </Button>
            <Button onClick={() => makeFile("json")} disabled={action.busy} data-testid="export-json">
              {t("taskpane.export.json")}
            </Button>
          </div>
        </fieldset>
      ) : (
        <MessageBar intent="info" data-testid="export-no-download">
          <MessageBarBody>{t("taskpane.export.noDownload")}</MessageBarBody>
        </MessageBar>
      )}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("taskpane.export.otherGroup")}</legend>
        <div className={styles.row}>
          <Button onClick={toSheet} disabled={action.busy} data-testid="export-sheet">
            {t("taskpane.export.toSheet")}
          </Button>
          <Button onClick={copy} disabled={action.busy} data-testid="export-copy">
            {t("taskpane.export.copy")}
          </Button>
        </div>
      </fieldset>
      {action.busy ? <Busy label={t("taskpane.working")} /> : null}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
      <div ref={resultRef} tabIndex={-1} data-testid="export-result">
        {done?.kind === "file" ? (
          <MessageBar intent="success">
            <MessageBarBody>
              {t("taskpane.export.ready", { rows: done.rows })}{" "}
              <Link href={done.url} download={done.name} data-testid="export-link">
                {t("taskpane.export.download", { name: done.name })}
              </Link>
            </MessageBarBody>
          </MessageBar>
        ) : done?.kind === "sheet" ? (
          <MessageBar intent="success" data-testid="export-sheet-done">
            <MessageBarBody>{t("taskpane.export.sheetDone", { name: done.name, rows: done.rows })}</MessageBarBody>
          </MessageBar>
        ) : done?.kind === "copied" ? (
          <MessageBar intent="success" data-testid="export-copied">
            <MessageBarBody>{t("taskpane.export.copied", { rows: done.rows })}</MessageBarBody>
          </MessageBar>
        ) : done?.kind === "copyFailed" ? (
          <>
            <MessageBar intent="warning" data-testid="export-copy-failed">
              <MessageBarBody>{t("taskpane.export.copyFailed")}</MessageBarBody>
            </MessageBar>
            <Textarea className={styles.area} readOnly value={done.text} aria-label={t("taskpane.export.copyArea")} resize="vertical" />
          </>
        ) : null}
      </div>
    </div>
  );
}
