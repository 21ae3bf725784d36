/**
 * Builds the add-in, after the `yo office` React/TypeScript task-pane template:
 *
 *   npm run build          production add-in → dist/addin/   (office.js from Microsoft's CDN, as AppSource requires)
 *   npm run build:preview  browser preview   → dist/preview/ (office.js copied from @microsoft/office-js: works offline,
 *                          and outside Office Office.onReady resolves with host null, so the pane runs on its in-memory workbook)
 *   npm run dev-server     https://localhost:3000 with office-addin-dev-certs (the only target that needs certificates)
 *
 * Both HTML pages load office.js from the template parameter `officeJs` (htmlWebpackPlugin.options.officeJs, or plain
 * `officeJs`), so one HTML file serves both targets; a check below fails the build if a page forgets it.
 * Set ADDIN_PUBLIC_URL (e.g. https://addin.example.jp/) to rewrite the manifest's localhost URLs in a production build.
 */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where the preview keeps its copy of office.js, relative to the page. */
const OFFICE_JS_LOCAL = "office-js/office.js";
const OFFICE_JS_PACKAGE = path.dirname(require.resolve("@microsoft/office-js/package.json"));

/** The pages the add-in serves; the manifest test checks its URLs against these. */
const PAGES = [
  { filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] },
  { filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] },
];

/** Fails the build when an emitted page does not load office.js from the URL chosen for this target. */
class RequireOfficeJsPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RequireOfficeJsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RequireOfficeJsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const page of PAGES) {
            const asset = assets[page.filename];
            if (!asset) continue;
            const html = asset.source().toString();
            // The production minifier drops attribute quotes: accept src=URL with or without them.
            const escaped = this.url.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
            if (!new RegExp(`<script[^>]*\\ssrc=["']?${escaped}["'\\s>]`).test(html)) {
              compilation.errors.push(
                new webpack.WebpackError(
                  `${page.filename} does not load office.js from ${this.url}: use ` +
                    `<script src="<%= htmlWebpackPlugin.options.officeJs %>"></script> in ${page.template}`,
                ),
              );
            }
          }
        },
      );
    });
  }
}

async function devServerHttps() {
  // Only `webpack serve` gets here: a plain build never needs (or installs) certificates.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const preview = Boolean(env.preview);
  const serve = Boolean(env.WEBPACK_SERVE);
  const dev = argv.mode === "development";
  const officeJs = preview ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
  const publicUrl = process.env.ADDIN_PUBLIC_URL;

  const copies = [{ from: "assets/*.png", to: "assets/[name][ext]" }];
  if (preview) {
    // office.js loads more files from beside itself; copy only what a page outside Office asks for (checked in
    // headless Chromium: the mapping table; the locale strings for when a host is present).
    // Served as Microsoft ships them: `minimized` keeps the production minifier off these files.
    const asShipped = { minimized: true };
    copies.push(
      { from: path.join(OFFICE_JS_PACKAGE, "dist/office.js"), to: "office-js/office.js", info: asShipped },
      // office.js asks for its host-to-file table first; without it onReady never settles.
      {
        from: path.join(OFFICE_JS_PACKAGE, "dist/o15apptofilemappingtable.js"),
        to: "office-js/o15apptofilemappingtable.js",
        info: asShipped,
      },
      { from: path.join(OFFICE_JS_PACKAGE, "dist/en-us/office_strings.js"), to: "office-js/en-us/office_strings.js", info: asShipped },
      { from: path.join(OFFICE_JS_PACKAGE, "dist/ja-jp/office_strings.js"), to: "office-js/ja-jp/office_strings.js", info: asShipped },
      // The bundled sample, for "サンプルを開く" in the preview.
      { from: "samples/sodegaura-2016.xlsx", to: "sodegaura-2016.xlsx" },
    );
  } else {
    copies.push({
      from: "manifest.xml",
      to: "manifest.xml",
      transform(content) {
        if (dev || !publicUrl) return content;
        const base = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
        return content.toString().split(DEV_URL).join(base);
      },
    });
  }

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist", preview ? "preview" : "addin"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`'s job; the bundle only needs the JavaScript.
              transpileOnly: true,
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            ...page,
            officeJs,
            templateParameters: { officeJs, preview },
          }),
      ),
      new CopyWebpackPlugin({ patterns: copies }),
      new RequireOfficeJsPlugin(officeJs),
    ],
    optimization: {
      splitChunks: { chunks: "all" },
    },
    performance: {
      // React + Fluent UI v9 + zod make a large pane; warn only well above that.
      maxEntrypointSize: 2_500_000,
      maxAssetSize: 2_500_000,
    },
    devServer: serve
      ? {
          hot: true,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttps() },
          port: Number(process.env.PORT) || 3000,
        }
      : undefined,
  };
};

module.exports.PAGES = PAGES;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_LOCAL = OFFICE_JS_LOCAL;
module.exports.DEV_URL = DEV_URL;
