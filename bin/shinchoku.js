#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm install` (the prepare script runs `npm run build:cli`).
const { runCli } = require("../dist/node/cli.js");
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
