/**
 * The gateway on the strict fake: at ExcelApi 1.7 (Office 2019), 1.14 and the newest set, every call goes
 * through Office.js's own client and is refused (ApiNotFound) above the set, as Excel does; web and desktop
 * limits; and a failure injected at every sync of every write, after which the workbook is never left with an
 * unmarked generated tab or an edit written without its undo.
 */
import { analyze, buildSummarySheets, proposeFill } from "../../src/core/engine";
import { toA1 } from "../../src/core/model/address";
import { cellText, type WorkbookGrid } from "../../src/core/model/grid";
import { ExcelGateway } from "../../src/excel/excelGateway";
import { applyEditsInExcel } from "../../src/excel/applyEdits";
import { GatewayError } from "../../src/excel/errors";
import { TEMPORARY_PREFIX } from "../../src/excel/writeSheets";
import { seedWorkbook } from "../core/seedWorkbook";
import { createFakeExcel, type FakeExcel } from "./fakeExcel";
import { seedSheets } from "./workbooks";
import { apiSetOf, NEWEST_SET } from "./wire/apiSets";
import { createWireExcel } from "./wire/wireExcel";

jest.setTimeout(120_000);

describe.each(["1.7", "1.14", NEWEST_SET])("ExcelApi %s through Office.js's client", (level) => {
  test("validate, fill, summary, marks, clear and select all work, degrading where the set lacks an API", async () => {
    const fake = createFakeExcel(seedWorkbook(), { excelApi: level });
    const wire = createWireExcel(fake, { platform: "web" });
    const gw = new ExcelGateway(wire.run, { supports: wire.supports });
    const grid = await gw.readWorkbook();
    expect(grid.sheets).toHaveLength(14);
    // Merged areas need 1.13: below it the sheets read unmerged, not at all refused.
    expect(grid.sheets.some((s) => s.merges.length > 0)).toBe(level !== "1.7");
    const edits = proposeFill(grid, { lang: "ja" });
    expect((await gw.applyEdits(edits)).applied).toHaveLength(edits.length);
    const report = analyze(grid, { source: "x.xlsx", lang: "ja" });
    const written = await gw.writeSheets(buildSummarySheets(report, { lang: "ja" }));
    expect(written.written).toHaveLength(5);
    // Page layout needs 1.9: Office 2019 prints with its defaults.
    expect(Object.keys(fake.sheet(written.written[0])!.pageLayout).length > 0).toBe(level !== "1.7");
    // 検証結果's header row repeats on every printed page (the tab's spec asks for one title row).
    const findingsSpec = buildSummarySheets(report, { lang: "ja" }).find((t) => t.role === "findings")!;
    expect(findingsSpec.print?.titleRows).toBeGreaterThan(0);
    const findingsTab = fake.sheet(findingsSpec.name)!;
    expect(findingsTab.pageLayout.setPrintTitleRows).toBe(level === "1.7" ? undefined : `$1:$${findingsSpec.print!.titleRows}`);
    await gw.markCells(report.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
    const marked = fake.state.sheets.flatMap((s) => s.cfs.filter((c) => c.type === "Custom"));
    expect(marked.length).toBeGreaterThan(0);
    // Before 1.9 (no multi-area ranges) one rule per cell; after, one per sheet and severity (chunked).
    if (level === "1.7") expect(marked.every((c) => !c.address.includes(","))).toBe(true);
    await gw.clearMarks();
    expect(fake.state.sheets.flatMap((s) => s.cfs.filter((c) => c.type === "Custom"))).toEqual([]);
    await gw.selectCell(grid.sheets[2].name, "B3");
    expect(fake.state.selection).toEqual({ sheet: grid.sheets[2].name, address: "B3" });
    expect(wire.requests.filter((r) => r.failed === "ApiNotFound")).toEqual([]);
  });
});

test("Office 2019 whose freezePanes fails (office-js #2196): the summary is written and marked, only unfrozen", async () => {
  const wb = seedWorkbook();
  const fake = createFakeExcel(wb, { excelApi: "1.7", freezeFails: true });
  const gw = new ExcelGateway(fake.run, { supports: fake.supports });
  const specs = buildSummarySheets(analyze(wb, { source: "x.xlsx", lang: "ja" }), { lang: "ja" });
  const result = await gw.writeSheets(specs);
  expect(result.written).toHaveLength(specs.length);
  expect(fake.toGrid().generatedSheets.map((g) => g.name)).toEqual(result.written);
  expect(fake.state.sheets.every((s) => s.freeze === null)).toBe(true);
  // The same host without the bug gets its frozen header.
  const good = createFakeExcel(wb, { excelApi: "1.7" });
  await new ExcelGateway(good.run, { supports: good.supports }).writeSheets(specs);
  expect(good.sheet(result.written[0])?.freeze).not.toBeNull();
});

describe("the requirement-set table", () => {
  test("is generated from @types/office-js and knows the APIs the gateway gates", () => {
    expect(apiSetOf("Range", "getMergedAreasOrNullObject")).toBe("1.13");
    expect(apiSetOf("Worksheet", "getRanges")).toBe("1.9");
    expect(apiSetOf("Worksheet", "pageLayout")).toBe("1.9");
    expect(apiSetOf("Range", "values")).toBe("1.1");
  });

  test("a call above the set is refused with ApiNotFound, as Excel refuses it", async () => {
    const fake = createFakeExcel(seedWorkbook(), { excelApi: "1.7" });
    const wire = createWireExcel(fake);
    // A gateway told (wrongly) that the host has 1.13 asks for merged areas and is refused; the read still
    // completes, unmerged, because a refused merge read is retried without.
    const gw = new ExcelGateway(wire.run, { supports: () => true });
    const grid = await gw.readWorkbook();
    expect(wire.requests.some((r) => r.failed === "ApiNotFound")).toBe(true);
    expect(grid.sheets.every((s) => s.merges.length === 0)).toBe(true);
  });
});

describe("desktop: no payload cap, but 5,000,000 cells per request (RangeExceedsLimit)", () => {
  test("a read past the cell limit is split, not refused", async () => {
    // The limit scaled down so the test stays small: the same code path as 5,000,000.
    const fake = createFakeExcel(seedSheets(200), { platform: "desktop", cellLimit: 20_000 });
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    const grid = await gw.readWorkbook();
    expect(grid.sheets.map((s) => s.values)).toEqual(fake.toGrid().sheets.map((s) => s.values));
    expect(fake.stats.perSync.some((s) => s.failed === "RangeExceedsLimit")).toBe(true);
  });
});

/** What must hold after any failure: each sheet is a person's (as it was) or a marked generated tab. */
function expectNoOrphans(fake: FakeExcel, before: WorkbookGrid) {
  const now = fake.toGrid();
  const marked = new Set(now.generatedSheets.map((g) => g.name));
  const persons = new Map(before.sheets.filter((s) => !before.generatedSheets.some((g) => g.name === s.name)).map((s) => [s.name, s]));
  for (const s of now.sheets) {
    expect(s.name.startsWith(TEMPORARY_PREFIX)).toBe(false);
    if (persons.has(s.name)) expect(s.values).toEqual(persons.get(s.name)!.values);
    else expect(marked.has(s.name)).toBe(true);
  }
  for (const name of persons.keys()) expect(now.sheets.some((s) => s.name === name)).toBe(true);
  // One marker per role, each on a sheet that exists.
  const roles = now.generatedSheets.map((g) => g.role);
  expect(new Set(roles).size).toBe(roles.length);
}

describe("a failure at every sync of every write", () => {
  const wb = seedWorkbook();
  const specs = buildSummarySheets(analyze(wb, { source: "x.xlsx", lang: "ja" }), { lang: "ja" });

  async function regenerating(): Promise<{ fake: FakeExcel; gw: ExcelGateway; before: WorkbookGrid }> {
    const fake = createFakeExcel(wb);
    const gw = new ExcelGateway(fake.run, { supports: fake.supports, writeBudget: 48 * 1024 });
    await gw.writeSheets(specs);
    fake.resetStats();
    return { fake, gw, before: fake.toGrid() };
  }

  test("summary (regenerated over an old one, in several requests): never an unmarked generated tab", async () => {
    const clean = await regenerating();
    await clean.gw.writeSheets(specs);
    const syncs = clean.fake.stats.syncs;
    expect(syncs).toBeGreaterThan(3);
    for (let k = 1; k <= syncs; k++)
      for (const after of [0, 0.5]) {
        const { fake, gw, before } = await regenerating();
        fake.failSyncAt(k, after);
        await expect(gw.writeSheets(specs)).rejects.toMatchObject({ code: "GeneralException" });
        expectNoOrphans(fake, before);
        // Before the swap the old summary is untouched, whole and marked.
        if (k < syncs) expect(fake.toGrid().generatedSheets).toEqual(before.generatedSheets);
      }
  });

  test("fill (in several requests): every written cell is in `applied` (its undo), every other cell as it was", async () => {
    const edits = proposeFill(wb, { lang: "ja" });
    const runWith = async (fake: FakeExcel) => fake.run((context) => applyEditsInExcel(context, edits, 2048));
    const clean = createFakeExcel(wb);
    await runWith(clean);
    const syncs = clean.stats.syncs;
    expect(syncs).toBeGreaterThan(2);
    for (let k = 1; k <= syncs; k++)
      for (const after of [0, 0.5]) {
        const fake = createFakeExcel(wb);
        fake.failSyncAt(k, after);
        const result = await runWith(fake).catch(() => null);
        const applied = new Set(result?.applied ?? []);
        for (const e of edits) {
          const now = fake.value(e.sheet, e.cell);
          if (applied.has(e)) expect(now).toEqual(e.after);
          else expect(now ?? null).toEqual(e.before ?? null);
        }
        if (result) expect(result.applied.length + result.skipped.length).toBe(edits.length);
      }
  });
});

describe("Excel's naming rules", () => {
  const one = (fake: FakeExcel, queue: (context: Excel.RequestContext) => void) =>
    fake.run(async (context) => {
      queue(context);
      await context.sync();
    });
  const codeOf = (p: Promise<unknown>) =>
    p.then(
      () => "ok",
      (e: { code?: string }) => e.code,
    );

  test("sheets: InvalidArgument for a name Excel cannot take, ItemAlreadyExists for a taken one (case and width folded)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet", values: [["x"]] }] });
    const add = (name: string) => codeOf(one(fake, (c) => c.workbook.worksheets.add(name)));
    for (const bad of ["a/b", "a\\b", "a?", "a*", "[a]", "a:b", "", "  ", "'a", "a'", "History", "history", "x".repeat(32)])
      expect([bad, await add(bad)]).toEqual([bad, "InvalidArgument"]);
    for (const taken of ["sheet", "ＳＨＥＥＴ", "ｓｈｅｅｔ"]) expect([taken, await add(taken)]).toEqual([taken, "ItemAlreadyExists"]);
    expect(await add("x".repeat(31))).toBe("ok");
    expect(await add("施策 ①-01 'a' (2)")).toBe("ok");
    const rename = (name: string) => codeOf(one(fake, (c) => (c.workbook.worksheets.getItem("Sheet").name = name)));
    expect(await rename("X".repeat(31))).toBe("ItemAlreadyExists");
    expect(await rename("SHEET")).toBe("ok");
  });

  test("tables and defined names: one namespace; a letter, _ or \\ first, no spaces, no cell reference, at most 255", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [["h"], [1]] }] });
    await one(fake, (c) => c.workbook.names.add("Mine", c.workbook.worksheets.getItem("S").getRange("A1")));
    const table = (name: string) =>
      codeOf(
        one(fake, (c) => {
          c.workbook.worksheets.getItem("S").tables.add("A1:A2", true).name = name;
        }),
      );
    for (const bad of ["A1", "xfd1048576", "R1C1", "r", "C", "RC", "my table", "1abc", ".x", "x".repeat(256), "MINE"])
      expect([bad, await table(bad)]).toEqual([bad, "InvalidArgument"]);
    expect(await table("_進捗.一覧\\1")).toBe("ok");
    const name = (n: string) => codeOf(one(fake, (c) => c.workbook.names.add(n, c.workbook.worksheets.getItem("S").getRange("A1"))));
    expect(await name("B2")).toBe("InvalidArgument");
    expect(await name("mine")).toBe("ItemAlreadyExists");
    expect(await name("_進捗.一覧\\1")).toBe("ItemAlreadyExists");
    expect(await name("XFE1")).toBe("ok");
  });

  test("the gateway's tabs and tables keep to them: a person's full-width tab name, tables and names already taken", async () => {
    const seed = seedWorkbook();
    const mine = { name: "ＯＶＥＲＶＩＥＷ", values: [["私の"]] };
    const fake = createFakeExcel({ sheets: [...seed.sheets, mine] });
    await one(fake, (c) => {
      const ws = c.workbook.worksheets.getItem(mine.name);
      c.workbook.names.add("ShinchokuOverview", ws.getRange("A1"));
      ws.tables.add("A1:A2", true).name = "ShinchokuDelayed";
    });
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    const specs = buildSummarySheets(analyze(seed, { source: "x.xlsx", lang: "en" }), { lang: "en" });
    const result = await gw.writeSheets(specs);
    expect(result.written[0]).toBe("Overview (2)");
    expect(fake.value(mine.name, "A1")).toBe("私の");
    expect(fake.toGrid().generatedSheets.map((g) => g.name)).toEqual(result.written);
    const tables = fake.state.tables.map((t) => t.name.toUpperCase());
    expect(new Set(tables).size).toBe(tables.length);
    // Regenerated over itself, every name is still free.
    await expect(gw.writeSheets(specs)).resolves.toMatchObject({ written: result.written });
  });
});

