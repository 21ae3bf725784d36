#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm install` (the prepare script runs `npm run build:cli`).
const { runCli } = require("../dist/node/cli.js");
// A reader that stops early (`shinchoku check … | head`) closes the pipe: that ends the output, not in a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
