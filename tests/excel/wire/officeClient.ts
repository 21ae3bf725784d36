/**
 * Office.js's own Excel client (`excel-web-16.00.debug.js` from @microsoft/office-js) loaded into a jsdom
 * window, with its HTTP layer redirected to a function: every request the gateway's code makes is built,
 * batched and serialised by Microsoft's library exactly as in Excel on the web, and can be measured.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

export interface WireRequest {
  url: string;
  /** The request body as Office.js serialised it (the JSON sent over the wire). */
  body: string;
}

export interface WireResponse {
  statusCode: number;
  body: string;
}

export type WireHandler = (request: WireRequest) => WireResponse | Promise<WireResponse>;

export interface OfficeClient {
  /** The `Excel` namespace of the loaded library. */
  Excel: typeof Excel;
  /** Objects handed to the library must come from its own realm (it checks for plain JSON objects). */
  json<T>(value: T): T;
  setHandler(handler: WireHandler): void;
}

let cached: OfficeClient | undefined;

/** One client per test file: the 3 MB library is evaluated once. */
export function loadOfficeClient(): OfficeClient {
  if (cached) return cached;
  const source = readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
  const dom = new JSDOM("<!doctype html><html><body></body></html>", { runScripts: "outside-only", url: "https://localhost/" });
  const win = dom.window as unknown as {
    eval(src: string): unknown;
    Excel: typeof Excel;
    OfficeExtension: { HttpUtility: { setCustomSendRequestFunc(f: (r: { url: string; body: unknown }) => Promise<unknown>): void } };
    JSON: JSON;
  };
  win.eval(source);
  let handler: WireHandler = () => ({ statusCode: 500, body: "" });
  win.OfficeExtension.HttpUtility.setCustomSendRequestFunc((request: { url: string; body: unknown }) => {
    const body = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    return Promise.resolve()
      .then(() => handler({ url: request.url, body }))
      .then((r) => ({ statusCode: r.statusCode, headers: {}, body: r.body }));
  });
  cached = {
    Excel: win.Excel,
    json: <T>(value: T): T => win.JSON.parse(JSON.stringify(value)) as T,
    setHandler: (h) => (handler = h),
  };
  return cached;
}
