/**
 * Core semantics: proxies, load/sync, errors, batches, limits, instruments, requirement sets, cell edit mode.
 */
import { installExcelSimulation } from "./index";
import type { ExcelSimulation } from "./index";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
afterEach(() => sim.uninstall());

describe("proxy objects and load/sync", () => {
  beforeEach(() => {
    sim = installExcelSimulation({ sheets: ["Data"] });
  });

  test(`reading a property that was not loaded throws PropertyNotLoaded (${DOCS.apiModel})`, async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // Loaded but not yet synced: still a proxy.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test(`load accepts a string, an array and an object, including navigation paths (${DOCS.loadOption})`, async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const r = sheet.getRange("B2:C3");
      r.format.fill.color = "#FF0000";
      const a = sheet.getRange("B2:C3").load("address, rowCount");
      const b = sheet.getRange("B2:C3").load(["columnCount", "format/fill/color"]);
      const c = sheet.getRange("B2:C3").load({ select: "rowIndex", expand: "format/fill" });
      const d = sheet.getRange("B2:C3").load({ columnIndex: true, format: { fill: { color: true } } });
      await context.sync();
      expect([a.address, a.rowCount]).toEqual(["Data!B2:C3", 2]);
      expect([b.columnCount, b.format.fill.color]).toEqual([2, "#FF0000"]);
      expect([c.rowIndex, c.format.fill.color]).toEqual([1, "#FF0000"]);
      expect(d.columnIndex).toBe(1);
      expect(d.toJSON()).toEqual({ columnIndex: 1, format: { fill: { color: "#FF0000" } } });
    });
  });

  test(`load of an unknown property fails at sync, not at load (${DOCS.apiModel})`, async () => {
    const err = await officeErrorOf(() =>
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Data").getRange("A1");
        r.load("valuez"); // queued without complaint
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test(`a property set is cached locally and applied at sync; a later load reads Excel's value (${DOCS.apiModel})`, async () => {
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      r.values = [[2, "=A1*3"]];
      expect(r.values).toEqual([[2, "=A1*3"]]); // Office.js keeps the assigned value
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([[2, 6]]);
    });
  });

  test(`*OrNullObject methods return a null object whose isNullObject is readable after sync (${DOCS.apiModel})`, async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Data");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      const t = context.workbook.tables.getItemOrNullObject("T");
      t.load("name");
      await context.sync();
      expect(t.isNullObject).toBe(true);
    });
  });

  test(`getItem of a missing sheet rejects sync with ItemNotFound, an OfficeExtension.Error with code, message and debugInfo (${DOCS.errors})`, async () => {
    const err = await officeErrorOf(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(err).toBeInstanceOf(OfficeExtension.Error);
    expect(err.code).toBe("ItemNotFound");
    expect(typeof err.message).toBe("string");
    expect(err.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  test(`Excel.run requires the batch to return a promise (RunMustReturnPromise) (${DOCS.errors})`, async () => {
    const run = Excel.run as unknown as (batch: (c: Excel.RequestContext) => unknown) => Promise<unknown>;
    const err = await officeErrorOf(() => run(() => 42));
    expect(err.code).toBe("RunMustReturnPromise");
  });

  test(`commands still queued when the batch resolves are sent by Excel.run (${DOCS.apiModel})`, async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["late"]];
    });
    expect(sim.snapshot().sheets["Data"]?.values).toEqual([["late"]]);
  });
});

