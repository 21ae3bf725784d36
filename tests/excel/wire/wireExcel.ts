/**
 * Office.js's real client in front of the recording fake: the gateway's code runs against Microsoft's own
 * `Excel` namespace, which batches, serialises and checks every call as in Excel on the web; each request
 * it sends is measured (UTF-8 bytes of the JSON body), then carried out on the fake, one request = one fake
 * sync, and answered in Office.js's response format. So a test sees the request sizes Excel sees, the
 * client's own rules (an object used across syncs where Office.js forbids it fails with InvalidObjectPath),
 * and the fake's Excel semantics behind them.
 *
 *   const wire = createWireExcel(fake, { platform: "web" });
 *   const gw = new ExcelGateway(wire.run, { supports: wire.supports });
 *   … wire.requests: every request's bytes, and the error it got, if any
 */
import type { ExcelRun } from "../../../src/excel/excelGateway";
import { EXCEL_RUN_OPTIONS } from "../../../src/excel/excelGateway";
import { FakeContext, FakeOfficeError, type FakeExcel } from "../fakeExcel";
import { apiAvailable } from "./apiSets";
import { loadOfficeClient } from "./officeClient";

/** Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded). */
export const WIRE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface WireRecord {
  /** UTF-8 bytes of the request body Office.js sent. */
  requestBytes: number;
  /** UTF-8 bytes of the response body (0 when the request was refused before running). */
  responseBytes: number;
  actions: number;
  failed?: string;
}

export interface WireOptions {
  /** "web" refuses requests and responses over 5 MB; "desktop" has no payload cap. */
  platform?: "web" | "desktop";
}

