/** 書き出し: tidy CSV / JSON of a fresh analysis, offered as a download link (Blob + object URL). */
import { useEffect, useRef, useState } from "react";
import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n";
import { usePaneState } from "../paneState";
import { useServices } from "../services";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Format = "csv" | "json";
const MIME: Record<Format, string> = { csv: "text/csv;charset=utf-8", json: "application/json;charset=utf-8" };

/** A file name from the workbook's name: no extension, nothing a file system would refuse. */
export function exportFileName(source: string, format: Format): string {
  const base = source.replace(/\.[^.]*$/, "").replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "_").trim() || "shinchoku";
  return `${base}.${format}`;
}

export function ExportPanel() {
  const t = useT();
  const styles = useStyles();
  const { engine, sourceName } = useServices();
  const { analyzeNow } = usePaneState();
  const action = useAction();
  const [file, setFile] = useState<{ url: string; name: string; rows: number } | null>(null);
  const urlRef = useRef<string | null>(null);

  // Object URLs hold the data until revoked: one at a time, and none after the pane goes.
  const replaceUrl = (url: string | null) => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = url;
  };
  useEffect(() => () => replaceUrl(null), []);

  const make = (format: Format) =>
    action.run(async () => {
      const { report } = await analyzeNow();
      const text = engine.exportData(report, format);
      const url = URL.createObjectURL(new Blob([text], { type: MIME[format] }));
      replaceUrl(url);
      const rows = report.measures.reduce((n, m) => n + m.years.length, 0);
      setFile({ url, name: exportFileName(sourceName?.() ?? "shinchoku", format), rows });
    });

  return (
    <div className={styles.stack}>
      <Text>{t("taskpane.export.intro")}</Text>
      <div className={styles.row}>
        <Button onClick={() => make("csv")} disabled={action.busy} data-testid="export-csv">
          {t("taskpane.export.csv")}
        </Button>
        <Button onClick={() => make("json")} disabled={action.busy} data-testid="export-json">
          {t("taskpane.export.json")}
        </Button>
      </div>
      {action.busy ? <Busy label={t("taskpane.working")} /> : null}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
      {file ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("taskpane.export.ready", { rows: file.rows })}{" "}
            <Link href={file.url} download={file.name} data-testid="export-link">
              {t("taskpane.export.download", { name: file.name })}
            </Link>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