describe("failing batches", () => {
  beforeEach(() => {
    sim = installExcelSimulation({ sheets: ["Data"] });
  });

  test(`a failing statement leaves earlier statements applied, later ones not run, and names the statement in debugInfo (${DOCS.debugInfo})`, async () => {
    const err = await officeErrorOf(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("A2:B2").values = [["wrong shape"]].concat([["x"]]); // 2x1 into 1x2
        sheet.getRange("A3").values = [["never"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo.statement).toMatch(/\.values = \.\.\.;$/);
    expect(err.debugInfo.errorLocation).toBe("Range.values");
    expect(err.debugInfo.surroundingStatements).toContain("// >>>>>");
    expect(sim.snapshot().sheets["Data"]?.values).toEqual([["first"]]);
  });

  test(`failAt(k, code) fails the k-th operation of the next batch only (${DOCS.errors})`, async () => {
    sim.failAt(1, "GeneralException");
    const err = await officeErrorOf(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2").values = [[2]];
        sheet.getRange("A3").values = [[3]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("GeneralException");
    expect(sim.snapshot().sheets["Data"]?.values).toEqual([[1]]);
    // The next batch runs normally (a retry succeeds).
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2:A3").values = [[2], [3]];
      await context.sync();
    });
    expect(sim.snapshot().sheets["Data"]?.values).toEqual([[1], [2], [3]]);
  });
});

describe("limits and instruments", () => {
  test(`a request over 5 MB fails with RequestPayloadSizeLimitExceeded on the web and applies nothing (${DOCS.limits})`, async () => {
    sim = installExcelSimulation({ sheets: ["Data"], platform: "web" });
    const big = Array.from({ length: 60000 }, (_v, i) => [`row ${i} ${"x".repeat(80)}`]);
    const err = await officeErrorOf(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:A60000").values = big;
        await context.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(sim.counters().maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(sim.snapshot().sheets["Data"]?.values).toEqual([]);
    sim.uninstall();
    sim = installExcelSimulation({ sheets: ["Data"], platform: "desktop" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A60000").values = big;
      await context.sync();
    });
    expect(sim.snapshot().sheets["Data"]?.values.length).toBe(60000);
  });

  test(`reading values of more than 5 million cells returns null instead of throwing (${DOCS.performance})`, async () => {
    sim = installExcelSimulation({ sheets: ["Data"] });
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A:F"); // 6,291,456 cells
      r.load("values, rowCount");
      await context.sync();
      expect(r.rowCount).toBe(1048576);
      expect(r.values).toBeNull();
    });
  });

  test(`counters: syncs, queued operations, cells written/read and request bytes (${DOCS.performance})`, async () => {
    sim = installExcelSimulation({ sheets: ["Data"] });
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A1:B3");
      r.values = [
        [1, 2],
        [3, 4],
        [5, 6],
      ];
      await context.sync();
      r.load("values");
      await context.sync();
    });
    const c = sim.counters();
    expect(c.syncs).toBe(2);
    expect(c.operations).toBe(2);
    expect(c.cellsWritten).toBe(6);
    expect(c.cellsRead).toBe(6);
    expect(c.requestBytes.length).toBe(2);
    expect(c.maxRequestBytes).toBe(Math.max(...c.requestBytes));
  });

  test(`a tracked range follows rows a co-author inserts between two syncs (${DOCS.tracked})`, async () => {
    sim = installExcelSimulation({ sheets: ["Data"] });
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A5");
      r.track();
      r.load("address");
      await context.sync();
      sim.betweenSyncs((co) => co.insertRows("Data", 2, 3));
      r.load("address");
      await context.sync();
      expect(r.address).toBe("Data!A8");
    });
  });
});

