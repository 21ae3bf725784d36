/**
 * Sizes of what travels between Office.js and Excel, as Excel counts them: UTF-8 bytes of the JSON. A
 * Japanese character is 3 bytes there but one unit in a JavaScript string, so `JSON.stringify(x).length`
 * undercounts a Japanese workbook about threefold. The per-action figures were measured on the requests
 * Office.js's own client builds (tests/excel/wire): each queued call carries its object path, an
 * instantiate action and, inside Excel.run, a kept reference.
 */

/** Excel on the web refuses a request or a response over 5 MB; every batch aims at 4 MB. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** Request bytes of one queued call with its object path, ids and bookkeeping (measured: 150–260). */
export const ACTION_REQUEST_BYTES = 280;

/** UTF-8 length of a string, without encoding it. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a value's JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/** The request being queued: how much room it has left, and a sync that empties it. */
export interface RequestBudget {
  room(): number;
  /** True when nothing is queued since the last sync (then even an oversized piece goes alone). */
  empty(): boolean;
  take(bytes: number): void;
  flush(): Promise<void>;
}

/** Counts the estimated bytes queued on a context and syncs it when asked. */
export function requestBudget(context: Excel.RequestContext, limit: number): RequestBudget {
  let used = 0;
  return {
    room: () => limit - used,
    empty: () => used === 0,
    take: (bytes) => void (used += bytes),
    flush: async () => {
      await context.sync();
      used = 0;
    },
  };
}

/** Makes room for `bytes`, syncing first when they would not fit beside what is queued. */
export async function reserve(budget: RequestBudget | undefined, bytes: number): Promise<void> {
  if (!budget) return;
  if (bytes > budget.room() && !budget.empty()) await budget.flush();
  budget.take(bytes);
}
