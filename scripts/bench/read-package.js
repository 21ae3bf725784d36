// The package reader alone, as the command line reads (no sheet read kept): the built reader (dist/) from file to the engine's grid, no engine.
// node scripts/bench/read-package.js FILE
const { readFileSync } = require("node:fs");
const { XlsxPackage } = require("../../dist/xlsx/package");
const { zlibCodec } = require("../../dist/node/zlibCodec");

const grid = XlsxPackage.open(readFileSync(process.argv[2]), zlibCodec, { keepSheetReads: false }).grid();
if (grid.sheets.length === 0) process.exitCode = 1;
