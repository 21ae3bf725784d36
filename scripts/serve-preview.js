#!/usr/bin/env node
/**
 * Serves the browser preview (dist/preview, made by `npm run build:preview`) over plain http on localhost,
 * with Node's own http module: `npm run preview`, port 3000 or PORT (PORT=0 picks a free one).
 * Also `require`d by browser tests: `startPreviewServer({ port: 0 })` resolves to `{ url, close }`.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "dist", "preview");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

/** The file a URL path names inside root, or null when it would leave root. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded === "/" || decoded === "") decoded = "/taskpane.html";
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function handler(root) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolveFile(root, req.url || "/");
    if (!file) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": st.size,
        "Cache-Control": "no-store",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

/** Starts the server; resolves once it listens. */
function startPreviewServer({ port = 3000, host = "127.0.0.1", root = ROOT } = {}) {
  return new Promise((resolve, reject) => {
    if (!fs.existsSync(path.join(root, "taskpane.html"))) {
      reject(new Error(`${path.relative(process.cwd(), root)}/taskpane.html is missing: run npm run build:preview first`));
      return;
    }
    const server = http.createServer(handler(root));
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        url: `http://localhost:${actual}/taskpane.html`,
        port: actual,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { startPreviewServer, resolveFile };

if (require.main === module) {
  const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT);
  startPreviewServer({ port }).then(
    ({ url }) => console.log(`Shinchoku preview: ${url}  (Ctrl+C to stop)`),
    (err) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
