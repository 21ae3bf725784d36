/**
 * Turns whatever a gateway or the engine threw into a catalogue key. Office.js errors are told apart by
 * `code` (never by their localised message), and a stack trace is never shown to the user.
 */
import { t, type PaneKey, type Params } from "./messages";

const CODE_KEYS: Record<string, PaneKey> = {
  AccessDenied: "taskpane.error.accessDenied",
  SheetProtected: "taskpane.error.accessDenied",
  protected: "taskpane.error.accessDenied",
  InvalidOperationInCellEditMode: "taskpane.error.cellEditMode",
  ItemNotFound: "taskpane.error.itemNotFound",
  InvalidArgument: "taskpane.error.invalidArgument",
  RequestPayloadSizeLimitExceeded: "taskpane.error.payloadTooLarge",
  PayloadTooLarge: "taskpane.error.payloadTooLarge",
  NoWorkbook: "taskpane.error.noWorkbook",
  UnreadableFile: "taskpane.error.unreadableFile",
  Timeout: "taskpane.error.timeout",
};

export interface DescribedError {
  /** Catalogue key of the text to show. */
  key: PaneKey;
  /** Placeholders for that text (a GatewayError carries them: the sheet, the code). */
  params?: Params;
  /** The host's error code, shown small for support; never a message or a stack. */
  code?: string;
}

const CODE_SHAPE = /^[\w.-]{1,64}$/;

function safeParams(v: unknown): Params | undefined {
  if (!v || typeof v !== "object") return undefined;
  const out: Params = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (typeof x === "number" || (typeof x === "string" && x.length <= 200)) out[k] = x;
  }
  return out;
}

export function describeError(e: unknown): DescribedError {
  const obj = e && typeof e === "object" ? (e as Record<string, unknown>) : {};
  // The host's own code (GatewayError.hostCode) tells support more than our grouping of it.
  const raw = typeof obj.hostCode === "string" ? obj.hostCode : obj.code;
  const code = typeof raw === "string" && CODE_SHAPE.test(raw) ? raw : undefined;
  // A gateway may name its own catalogue key (GatewayError.messageKey); take it only if it exists.
  for (const k of ["messageKey", "key"]) {
    const v = obj[k];
    if (typeof v === "string" && t.has(v)) return { key: v, params: safeParams(obj.params), code };
  }
  if (code && CODE_KEYS[code]) return { key: CODE_KEYS[code], code };
  return { key: "taskpane.error.unexpected", code };
}