describe("what Excel returns, as it returns it", () => {
  test("merged areas: sheet-qualified, absolute, comma-separated, names quoted as Excel quotes them; read back whole", async () => {
    const names = ["施策 ①-01", "It's", "x''y", "a,b!c", "進捗一覧", "Sheet1", "R1C1", "1年度"];
    const fake = createFakeExcel({
      sheets: names.map((name) => ({ name, values: [["a", "b", "c"], ["d"]], merges: ["A1:B1", "C1:C2", "A3:D4"] })),
    });
    const address = await fake.run(async (context) => {
      const m = context.workbook.worksheets.getItem("施策 ①-01").getRange().getMergedAreasOrNullObject();
      m.load("address");
      await context.sync();
      return m.address;
    });
    expect(address).toBe("'施策 ①-01'!$A$1:$B$1,'施策 ①-01'!$C$1:$C$2,'施策 ①-01'!$A$3:$D$4");
    const wire = createWireExcel(fake);
    const grid = await new ExcelGateway(wire.run, { supports: wire.supports }).readWorkbook();
    for (const s of grid.sheets) expect([s.name, s.merges]).toEqual([s.name, ["A1:B1", "C1:C2", "A3:D4"]]);
  });

  test("a hyperlink replaces the cell's value: 検証結果's link cells still show the finding's text", async () => {
    const wb = seedWorkbook();
    const fake = createFakeExcel(wb);
    const specs = buildSummarySheets(analyze(wb, { source: "x.xlsx", lang: "ja" }), { lang: "ja" });
    const result = await new ExcelGateway(fake.run, { supports: fake.supports }).writeSheets(specs);
    const findings = specs.findIndex((s) => s.role === "findings");
    const sheet = fake.sheet(result.written[findings])!;
    let links = 0;
    specs[findings].rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell?.link) return;
        links++;
        const link = sheet.hyperlinks.get(toA1(r, c)) as { textToDisplay?: string };
        expect(link.textToDisplay).toBe(cellText(cell.value));
        expect(sheet.get(r, c)?.value).toBe(cellText(cell.value));
      }),
    );
    expect(links).toBeGreaterThan(0);
  });
});

