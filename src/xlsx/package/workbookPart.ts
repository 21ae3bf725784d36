/**
 * `xl/workbook.xml`: the sheet list (names, ids, visibility, order), defined names with their scope,
 * the date system, and the active tab. Patched in place when tabs are added or removed: `<sheets>`,
 * `<definedNames>` (a sheet-scoped name's `localSheetId` follows its sheet) and `activeTab` / `firstSheet`.
 */
import { conforming, isStrictWorkbook } from "./conformance";
import { attrLocal, child, children, escapeAttr, escapeText, parseXml, prefixOf, splice, type XmlElement } from "./xml";

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
  el: XmlElement;
}

export interface DefinedName {
  name: string;
  /** Index into the sheet list for a sheet-scoped name. */
  localSheetId: number | null;
  formula: string;
  el: XmlElement;
}

export interface WorkbookPart {
  text: string;
  root: XmlElement;
  sheets: WorkbookSheet[];
  sheetsEl: XmlElement;
  definedNames: DefinedName[];
  definedNamesEl: XmlElement | undefined;
  date1904: boolean;
  /** `<workbookProtection lockStructure="1">`: Excel lets no sheet be added, removed or renamed. */
  structureLocked: boolean;
}

function truthy(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

export function readWorkbookPart(text: string, part: string): WorkbookPart {
  const root = parseXml(text, part);
  const sheetsEl = child(root, "sheets");
  const structureLocked = truthy(child(root, "workbookProtection")?.attrs.lockStructure);
  if (!sheetsEl)
    return { text, root, sheets: [], sheetsEl: root, definedNames: [], definedNamesEl: undefined, date1904: false, structureLocked };
  const sheets: WorkbookSheet[] = children(sheetsEl, "sheet").map((el) => {
    const state = el.attrs.state;
    return {
      name: el.attrs.name ?? "",
      sheetId: Number(el.attrs.sheetId ?? 0),
      relId: attrLocal(el, "id") ?? "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      el,
    };
  });
  const definedNamesEl = child(root, "definedNames");
  const definedNames: DefinedName[] = definedNamesEl
    ? children(definedNamesEl, "definedName").map((el) => ({
        name: el.attrs.name ?? "",
        localSheetId: el.attrs.localSheetId === undefined ? null : Number(el.attrs.localSheetId),
        formula: el.text,
        el,
      }))
    : [];
  const pr = child(root, "workbookPr");
  return { text, root, sheets, sheetsEl, definedNames, definedNamesEl, date1904: truthy(pr?.attrs.date1904), structureLocked };
}

export interface WorkbookChange {
  /** Sheets to remove, by index in the current list. */
  remove: Set<number>;
  /** New sheets; one that `replaces` a removed sheet (by its index) takes its place, the others go last. */
  add: { name: string; sheetId: number; relId: string; replaces?: number; hidden?: boolean }[];
  /** Workbook-scoped names to drop (by name), and new ones to add. */
  dropNames: Set<string>;
  /** New names; `scopeRelId` makes one local to the new sheet with that relationship id. */
  addNames: { name: string; formula: string; hidden?: boolean; scopeRelId?: string }[];
}

/** The part rewritten for `change`, everything else (calcPr, bookViews' other settings, extLst) as it was. */
export function patchWorkbookPart(wb: WorkbookPart, change: WorkbookChange): string {
  const { text } = wb;
  const p = prefixOf(text, wb.sheetsEl);
  // Only a declaration on the root or on <sheets> is in scope for a new <sheet> (openpyxl declares it on each <sheet>).
  const rp = relPrefix(text.slice(wb.root.start, wb.root.openEnd) + text.slice(wb.sheetsEl.start, wb.sheetsEl.openEnd));
  // Final order: kept sheets in place, a replacing sheet where the one it replaces stood, the rest at the end.
  type Slot = { old: number } | { add: WorkbookChange["add"][number] };
  const order: Slot[] = [];
  wb.sheets.forEach((_, i) => {
    if (!change.remove.has(i)) order.push({ old: i });
    else for (const a of change.add) if (a.replaces === i) order.push({ add: a });
  });
  for (const a of change.add) if (a.replaces === undefined || !change.remove.has(a.replaces)) order.push({ add: a });
  const newIndex = new Map<number, number>();
  order.forEach((s, i) => {
    if ("old" in s) newIndex.set(s.old, i);
  });

  const sheetXml = order
    .map((s) => {
      if ("old" in s) {
        const el = wb.sheets[s.old].el;
        return text.slice(el.start, el.end);
      }
      // A workbook part that never declared the relationships namespace gets it on the new element.
      const ns = rp ? "" : ` xmlns:r="${conforming(REL_NS, isStrictWorkbook(wb.root))}"`;
      return `<${p}sheet name="${escapeAttr(s.add.name)}" sheetId="${s.add.sheetId}"${s.add.hidden ? ' state="hidden"' : ""}${ns} ${rp ?? "r"}:id="${escapeAttr(s.add.relId)}"/>`;
    })
    .join("");
  const edits: { start: number; end: number; text: string }[] = [];
  edits.push({ start: wb.sheetsEl.openEnd, end: wb.sheetsEl.closeStart, text: sheetXml });

  // Defined names: drop the removed sheets' local names and the named ones, renumber the rest, add new.
  const kept: string[] = [];
  for (const dn of wb.definedNames) {
    if (dn.localSheetId === null && change.dropNames.has(dn.name)) continue;
    const raw = text.slice(dn.el.start, dn.el.end);
    if (dn.localSheetId !== null) {
      const to = newIndex.get(dn.localSheetId);
      if (to === undefined) continue;
      kept.push(to === dn.localSheetId ? raw : raw.replace(/localSheetId\s*=\s*(["'])\d+\1/, `localSheetId="${to}"`));
    } else kept.push(raw);
  }
  const dp = wb.definedNamesEl ? prefixOf(text, wb.definedNamesEl) : p;
  for (const n of change.addNames) {
    const scope = n.scopeRelId === undefined ? -1 : order.findIndex((s) => "add" in s && s.add.relId === n.scopeRelId);
    const local = scope >= 0 ? ` localSheetId="${scope}"` : "";
    kept.push(
      `<${dp}definedName name="${escapeAttr(n.name)}"${local}${n.hidden ? ' hidden="1"' : ""}>${escapeText(n.formula)}</${dp}definedName>`,
    );
  }
  if (wb.definedNamesEl) {
    if (kept.length === 0) edits.push({ start: wb.definedNamesEl.start, end: wb.definedNamesEl.end, text: "" });
    else if (wb.definedNamesEl.closeStart === wb.definedNamesEl.end)
      edits.push({
        start: wb.definedNamesEl.start,
        end: wb.definedNamesEl.end,
        text: `<${dp}definedNames>${kept.join("")}</${dp}definedNames>`,
      });
    else edits.push({ start: wb.definedNamesEl.openEnd, end: wb.definedNamesEl.closeStart, text: kept.join("") });
  } else if (kept.length > 0) {
    // definedNames follows sheets (and functionGroups / externalReferences, which come right after sheets).
    let after = wb.sheetsEl;
    for (const name of ["functionGroups", "externalReferences"]) {
      const el = child(wb.root, name);
      if (el) after = el;
    }
    edits.push({ start: after.end, end: after.end, text: `<${p}definedNames>${kept.join("")}</${p}definedNames>` });
  }

  // Views: the active tab and the first visible tab still name a sheet that exists.
  const views = child(wb.root, "bookViews");
  for (const v of views ? children(views, "workbookView") : []) {
    const tag = text.slice(v.start, v.openEnd);
    let next = tag;
    for (const attr of ["activeTab", "firstSheet"]) {
      const cur = v.attrs[attr];
      if (cur === undefined) continue;
      const to = newIndex.get(Number(cur)) ?? 0;
      next = next.replace(new RegExp(`${attr}\\s*=\\s*(["'])\\d+\\1`), `${attr}="${to}"`);
    }
    if (next !== tag) edits.push({ start: v.start, end: v.openEnd, text: next });
  }
  return splice(text, edits);
}

/** The prefix bound to the relationships namespace in the workbook part (`r` almost always). */
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function relPrefix(text: string): string | null {
  const m =
    /xmlns:([\w.-]+)\s*=\s*["']http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|purl\.oclc\.org\/ooxml\/officeDocument\/relationships)["']/.exec(
      text,
    );
  return m?.[1] ?? null;
}
