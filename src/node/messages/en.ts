/** The command line's messages, in English. */
import type { CliKey } from "./ja";
import { coordinationEn } from "./coordination";

export const en: Record<CliKey, string> = {
  // The command line's own texts.
  "cli.help":
    "shinchoku — validate and summarise measure progress-management sheets (施策進行管理シート)\n\nUsage:\n  shinchoku check FILE [--json] [--lang ja|en] [--rounding any|halfUp|floor|ceil]\n                                                     validate (exit 0: no errors, 1: errors, 2: unreadable file or wrong call)\n                                                     --rounding: how stated values are rounded (default any: half-up, floor or ceiling)\n  shinchoku fill FILE -o OUT [--lang ja|en]          write a copy with the safe fills applied; print each change\n  shinchoku summary FILE -o OUT [--lang ja|en]       write a copy with the summary tabs\n  shinchoku export FILE --format csv|json -o OUT     tidy data, a row per measure-year (CSV: UTF-8 with BOM for Excel)\n  shinchoku template -o OUT --start-year 2021 --years 5 [--number NO] [--name NAME] [--department DEPT]\n                                                     a new workbook with one blank measure sheet\n                   [--form seed|rating|indicator]    of that form\n  shinchoku profile FILE                             print the form profile the workbook is read with, as JSON\n  --profile FILE                                     check, fill, summary, export read with the office's own profile (JSON)\n                                                     (without it: the profile, rounding and tab names saved in the workbook)\n  Many departments' workbooks:\n  shinchoku check FILE… | DIR [--json] [--include-answered]\n                                                     a report per file and in total (every .xlsx / .xlsm of a folder)\n  shinchoku summary FILE… | DIR -o OUT [--roster ROSTER.csv]\n                                                     every measure sheet in one workbook, with the summary tabs, 取込一覧 and 提出状況\n  shinchoku compare LAST.xlsx THIS.xlsx [--json] [-o OUT]\n                                                     this year against last year (copied texts, rewritten history, progress fallen)\n                                                     -o: write a copy of THIS with the 前年度比較 tab\n  --include-answered: list findings marked 確認済み too (by default only their count)\n\n  shinchoku --help | --version\n\nThe input file is never written over; output files appear whole or not at all.",
  "cli.error": "Error: {message}",
  "cli.hint-help": "See shinchoku --help.",
  "cli.unknown-command": 'Unknown command "{command}".',
  "cli.no-command": "Name a command (check, fill, summary, export, template, compare).",
  "cli.bad-args": "Wrong arguments: {detail}",
  "cli.unknown-option": "There is no option {option}.",
  "cli.option-needs-value": "{option} needs a value after it.",
  "cli.option-takes-no-value": "{option} takes no value.",
  "cli.need-file": "Name the input file.",
  "cli.need-output": "Name the output file with -o.",
  "cli.bad-format": "--format takes csv or json.",
  "cli.bad-rounding": "--rounding takes any, halfUp, floor or ceil.",
  "cli.bad-lang": "--lang takes ja or en.",
  "cli.bad-template": "Wrong template options: {detail}",
  "cli.summary-line":
    "{source}: {measures} measures, {errors} errors, {warnings} warnings, {infos} notes, {delayed} delayed ({delayedNow} delayed now)",
  "cli.finding-line": "{severity} {address} [{rule}] {message}",
  "cli.fill-line": '{address}: "{before}" → "{after}" ({reason})',
  "cli.skip.changed": "the cell changed after the preview",
  "cli.skip.protected": "the sheet is protected and this cell is locked",
  "cli.refused.workbook-protected":
    "The workbook's structure is protected, so no tab can be added. Unprotect it in Excel (Review → Protect Workbook) and run again (nothing was written).",
  "cli.refused.replace-protected":
    "The tab {sheet} made last time is protected, so it cannot be replaced. Unprotect the sheet and run again (nothing was written).",
  "cli.skip.blocked":
    "another cell of this fill is locked on a protected sheet and a fill is all or nothing; unprotect that sheet (or unlock the cell) to write",
  "cli.skip.formula": "the cell holds a formula",
  "cli.skip.failed": "Excel stopped accepting writes part-way",
  "cli.skip.missing": "the sheet was not found",
  "cli.fill-none": "Nothing to fill.",
  "cli.fill-done": "Wrote {count} changes to {out}.",
  "cli.fill-skipped": "{address} was not written ({reason}).",
  "cli.summary-done": "Wrote the summary tabs ({tabs}) to {out}.",
  "cli.export-done": "Wrote {rows} rows to {out}.",
  "cli.template-done": "Wrote the new measure sheet {sheet} to {out}.",
  "cli.internal": "Something unexpected went wrong ({detail}). The input file was not changed.",
  "cli.demo-done": "Demo output: {dir}",
  // Reading and writing .xlsx files (XlsxFileError codes): why a file could not be read or written.
  "file.not-found": "File not found: {path}",
  "file.not-xlsx": "Not an Excel workbook (.xlsx): {path} ({detail})",
  "file.unreadable": "Cannot read the file: {path} ({detail})",
  "file.same-as-input": "The output is the input file: {path} (the input is never overwritten; choose another name)",
  "file.write-failed": "Cannot write the file: {path} ({detail})",
  "file.encrypted": "The workbook is password-protected: {path} (remove the password in Excel and save it again)",
  "file.no-sheets": "The workbook has no sheets: {path} (it may be damaged; open it in Excel and save it again)",
  "file.reason.not-xlsx": "save .xls or CSV files as .xlsx in Excel first",
  "file.reason.ods": "an OpenDocument spreadsheet (.ods): in LibreOffice Calc, use Save As and choose Excel 2007-365 (.xlsx)",
  "file.reason.xlsb": "an Excel binary workbook (.xlsb): in Excel, use Save As and choose Excel Workbook (*.xlsx)",
  "file.reason.damaged": "the file is damaged or incomplete; open the original in Excel and save it again",
  "file.reason.too-large": "it would unpack to more than 1 GB, which no ordinary workbook does",
  "file.reason.sheet-name":
    "a sheet name breaks Excel's rules: at most 31 characters, none of : \\ / ? * [ ], no two alike; rename it and save again",
  "file.reason.no-permission": "permission denied",
  "file.reason.no-folder": "the folder does not exist",
  "file.reason.is-folder": "a folder of that name is in the way",
  "file.reason.read-only": "the location is read-only",
  "file.reason.disk-full": "the disk is full",
  "file.reason.folder-given": "it is a folder; name a workbook file",
  "file.reason.not-regular": "it is a device or a pipe, not an ordinary file",
  "file.reason.pipe-too-large": "it gave more than 1 GB, which no workbook is, so reading stopped",
  "file.reason.broken-link": "the link points to a file that does not exist",
  "file.needs-xlsx": "Name the output file with .xlsx at the end: {path} (Excel tells a workbook's format by its name's extension)",
  "file.needs-xlsm":
    "The workbook holds macros, so name the output file with .xlsm at the end: {path} (Excel will not open it as .xlsx; macros are never removed)",
  // Other offices' forms: ratings, indicators, profiles (product.md §6).
  "cli.settings-unreadable":
    "Warning: the settings saved in the workbook (form profile, rounding, tab names) cannot be read; reading with the defaults ({detail}).",
  "cli.settings-partly":
    "Warning: part of the settings saved in the workbook is not valid; those fields are read with their defaults: {fields}",
  "cli.profile-unreadable": "Cannot read the profile file {file} (not JSON).",
  // The coordinating office (many workbooks, last year, 確認済み).
  ...coordinationEn,
};