describe("a failure at every sync of a read, a mark and a clear", () => {
  const wb = seedWorkbook();

  /** Every sync of `op` on a fresh fake, failed in turn (before and half-way through its actions). */
  async function everySync(
    make: () => FakeExcel,
    op: (fake: FakeExcel) => Promise<unknown>,
    check: (fake: FakeExcel, outcome: unknown) => Promise<void>,
  ) {
    const clean = make();
    await op(clean);
    const syncs = clean.stats.syncs;
    expect(syncs).toBeGreaterThan(0);
    for (let k = 1; k <= syncs; k++)
      for (const after of [0, 0.5]) {
        const fake = make();
        fake.resetStats();
        fake.failSyncAt(k, after);
        const outcome = await op(fake).catch((e: unknown) => e);
        await check(fake, outcome);
      }
  }

  const expectMapped = (outcome: unknown) => {
    expect(outcome).toBeInstanceOf(GatewayError);
    expect(outcome).toMatchObject({ code: "GeneralException", messageKey: "excel.error.general" });
  };

  test.each([
    ["cold", {}, undefined],
    ["known sheets", { prepare: true }, undefined],
    ["split (past the payload cap)", {}, 256 * 1024],
    ["known large", { again: true }, 256 * 1024],
  ])("read, %s: the whole grid or a mapped error, never part of one; the next read is whole", async (_label, how, limit) => {
    const expected = createFakeExcel(wb).toGrid();
    const gateways = new Map<FakeExcel, ExcelGateway>();
    const make = () => {
      const fake = createFakeExcel(wb, limit ? { responseLimit: limit } : {});
      gateways.set(fake, new ExcelGateway(fake.run, { supports: fake.supports, readBudget: limit ? limit / 2 : undefined }));
      return fake;
    };
    // "known": the gateway has read once already, with no failure, before the failing read.
    const prime = async (fake: FakeExcel) => {
      const gw = gateways.get(fake)!;
      if ("prepare" in how) await gw.prepare();
      if ("again" in how) await gw.readWorkbook();
      fake.resetStats();
    };
    const clean = make();
    await prime(clean);
    await gateways.get(clean)!.readWorkbook();
    const syncs = clean.stats.syncs;
    for (let k = 1; k <= syncs; k++)
      for (const after of [0, 0.5]) {
        const fake = make();
        await prime(fake);
        fake.failSyncAt(k, after);
        const outcome = await gateways
          .get(fake)!
          .readWorkbook()
          .catch((e: unknown) => e);
        if (outcome instanceof Error) expectMapped(outcome);
        else expect(outcome).toEqual(expected);
        await expect(gateways.get(fake)!.readWorkbook()).resolves.toEqual(expected);
      }
  });

  /** The user's own rule, which no mark or clear may touch. */
  const mine = { id: 9001, address: "B2:B20", type: "Custom" as const, props: { "custom.rule.formula": "=B2>0" } };
  const marks = analyze(wb, { source: "x.xlsx", lang: "ja" }).findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }));

  test.each(["1.7", NEWEST_SET])("marks at ExcelApi %s: after any failure, clearMarks removes every rule a mark left", async (level) => {
    const make = () => {
      const fake = createFakeExcel(wb, { excelApi: level });
      fake.state.sheets[0].cfs.push({ ...mine });
      return fake;
    };
    const gwOf = (fake: FakeExcel) => new ExcelGateway(fake.run, { supports: fake.supports });
    await everySync(
      make,
      (fake) => gwOf(fake).markCells(marks),
      async (fake, outcome) => {
        if (outcome instanceof Error) expectMapped(outcome);
        await gwOf(fake).clearMarks();
        expect(fake.state.sheets.flatMap((s) => s.cfs)).toEqual([mine]);
      },
    );
    // The same over marks already there (a re-mark deletes the old ones in the same request).
    await everySync(
      () => {
        const fake = make();
        void gwOf(fake);
        return fake;
      },
      async (fake) => {
        await gwOf(fake).markCells(marks.slice(0, 3));
        await gwOf(fake).markCells(marks);
      },
      async (fake) => {
        await gwOf(fake).clearMarks();
        expect(fake.state.sheets.flatMap((s) => s.cfs)).toEqual([mine]);
      },
    );
  });
});

