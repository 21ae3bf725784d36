/**
 * Summary tabs written into a package. New sheets get new parts (worksheet, tables, drawing, chart),
 * registered in the workbook, its relationships, the content types and docProps/app.xml with unique
 * sheet, table and relationship ids; the styles they need are appended. A tab Shinchoku made earlier
 * (known by its marker) is replaced: its parts and every reference to them go (relationships, content
 * types, the calculation chain, sheet-scoped names, the active tab), and the new tab takes its place. A
 * tab a person made is never touched: a new tab with its name takes a free name. As in Excel (and the add-in),
 * nothing is written into a workbook whose structure is locked, nor over an earlier tab that was protected since.
 */
import type { WriteSheetsResult } from "../../core/model/gateway";
import { finalNameLookup, planSheetNames } from "../../core/model/sheetNames";
import { markerName, markerReference } from "../../core/workbook/markers";
import { quotedSheet } from "../../core/workbook/references";
import { freeTableName } from "../../core/workbook/tableNames";
import type { SheetSpec } from "../../core/model/sheetSpec";
import { headerFooterCodes } from "../../core/produce/headerFooter";
import { patchAppProps } from "./appProps";
import { chartXml, drawingXml } from "./chartParts";
import { conforming, isStrictWorkbook } from "./conformance";
import { contentTypeOf, CT, patchContentTypes } from "./contentTypes";
import { readRelationships, REL, relativeTarget, relKind, relsPathOf, patchRelationships, emptyRelationships } from "./relationships";
import { sheetXml, tableColumnNames, tableXml, dxfRequests, xfRequests, type TablePart } from "./sheetParts";
import { asUnreadable } from "./loadError";
import { appendStyles, emptyStyles } from "./styles";
import { patchWorkbookPart } from "./workbookPart";
import type { XlsxPackage } from "./xlsxPackage";

/** Why tabs were not written; the package is left as it was. */
export class SheetsWriteRefused extends Error {
  constructor(
    readonly kind: "workbook-protected" | "replace-protected",
    /** The protected tab, for `replace-protected`. */
    readonly sheet: string = "",
  ) {
    super(kind === "workbook-protected" ? "the workbook's structure is protected" : `the tab to replace is protected: ${sheet}`);
    this.name = "SheetsWriteRefused";
  }
}

/** Parts a removed sheet brings down with it: what its relationships point to, recursively, unless something kept points there too. */
function ownedParts(pkg: XlsxPackage, part: string, keepRefs: Set<string>, out: Set<string>): void {
  out.add(part.toLowerCase());
  const rels = relsPathOf(part);
  if (!pkg.has(rels)) return;
  out.add(rels.toLowerCase());
  for (const r of readRelationships(rels, pkg.text(rels), part).list) {
    if (r.external || !pkg.has(r.part)) continue;
    const key = r.part.toLowerCase();
    if (out.has(key) || keepRefs.has(key)) continue;
    ownedParts(pkg, pkg.partName(r.part), keepRefs, out);
  }
}

/** Free part names by pattern, counting on from the last one given (a workbook may gain thousands of sheets in one call). */
function partNamer(pkg: XlsxPackage): (pattern: (n: number) => string, key: string) => string {
  const next = new Map<string, number>();
  return (pattern, key) => {
    for (let n = next.get(key) ?? 1; ; n++) {
      const name = pattern(n);
      if (!pkg.has(name)) {
        next.set(key, n + 1);
        return name;
      }
    }
  };
}

/** Writes the tabs into the package; a part it must read or rewrite that cannot be parsed is the package's damage. */
export function writeSheetsToPackage(pkg: XlsxPackage, specs: SheetSpec[]): WriteSheetsResult {
  return asUnreadable(() => writeSheets(pkg, specs));
}