export interface WireExcel {
  run: ExcelRun;
  supports: (set: string, version: string) => boolean;
  requests: WireRecord[];
  reset(): void;
  /** Largest request body so far, in UTF-8 bytes. */
  maxRequestBytes(): number;
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

interface RequestMessage {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** The fake is driven by names read off the wire: its members are looked up, and checked, at run time. */
type Obj = Record<string, unknown>;

interface Loadable {
  collect(paths: string[][]): { payload: unknown; commit(): void; cells: number };
}

const member = (obj: unknown, name: string): unknown => (obj as Obj | undefined)?.[name];

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
/** The Office.js class a fake object stands for: FakeRange → Range. */
const classOf = (obj: unknown): string => {
  // Nested format setters are recording proxies: no class of their own.
  const name: unknown = obj && typeof obj === "object" ? Object.getPrototypeOf(obj)?.constructor?.name : undefined;
  return typeof name === "string" && name.startsWith("Fake") ? name.slice(4) : "";
};
const isClientObject = (obj: unknown): obj is Loadable => !!obj && typeof (obj as Obj).collect === "function";

function invoke(obj: unknown, name: string, args: unknown[]): unknown {
  const fn = member(obj, name);
  if (typeof fn !== "function") throw new WireFailure(`the fake has no ${classOf(obj)}.${name}()`);
  return (fn as (...a: unknown[]) => unknown).apply(obj, args);
}
const isCollection = (obj: unknown): boolean => isClientObject(obj) && "items" in (obj as object);

export class WireFailure extends Error {}

export function createWireExcel(fake: FakeExcel, options: WireOptions = {}): WireExcel {
  const client = loadOfficeClient();
  const platform = options.platform ?? "web";
  // The wire enforces the caps on the real bytes; the fake's own estimates stand aside.
  fake.options.requestLimit = Infinity;
  fake.options.responseLimit = Infinity;
  const context = new FakeContext(fake);
  /** Objects Excel named for later requests: reference ids (kept references) and item ids. */
  const named = new Map<string, unknown>();
  const idOf = new WeakMap<object, string>();
  let nextId = 1;
  const requests: WireRecord[] = [];
  const level = fake.options.excelApi;

  const nameObject = (obj: object, prefix: string): string => {
    let id = idOf.get(obj);
    if (!id) {
      id = `${prefix}${nextId++}`;
      idOf.set(obj, id);
      named.set(id, obj);
    }
    return id;
  };

  /** ApiNotFound above the requirement set the fake runs at, where Excel would refuse the call. */
  const checkApi = (owner: unknown, member: string) => {
    const cls = classOf(owner);
    if (cls && !apiAvailable(cls, member, level))
      context.enqueue({ api: `${cls}.${member}` }, () => {
        throw new FakeOfficeError("ApiNotFound");
      });
  };

  const args = (info: ActionInfo["ArgumentInfo"], resolve: (id: number) => unknown): unknown[] => {
    // An argument left out (getRange()) travels as null; the fake wants it absent.
    const list: unknown[] = (info?.Arguments ?? []).map((a) => (a === null ? undefined : a));
    info?.ReferencedObjectPathIds?.forEach((ref, i) => {
      if (ref) list[i] = resolve(list[i] as number);
    });
    return list;
  };

  const handle = async (body: string): Promise<{ statusCode: number; body: string }> => {
    const record: WireRecord = { requestBytes: Buffer.byteLength(body, "utf8"), responseBytes: 0, actions: 0 };
    requests.push(record);
    const fail = (code: string) => {
      record.failed = code;
      return {
        statusCode: 200,
        body: JSON.stringify({ Error: { Code: code, Message: `Excel: ${code}`, HttpStatusCode: 400 }, Results: [] }),
      };
    };
    if (platform === "web" && record.requestBytes > WIRE_PAYLOAD_LIMIT) return fail("RequestPayloadSizeLimitExceeded");
    const message = JSON.parse(body) as RequestMessage;
    record.actions = message.Actions.length;
    const paths = new Map<number, unknown>();
    const resolve = (id: number): unknown => {
      if (paths.has(id)) return paths.get(id);
      const info = message.ObjectPaths[String(id)];
      if (!info) throw new WireFailure(`object path ${id} missing from the request`);
      let obj: unknown;
      const parent = info.ParentObjectPathId !== undefined ? resolve(info.ParentObjectPathId) : undefined;
      switch (info.ObjectPathType) {
        case 1: // the global object
          obj = context.workbook;
          break;
        case 4: // a navigation property
          checkApi(parent, camel(info.Name));
          obj = member(parent, camel(info.Name));
          break;
        case 3: {
          // a method returning an object
          checkApi(parent, camel(info.Name));
          obj = invoke(parent, camel(info.Name), args(info.ArgumentInfo, resolve));
          break;
        }
        case 5: {
          // an indexer: an id Excel gave out, or a key
          const key = info.ArgumentInfo?.Arguments?.[0];
          obj = typeof key === "string" && named.has(key) ? named.get(key) : invoke(parent, "getItem", [key]);
          break;
        }
        case 6: // a reference id from an earlier response
          if (!named.has(info.Name)) throw new WireFailure(`unknown reference id ${info.Name}`);
          obj = named.get(info.Name);
          break;
        default:
          throw new WireFailure(`object path type ${info.ObjectPathType} not handled`);
      }
      paths.set(id, obj);
      return obj;
    };

    const kept = new Set<number>();
    const answers: (() => { ActionId: number; Value: unknown })[] = [];
    const nulls = new Map<number, boolean>();
    const loaded = new Map<number, unknown>();
    try {
      for (const action of message.Actions) {
        if (action.ActionType === 3 && action.Name === "_KeepReference") {
          kept.add(action.ObjectPathId);
          continue;
        }
        // The client's own bookkeeping (_ValidateArraySize, _RemoveReference…): nothing for the workbook.
        if (action.ActionType === 3 && action.Name.startsWith("_")) {
          answers.push(() => ({ ActionId: action.Id, Value: null }));
          continue;
        }
        const obj = resolve(action.ObjectPathId);
        switch (action.ActionType) {
          case 1: {
            // Instantiate: tells the client whether the object is null, and how to name it later.
            if (isClientObject(obj) && !isCollection(obj))
              context.enqueue({ instantiate: action.ObjectPathId }, () => {
                const r = obj.collect([]);
                nulls.set(action.Id, (r.payload as Obj)._IsNull === true);
                return { ...r, payload: null };
              });
            answers.push(() => {
              if (nulls.get(action.Id)) return { ActionId: action.Id, Value: null };
              const value: Obj = {};
              if (obj && typeof obj === "object" && (classOf(obj) === "Worksheet" || kept.has(action.ObjectPathId))) {
                const id = nameObject(obj, kept.has(action.ObjectPathId) ? "ref" : "ws");
                value[kept.has(action.ObjectPathId) ? "_ReferenceId" : "Id"] = id;
              }
              return { ActionId: action.Id, Value: value };
            });
            break;
          }
          case 2: {
            const select = (action.QueryInfo?.Select ?? []).map((p) => (isCollection(obj) ? `items/${p}` : p));
            for (const p of select) checkApi(isCollection(obj) ? null : obj, p.split("/")[isCollection(obj) ? 1 : 0]);
            if (!isClientObject(obj)) throw new WireFailure(`the fake cannot load ${classOf(obj) || "this object"}`);
            context.enqueue({ query: action.ObjectPathId }, () => {
              const r = obj.collect(select.map((p) => p.split("/")));
              loaded.set(action.Id, r.payload);
              return r;
            });
            answers.push(() => ({ ActionId: action.Id, Value: toWire(loaded.get(action.Id), obj) }));
            break;
          }
          case 3: {
            checkApi(obj, camel(action.Name));
            invoke(obj, camel(action.Name), args(action.ArgumentInfo, resolve));
            answers.push(() => ({ ActionId: action.Id, Value: null }));
            break;
          }
          case 4:
            checkApi(obj, camel(action.Name));
            (obj as Obj)[camel(action.Name)] = args(action.ArgumentInfo, resolve)[0];
            break;
          default:
            throw new WireFailure(`action type ${action.ActionType} not handled`);
        }
      }
      await context.sync();
    } catch (e) {
      if (e instanceof WireFailure) throw e;
      if (e instanceof FakeOfficeError) return fail(e.code);
      throw e;
    }
    const response = JSON.stringify({ Results: answers.map((a) => a()) });
    record.responseBytes = Buffer.byteLength(response, "utf8");
    if (platform === "web" && record.responseBytes > WIRE_PAYLOAD_LIMIT) return fail("RequestPayloadSizeLimitExceeded");
    return { statusCode: 200, body: response };
  };

  /** The fake's load payload in Office.js's response shape: PascalCase names, collections as _Items with ids. */
  const toWire = (payload: unknown, obj: unknown): unknown => {
    if (payload === null || payload === undefined) return null;
    if (typeof payload !== "object" || Array.isArray(payload)) return payload;
    const p = payload as Obj;
    if (p._IsNull === true) return null;
    if (isCollection(obj) && Array.isArray(p.items)) {
      const items = (obj as Obj).items as unknown[];
      return {
        _Items: (p.items as unknown[]).map((it: unknown, i: number) => ({
          ...(toWire(it, items[i]) as Obj),
          Id: nameObject(items[i] as object, "item"),
        })),
      };
    }
    const out: Obj = {};
    for (const [k, v] of Object.entries(p)) {
      const child = obj && typeof obj === "object" && v && typeof v === "object" && !Array.isArray(v) ? (obj as Obj)[k] : undefined;
      out[pascal(k)] = child !== undefined ? toWire(v, child) : v;
    }
    return out;
  };

  const session = client.json({ ...EXCEL_RUN_OPTIONS, session: "https://wire.test/" });
  // The client is shared by the file; whichever wire runs a batch answers its requests.
  const run: ExcelRun = (batch) => {
    client.setHandler((request) => handle(request.body));
    // Excel.run's overloads take options first; the gateway's ExcelRun is the batch-only shape.
    const excelRun = client.Excel.run as unknown as <T>(options: unknown, b: typeof batch) => Promise<T>;
    return excelRun(session, batch);
  };
  return {
    run,
    supports: fake.supports,
    requests,
    reset: () => void (requests.length = 0),
    maxRequestBytes: () => Math.max(0, ...requests.map((r) => r.requestBytes)),
  };
}
