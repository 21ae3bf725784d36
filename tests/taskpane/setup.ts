/**
 * jsdom lacks a few browser APIs that Fluent UI and the pane use; these stand-ins are just enough for
 * them. Imported first by every component test (`import "./setup"`).
 */
const w = globalThis as unknown as Record<string, unknown>;

if (typeof w.ResizeObserver === "undefined") {
  w.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
}

if (typeof Element !== "undefined" && !Element.prototype.scrollIntoView) {
  // Recorded so tests can check the selected cell was brought into view.
  Element.prototype.scrollIntoView = function (this: Element) {
    (globalThis as unknown as { __scrolledTo?: Element }).__scrolledTo = this;
  };
}

if (typeof URL !== "undefined" && !URL.createObjectURL) {
  let n = 0;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    blobs.delete(url);
  };
  (globalThis as unknown as { __blobs: Map<string, Blob> }).__blobs = blobs;
}

export {};

// Every browser has these; jsdom does not. The preview's .xlsx package layer decodes parts with them.
if (typeof w.TextDecoder === "undefined" || typeof w.TextEncoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require("util") as typeof import("util");
  w.TextDecoder = util.TextDecoder;
  w.TextEncoder = util.TextEncoder;
}