describe("office-js #2875: a marker refused while a copied tab holds a copy of it", () => {
  const wb = seedWorkbook();
  const specs = buildSummarySheets(analyze(wb, { source: "x.xlsx", lang: "ja" }), { lang: "ja" });

  test.each(["active", "any"] as const)("conflict with the %s tab's copies: every new tab ends up marked, the copy kept", async (mode) => {
    const fake = createFakeExcel(wb, { scopedNameConflict: mode });
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    await gw.writeSheets(specs);
    const copy = fake.copySheet("進捗一覧");
    expect(copy.scopedNames).toEqual(["Shinchoku_overview"]);
    const copied = [...copy.cells.entries()];
    const result = await gw.writeSheets(specs);
    expect(result.written).toEqual(specs.map((s) => s.name));
    expect(fake.toGrid().generatedSheets).toEqual(specs.map((s) => ({ name: s.name, role: s.role })));
    // The person's copy is theirs now: its cells as they were, no marker of ours left on it.
    expect(fake.sheet(copy.name)).toBe(copy);
    expect([...copy.cells.entries()]).toEqual(copied);
    if (mode === "any") expect(copy.scopedNames).toEqual([]);
  });
});

describe("office-js #1860: Excel on Windows drops a fit-to-pages print setting without an error", () => {
  const summary = () => {
    const report = analyze(seedWorkbook(), { source: "x.xlsx", lang: "ja" });
    return buildSummarySheets(report, { lang: "ja" });
  };

  test("on such a host the tabs print at a computed scale, so they still fit one page wide", async () => {
    const fake = createFakeExcel(seedWorkbook(), { dropsPrintFit: true });
    const specs = summary();
    await new ExcelGateway(fake.run, { supports: fake.supports, fitByScale: true }).writeSheets(specs);
    for (const spec of specs) {
      const zoom = fake.sheet(spec.name)!.pageLayout.zoom as { scale?: number } | undefined;
      expect([spec.name, typeof zoom?.scale]).toEqual([spec.name, "number"]);
      expect(zoom!.scale).toBeGreaterThanOrEqual(10);
      expect(zoom!.scale).toBeLessThanOrEqual(100);
    }
  });

  test("where the host keeps it, fit to one page wide is set as such; asked for on a dropping host, it is lost (the reason for the scale)", async () => {
    const kept = createFakeExcel(seedWorkbook());
    await new ExcelGateway(kept.run, { supports: kept.supports, fitByScale: false }).writeSheets(summary());
    expect(kept.sheet(summary()[0].name)!.pageLayout.zoom).toMatchObject({ horizontalFitToPages: 1 });
    const dropped = createFakeExcel(seedWorkbook(), { dropsPrintFit: true });
    await new ExcelGateway(dropped.run, { supports: dropped.supports, fitByScale: false }).writeSheets(summary());
    expect(dropped.sheet(summary()[0].name)!.pageLayout.zoom).toBeUndefined();
  });
});
