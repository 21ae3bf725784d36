/**
 * 他のブックから取り込む: the user picks departments' .xlsx files; each is read in the browser, its measure
 * sheets are listed, and 取り込む inserts them at the end of the open workbook (Excel's
 * insertWorksheetsFromBase64) and validates, so numbers used twice show up at once.
 */
import { useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { readMeasureSheet } from "../../core/read/reader";
import { useT } from "../i18n";
import { usePaneState } from "../paneState";
import { useServices } from "../services";
import { readPickedWorkbook, type PickedWorkbook } from "../workbookFile";
import { Busy, ErrorBar, useAction } from "./common";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  hidden: { display: "none" },
});

interface Picked {
  file: PickedWorkbook;
  sheets: string[];
}

/** The sheets of a workbook in the measure layout (its summary tabs and notes stay behind). */
function measureSheets(file: PickedWorkbook): string[] {
  const generated = new Set(file.grid.generatedSheets.map((g) => g.name));
  return file.grid.sheets.filter((s) => !generated.has(s.name) && readMeasureSheet(s) !== null).map((s) => s.name);
}

export function ImportWorkbooks() {
  const t = useT();
  const styles = useStyles();
  const { gateway } = useServices();
  const { analyzeNow, markChanged } = usePaneState();
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked[]>([]);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [done, setDone] = useState<{ sheets: number; files: number; errors: number } | null>(null);

  if (!gateway.insertSheetsFromFile) return <Text>{t("taskpane.import.unsupported")}</Text>;

  const pick = (files: FileList | null) =>
    action.run(async () => {
      setDone(null);
      const ok: Picked[] = [];
      const bad: string[] = [];
      for (const f of Array.from(files ?? [])) {
        try {
          const file = await readPickedWorkbook(f);
          ok.push({ file, sheets: measureSheets(file) });
        } catch {
          bad.push(f.name);
        }
      }
      setPicked(ok);
      setUnreadable(bad);
    });

  const insert = () =>
    action.run(async () => {
      let sheets = 0;
      for (const p of picked) if (p.sheets.length > 0) sheets += (await gateway.insertSheetsFromFile!(p.file.base64, p.sheets)).length;
      markChanged();
      const { report } = await analyzeNow();
      setDone({ sheets, files: picked.length, errors: report.totals.errors });
      setPicked([]);
    });

  return (
    <div className={styles.stack}>
      <Text>{t("taskpane.import.intro")}</Text>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm"
        multiple
        className={styles.hidden}
        aria-label={t("taskpane.import.pick")}
        tabIndex={-1}
        data-testid="import-input"
        onChange={(e) => {
          void pick(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
      />
      <div>
        <Button onClick={() => input.current?.click()} disabled={action.busy} data-testid="import-pick">
          {t("taskpane.import.pick")}
        </Button>
      </div>
      {action.busy ? <Busy label={t("taskpane.import.running")} /> : null}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
      {unreadable.length > 0 ? (
        <MessageBar intent="error" data-testid="import-unreadable">
          <MessageBarBody>{t("taskpane.import.unreadable", { names: unreadable.join(", ") })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {picked.length > 0 ? (
        <>
          <ul className={styles.list} aria-label={t("taskpane.import.listLabel")} data-testid="import-list">
            {picked.map((p) => (
              <li key={p.file.name}>
                {p.sheets.length > 0
                  ? t("taskpane.import.fileSheets", { file: p.file.name, count: p.sheets.length, sheets: p.sheets.join(", ") })
                  : t("taskpane.import.fileNone", { file: p.file.name })}
              </li>
            ))}
          </ul>
          <div>
            <Button
              appearance="primary"
              onClick={insert}
              disabled={action.busy || picked.every((p) => p.sheets.length === 0)}
              data-testid="import-run"
            >
              {t("taskpane.import.run")}
            </Button>
          </div>
        </>
      ) : null}
      {done ? (
        <MessageBar intent={done.errors > 0 ? "warning" : "success"} data-testid="import-result">
          <MessageBarBody>{t("taskpane.import.done", { sheets: done.sheets, files: done.files, errors: done.errors })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
