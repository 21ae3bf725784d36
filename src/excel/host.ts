/**
 * Where the task pane runs, decided in one place: inside Excel (office.js loaded and Office reports Excel)
 * or in a plain browser (the preview: office.js may be missing, or loaded but with no host).
 */

/* global Office */

export type HostKind = "excel" | "browser";

interface OfficeLike {
  onReady(callback?: (info: { host: unknown; platform: unknown }) => unknown): Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
}

/** How long to wait for Office.onReady before deciding there is no Office host. */
export const HOST_TIMEOUT_MS = 5000;

export function detectHost(
  office: OfficeLike | undefined = typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike),
  timeoutMs = HOST_TIMEOUT_MS,
): Promise<HostKind> {
  if (!office || typeof office.onReady !== "function") return Promise.resolve("browser");
  const excel = office.HostType?.Excel ?? "Excel";
  return new Promise<HostKind>((resolve) => {
    const timer = setTimeout(() => resolve("browser"), timeoutMs);
    office.onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve(info && info.host === excel ? "excel" : "browser");
      },
      () => {
        clearTimeout(timer);
        resolve("browser");
      },
    );
  });
}

/** Office's display language ("ja-JP"), or undefined outside Office. */
export function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/** The open workbook's address, for naming exports; none for a new, unsaved book or outside Office. */
export function officeDocumentUrl(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.document?.url || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the host drops a "fit to pages" print setting made from an add-in: Excel on Windows does while its
 * Page Layout tab is not shown, without an error (office-js #1860), so there the gateway prints at a scale.
 */
export function officeDropsPrintFit(): boolean {
  try {
    return typeof Office !== "undefined" && String(Office.context?.platform) === "PC";
  } catch {
    return false;
  }
}

/**
 * Whether the task pane can download a file. Excel on the Mac runs the pane in a WKWebView that ignores
 * download links (office-js issues 2700, 4681).
 */
export function officeCanDownload(): boolean {
  try {
    return typeof Office === "undefined" || String(Office.context?.platform) !== "Mac";
  } catch {
    return true;
  }
}
