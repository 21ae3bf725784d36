// The command line's yardstick: a plain node process that only loads the workbook with ExcelJS.
// node scripts/bench/load-exceljs.js FILE
const ExcelJS = require("exceljs");

new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(
  (wb) => {
    if (wb.worksheets.length === 0) process.exitCode = 1;
  },
  (e) => {
    process.stderr.write(`${e && e.message}\n`);
    process.exitCode = 2;
  },
);