function writeSheets(pkg: XlsxPackage, specs: SheetSpec[]): WriteSheetsResult {
  if (pkg.workbook.structureLocked) throw new SheetsWriteRefused("workbook-protected");
  const markers = pkg.markers();
  const roleOf = (name: string) => markers.find((m) => m.name === name)?.role ?? null;
  const plan = planSheetNames(
    pkg.sheets.map((s) => ({ name: s.name, role: roleOf(s.name) })),
    specs.map((s) => ({ name: s.name, role: s.role })),
  );

  // ---- what goes ----
  const removeIdx = new Set<number>();
  const places = new Map<string, number>();
  plan.replace.forEach((name) => {
    const i = pkg.sheets.findIndex((s) => s.name === name);
    if (i < 0) return;
    removeIdx.add(i);
    const role = roleOf(name);
    if (role !== null && !places.has(role)) places.set(role, i);
  });
  const removedSheets = pkg.sheets.filter((_, i) => removeIdx.has(i));
  const locked = removedSheets.find((s) => s.kind === "worksheet" && pkg.sheetFlags(s).protected);
  if (locked) throw new SheetsWriteRefused("replace-protected", locked.name);
  const removeParts = new Set<string>();
  if (removedSheets.length > 0) {
    // Every reference from the parts that stay, so shared parts (a theme, a printer setting) are kept.
    const keepRefs = new Set<string>();
    const removedSources = new Set(removedSheets.map((s) => s.part.toLowerCase()));
    for (const name of pkg.partNames()) {
      if (!name.toLowerCase().endsWith(".rels")) continue;
      const m = /^(.*?)_rels\/([^/]+)\.rels$/i.exec(name);
      if (!m) continue;
      const source = `${m[1]}${m[2]}`;
      if (removedSources.has(source.toLowerCase())) continue;
      for (const r of readRelationships(name, pkg.text(name), source).list) if (!r.external) keepRefs.add(r.part.toLowerCase());
    }
    for (const s of removedSheets) if (s.part) ownedParts(pkg, s.part, keepRefs, removeParts);
  }
  // The calculation chain names sheets by index: dropped when sheets go (Excel rebuilds it).
  const calcRel = removedSheets.length > 0 ? pkg.workbookRels.list.find((r) => relKind(r.type) === "calcChain") : undefined;
  if (calcRel && pkg.has(calcRel.part)) removeParts.add(calcRel.part.toLowerCase());

  // ---- what comes ----
  const nextFree = partNamer(pkg);
  const wbRelIds = new Set(pkg.workbookRels.list.map((r) => r.id));
  let relCounter = wbRelIds.size;
  const nextRelId = () => {
    let id: string;
    do id = `rId${++relCounter}`;
    while (wbRelIds.has(id));
    wbRelIds.add(id);
    return id;
  };
  let maxSheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId));
  // Table ids and names are unique across the workbook.
  const tableIds = new Set<number>();
  const tableNames = new Set<string>(pkg.workbook.definedNames.map((d) => d.name.toUpperCase()));
  for (const [part, o] of pkg.contentTypes.overrides) {
    if (o.type !== CT.table || removeParts.has(part) || !pkg.has(part)) continue;
    const head = pkg.text(part).slice(0, 2000);
    const id = /\sid\s*=\s*["'](\d+)["']/.exec(head);
    const name = /\sname\s*=\s*["']([^"']+)["']/.exec(head);
    if (id) tableIds.add(Number(id[1]));
    if (name) tableNames.add(name[1].toUpperCase());
  }
  let nextTableId = Math.max(0, ...tableIds) + 1;

  const styles = pkg.styles();
  const stylesPart = pkg.stylesPartName();
  const added = appendStyles(stylesPart ? styles : emptyStyles(), specs.flatMap(xfRequests), specs.flatMap(dxfRequests));

  const newCt: { part: string; type: string }[] = [];
  // A strict workbook gets its new parts (their relationship types too) in strict namespaces.
  const strict = isStrictWorkbook(pkg.workbook.root);
  const put = (part: string, xml: string) => pkg.setText(part, conforming(xml, strict));
  // A piece holds whole elements, so a namespace is never cut between two.
  const putPieces = (part: string, pieces: Iterable<string>) => pkg.setTextPieces(part, strict ? strictPieces(pieces) : pieces);
  // Most packages give .rels parts their type by a Default; one that lists every part by an Override gets one per new .rels.
  const putRels = (part: string, xml: string) => {
    put(part, xml);
    if (contentTypeOf(pkg.contentTypes, part) === undefined) newCt.push({ part, type: CT.relationships });
  };

  const addSheets: { name: string; sheetId: number; relId: string; replaces?: number; hidden?: boolean }[] = [];
  const addRels: { id: string; type: string; target: string }[] = [];
  const addNames: { name: string; formula: string; scopeRelId?: string }[] = [];
  const finalNames = plan.final;
  const linkTarget = finalNameLookup(specs, finalNames);

  specs.forEach((spec, k) => {
    const name = finalNames[k];
    const sheetPart = nextFree((n) => `xl/worksheets/sheet${n}.xml`, "sheet");
    const sheetRels: { id: string; type: string; target: string; external?: boolean }[] = [];
    const rid = () => `rId${sheetRels.length + 1}`;
    const tables: (TablePart & { relId: string })[] = [];
    for (const t of spec.tables) {
      const tname = freeTableName(t.name, tableNames);
      const part = nextFree((n) => `xl/tables/table${n}.xml`, "table");
      const relId = rid();
      const table: TablePart = { id: nextTableId++, name: tname, ref: t.ref, columns: tableColumnNames(t.columns), style: t.style };
      sheetRels.push({ id: relId, type: REL.table, target: relativeTarget(sheetPart, part) });
      put(part, tableXml(table, t.rows));
      newCt.push({ part, type: CT.table });
      tables.push({ ...table, relId });
    }
    let drawingRelId: string | null = null;
    if (spec.charts.length > 0) {
      const drawingPart = nextFree((n) => `xl/drawings/drawing${n}.xml`, "drawing");
      drawingRelId = rid();
      sheetRels.push({ id: drawingRelId, type: REL.drawing, target: relativeTarget(sheetPart, drawingPart) });
      const drawingRels: { id: string; type: string; target: string }[] = [];
      const charts = spec.charts.map((ch, i) => {
        const chartPart = nextFree((n) => `xl/charts/chart${n}.xml`, "chart");
        const relId = `rId${i + 1}`;
        drawingRels.push({ id: relId, type: REL.chart, target: relativeTarget(drawingPart, chartPart) });
        put(chartPart, chartXml(name, spec, ch));
        newCt.push({ part: chartPart, type: CT.chart });
        return { spec: ch, relId };
      });
      put(drawingPart, drawingXml(charts));
      putRels(relsPathOf(drawingPart), patchRelationships(emptyRelationships(relsPathOf(drawingPart)), [], drawingRels));
      newCt.push({ part: drawingPart, type: CT.drawing });
    }
    const urlRelIds = new Map<string, string>();
    for (const line of spec.rows)
      for (const c of line)
        if (c?.link && "url" in c.link && !urlRelIds.has(c.link.url)) {
          const id = rid();
          urlRelIds.set(c.link.url, id);
          sheetRels.push({ id, type: REL.hyperlink, target: c.link.url, external: true });
        }
    const header = headerFooterCodes(spec.print?.header);
    const footer = headerFooterCodes(spec.print?.footer);
    putPieces(
      sheetPart,
      sheetXml({ spec, name, xf: added.xf, dxf: added.dxf, tables, drawingRelId, urlRelIds, linkTarget, header, footer }),
    );
    if (sheetRels.length > 0) putRels(relsPathOf(sheetPart), patchRelationships(emptyRelationships(relsPathOf(sheetPart)), [], sheetRels));
    newCt.push({ part: sheetPart, type: CT.sheet });
    const relId = nextRelId();
    addRels.push({ id: relId, type: REL.worksheet, target: relativeTarget(pkg.workbookPartName, sheetPart) });
    const place = places.get(spec.role);
    if (place !== undefined) places.delete(spec.role);
    // The store of answered findings is written hidden (Shinchoku's data, not a tab to read).
    addSheets.push({ name, sheetId: ++maxSheetId, relId, replaces: place, hidden: spec.hidden });
    if (spec.role !== "measure") addNames.push({ name: markerName(spec.role), formula: markerReference(name) });
    // Print titles: the header rows repeat on every page.
    const titleRows = spec.print?.titleRows ?? 0;
    if (titleRows > 0) addNames.push({ name: "_xlnm.Print_Titles", formula: `${quotedSheet(name)}!$1:$${titleRows}`, scopeRelId: relId });
  });

  // Styles: appended (or a styles part created for a package that had none).
  if (stylesPart) pkg.setText(stylesPart, added.text);
  else {
    // A styles relationship whose part is missing (a writer's slip) gets its part where it points, not a second relationship.
    const dangling = pkg.stylesTarget();
    const part = dangling ?? "xl/styles.xml";
    put(part, added.text);
    if (!pkg.contentTypes.overrides.has(part.toLowerCase())) newCt.push({ part, type: CT.styles });
    if (dangling === null) addRels.push({ id: nextRelId(), type: REL.styles, target: relativeTarget(pkg.workbookPartName, part) });
  }

  // Workbook: sheets, names (markers of the written roles replaced, print titles scoped to their tab), views.
  pkg.setText(
    pkg.workbookPartName,
    patchWorkbookPart(pkg.workbook, {
      remove: removeIdx,
      add: addSheets,
      dropNames: new Set(addNames.filter((n) => !n.scopeRelId).map((n) => n.name)),
      addNames,
    }),
  );

  // Workbook relationships: the removed sheets' and the calculation chain's go, the new sheets' come.
  const dropRelIds = removedSheets.map((s) => s.relId);
  if (calcRel && removeParts.has(calcRel.part.toLowerCase())) dropRelIds.push(calcRel.id);
  // The workbook's own relationships part is patched, not rewritten: only the types added are made strict.
  const conformingRels = addRels.map((r) => ({ ...r, type: conforming(r.type, strict) }));
  pkg.setText(pkg.workbookRels.path, patchRelationships(pkg.workbookRels, dropRelIds, conformingRels));

  for (const part of removeParts) pkg.remove(part);
  pkg.setText("[Content_Types].xml", patchContentTypes(pkg.contentTypes, removeParts, newCt));

  if (pkg.has("docProps/app.xml")) {
    const before = pkg.sheets.map((s) => s.name);
    const after: string[] = [];
    pkg.sheets.forEach((s, i) => {
      if (!removeIdx.has(i)) after.push(s.name);
      else for (const a of addSheets) if (a.replaces === i) after.push(a.name);
    });
    for (const a of addSheets) if (a.replaces === undefined) after.push(a.name);
    // app.xml lists worksheets only: chart sheets are counted apart.
    const isWorksheet = (n: string) => pkg.findSheet(n)?.kind !== "chartsheet";
    const patched = patchAppProps(pkg.text("docProps/app.xml"), before.filter(isWorksheet), after.filter(isWorksheet));
    if (patched !== null) pkg.setText("docProps/app.xml", patched);
  }
  pkg.reload();
  return { written: finalNames, replaced: plan.replace };
}

/** Each piece in strict namespaces, as it comes (the pieces are made one at a time, never all held). */
function* strictPieces(pieces: Iterable<string>): Generator<string, void, undefined> {
  for (const piece of pieces) yield conforming(piece, true);
}