describe("cell edit mode", () => {
  beforeEach(() => {
    sim = installExcelSimulation({ sheets: ["Data"] });
  });

  test(`without delayForCellEdit a batch fails while the user edits a cell (${DOCS.runOptions})`, async () => {
    sim.setCellEditMode(true);
    const err = await officeErrorOf(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperationInCellEditMode");
  });

  test(`with delayForCellEdit the batch waits until edit mode ends (${DOCS.runOptions})`, async () => {
    sim.setCellEditMode(true);
    let done = false;
    const p = Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
      await context.sync();
      done = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(sim.host.waitingForEdit).toBe(1);
    sim.setCellEditMode(false);
    await p;
    expect(done).toBe(true);
    expect(sim.snapshot().sheets["Data"]?.values).toEqual([[1]]);
  });

  test(`below ExcelApi 1.11 delayForCellEdit is not known: the batch fails as without it (${DOCS.runOptions})`, async () => {
    sim.uninstall();
    sim = installExcelSimulation({ sheets: ["Data"], apiVersion: "1.7" });
    sim.setCellEditMode(true);
    const err = await officeErrorOf(() =>
      Excel.run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperationInCellEditMode");
  });
});

describe("requirement sets", () => {
  test(`isSetSupported answers for the configured ExcelApi version (${DOCS.specify})`, () => {
    sim = installExcelSimulation({ apiVersion: "1.9" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi")).toBe(true);
    expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
    expect(Office.context.requirements.isSetSupported("NoSuchSet", "1.1")).toBe(false);
  });

  test(`members above the configured version fail with ApiNotFound, as in that Excel (${DOCS.reqSets})`, async () => {
    sim = installExcelSimulation({ apiVersion: "1.7", sheets: ["Data"] });
    const autoFilter = await officeErrorOf(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Data")
          .autoFilter.apply("A1:B3", 0, { filterOn: "Values", values: ["x"] });
        await context.sync();
      }),
    );
    expect(autoFilter.code).toBe("ApiNotFound");
    const list = await officeErrorOf(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").dataValidation.rule = {
          list: { inCellDropDown: true, source: "a,b" },
        };
        await context.sync();
      }),
    );
    expect(list.code).toBe("ApiNotFound");
    const merge = await officeErrorOf(() =>
      Excel.run({ mergeUndoGroup: true }, async (context) => context.sync()),
    );
    expect(merge.code).toBe("ApiNotFound");
    // Present in 1.7: custom XML parts (1.5), conditional formats (1.6).
    await Excel.run(async (context) => {
      context.workbook.customXmlParts.add("<a xmlns='urn:x'/>");
      context.workbook.worksheets
        .getItem("Data")
        .getRange("A1:A3")
        .conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      await context.sync();
    });
  });

  test(`table.resize needs ExcelApi 1.13 (${DOCS.reqSets})`, async () => {
    sim = installExcelSimulation({ apiVersion: "1.12", sheets: ["Data"] });
    const err = await officeErrorOf(() =>
      Excel.run(async (context) => {
        const t = context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true);
        t.resize("A1:B5");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ApiNotFound");
    // The add before it was applied.
    expect(sim.snapshot().tables.length).toBe(1);
  });

  test(`Office.context.displayLanguage and Office.onReady (${DOCS.initialize})`, async () => {
    sim = installExcelSimulation({ displayLanguage: "zh-CN" });
    expect(Office.context.displayLanguage).toBe("zh-CN");
    const info = await Office.onReady();
    expect(info.host).toBe("Excel");
  });

  test(`Office.context.officeTheme gives the chosen theme's four colours, isDarkTheme and themeId (${DOCS.officeTheme})`, () => {
    sim = installExcelSimulation();
    const colorful = Office.context.officeTheme;
    expect(colorful.isDarkTheme).toBe(false);
    expect(colorful.themeId).toBe(Office.ThemeId.Colorful);
    sim.uninstall();
    sim = installExcelSimulation({ officeTheme: "black" });
    const black = Office.context.officeTheme;
    expect(black.isDarkTheme).toBe(true);
    expect(black.themeId).toBe(Office.ThemeId.Black);
    for (const colour of [
      black.bodyBackgroundColor,
      black.bodyForegroundColor,
      black.controlBackgroundColor,
      black.controlForegroundColor,
    ])
      expect(colour).toMatch(/^#[0-9A-F]{6}$/);
    // The pane cannot change Office's theme: what it reads is a copy.
    (black as { bodyBackgroundColor: string }).bodyBackgroundColor = "#FF0000";
    expect(Office.context.officeTheme.bodyBackgroundColor).not.toBe("#FF0000");
  });
});

test(`a response over 5 MB fails with ResponsePayloadSizeLimitExceeded on the web; smaller blocks succeed (${DOCS.limits})`, async () => {
  sim = installExcelSimulation({ sheets: ["Data"], platform: "desktop" });
  const rows = Array.from({ length: 60000 }, (_v, i) => [`row ${i} ${"y".repeat(90)}`]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A1:A60000").values = rows;
    await context.sync();
  });
  sim.host.config.payloadLimits = true; // now behave like Excel on the web
  const err = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A60000").load("values");
      await context.sync();
    }),
  );
  expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getRange("A1:A20000").load("values");
    await context.sync();
    expect(r.values.length).toBe(20000);
  });
});
