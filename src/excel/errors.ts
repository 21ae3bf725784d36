/**
 * Office.js failures as one typed error. Excel tells errors apart by `error.code` (OfficeExtension.Error);
 * the message is localised and changes between builds, so it is never looked at.
 */
import type { Params } from "../core/messages";
import { t, type ExcelKey } from "./messages";

/** The codes the gateway handles, plus the two it raises itself before writing (protection). */
export const GATEWAY_ERROR_CODES = [
  "InvalidOperationInCellEditMode",
  "AccessDenied",
  "ItemNotFound",
  "InvalidArgument",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
  "ApiNotFound",
  "ItemAlreadyExists",
  "InvalidOperation",
  "RangeExceedsLimit",
  "MergedRangeConflict",
  "InactiveWorkbook",
  "SheetHidden",
  "Unknown",
] as const;
export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

const MESSAGE_KEYS: Record<GatewayErrorCode, ExcelKey> = {
  InvalidOperationInCellEditMode: "excel.error.cellEditMode",
  AccessDenied: "excel.error.accessDenied",
  ItemNotFound: "excel.error.itemNotFound",
  InvalidArgument: "excel.error.invalidArgument",
  RequestPayloadSizeLimitExceeded: "excel.error.payloadTooLarge",
  GeneralException: "excel.error.general",
  ApiNotFound: "excel.error.apiNotSupported",
  ItemAlreadyExists: "excel.error.itemAlreadyExists",
  InvalidOperation: "excel.error.invalidOperation",
  RangeExceedsLimit: "excel.error.rangeTooLarge",
  MergedRangeConflict: "excel.error.mergedRangeConflict",
  InactiveWorkbook: "excel.error.inactiveWorkbook",
  SheetHidden: "excel.error.sheetHidden",
  Unknown: "excel.error.unknown",
};

/** Host codes that mean the same to the user as one of ours. */
const ALIASES: Record<string, GatewayErrorCode> = {
  // Excel on the web reports an oversized batch under either name.
  PayloadTooLarge: "RequestPayloadSizeLimitExceeded",
  ResponsePayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  InsertDeleteConflict: "InvalidArgument",
  InvalidReference: "InvalidArgument",
  InvalidBinding: "InvalidArgument",
  ApiNotAvailable: "ApiNotFound",
  ServiceNotAvailable: "GeneralException",
  ActivityLimitReached: "GeneralException",
  Conflict: "GeneralException",
  UnsupportedOperation: "InvalidOperation",
  UnsupportedSheet: "InvalidOperation",
  FilteredRangeConflict: "InvalidOperation",
  NonBlankCellOffSheet: "InvalidOperation",
  EmptyChartSeries: "InvalidArgument",
  InvalidSelection: "InvalidArgument",
  ResponsePayloadSizeLimit: "RequestPayloadSizeLimitExceeded",
  Unauthenticated: "AccessDenied",
  ItemAlreadyExists: "ItemAlreadyExists",
};

export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  /** Catalogue key of the text to show (src/core/messages/excel.ts). */
  readonly messageKey: ExcelKey;
  readonly params: Params;
  /** The host's own code when it was not one of ours (shown small, for support). */
  readonly hostCode?: string;

  constructor(code: GatewayErrorCode, options: { messageKey?: ExcelKey; params?: Params; hostCode?: string; cause?: unknown } = {}) {
    const messageKey = options.messageKey ?? MESSAGE_KEYS[code];
    const params = { code: options.hostCode ?? code, ...options.params };
    super(t(messageKey, "en", params));
    this.name = "GatewayError";
    this.code = code;
    this.messageKey = messageKey;
    this.params = params;
    if (options.hostCode !== undefined) this.hostCode = options.hostCode;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }

  /** The message in the user's language. */
  text(lang: "ja" | "en"): string {
    return t(this.messageKey, lang, this.params);
  }
}

function isGatewayCode(code: string): code is GatewayErrorCode {
  return (GATEWAY_ERROR_CODES as readonly string[]).includes(code);
}

/** The `code` of an OfficeExtension.Error (or anything shaped like one); undefined for other throwables. */
export function officeErrorCode(e: unknown): string | undefined {
  if (e && typeof e === "object" && "code" in e) {
    const code = (e as { code: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
  }
  return undefined;
}

export function toGatewayError(e: unknown): GatewayError {
  if (e instanceof GatewayError) return e;
  const hostCode = officeErrorCode(e);
  if (hostCode === undefined) return new GatewayError("Unknown", { hostCode: "Unknown", cause: e });
  if (isGatewayCode(hostCode)) return new GatewayError(hostCode, { cause: e });
  const alias = ALIASES[hostCode];
  if (alias) return new GatewayError(alias, { hostCode, cause: e });
  return new GatewayError("Unknown", { hostCode, cause: e });
}

/**
 * A batch too big for the host: over the web's 5 MB payload cap, or over the 5,000,000 cells one request may
 * touch on every platform (the desktop says RangeExceedsLimit). Either way the answer is a smaller batch.
 */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = officeErrorCode(e);
  return (
    code !== undefined &&
    (code === "RequestPayloadSizeLimitExceeded" || code === "RangeExceedsLimit" || ALIASES[code] === "RequestPayloadSizeLimitExceeded")
  );
}
