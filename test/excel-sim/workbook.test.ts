/** Worksheets, settings, custom XML parts, selection, application, freeze panes, protection, auto filter, dump/load. */
import { installExcelSimulation, SimulationLimitError } from "./index";
import type { ExcelSimulation } from "./index";
import type * as Fs from "fs";
import type * as Path from "path";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
beforeEach(() => {
  sim = installExcelSimulation({ sheets: ["Data"] });
});
afterEach(() => sim.uninstall());

test(`worksheets: add, getItem, getItemOrNullObject, getActiveWorksheet, visibility, delete (${DOCS.worksheets})`, async () => {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const added = sheets.add("Log");
    added.load("name, position");
    const active = sheets.getActiveWorksheet().load("name");
    await context.sync();
    expect([added.name, added.position, active.name]).toEqual(["Log", 1, "Data"]);
    added.visibility = Excel.SheetVisibility.hidden;
    sheets.load("items/name, items/visibility");
    await context.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ["Data", "Visible"],
      ["Log", "Hidden"],
    ]);
    added.delete();
    const gone = sheets.getItemOrNullObject("Log");
    await context.sync();
    expect(gone.isNullObject).toBe(true);
  });
});

test(`worksheet names: duplicates fail with ItemAlreadyExists, invalid names with InvalidArgument, a missing sheet with ItemNotFound (${DOCS.errors})`, async () => {
  const dup = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.add("data");
      await context.sync();
    }),
  );
  expect(dup.code).toBe("ItemAlreadyExists");
  const bad = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.add("a/b");
      await context.sync();
    }),
  );
  expect(bad.code).toBe("InvalidArgument");
  // "History" is reserved by Excel (https://wisechecker.com/excel-sheet-name-rules-maximum-length-forbidden-characters/).
  const reserved = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.add("History");
      await context.sync();
    }),
  );
  expect(reserved.code).toBe("InvalidArgument");
  const missing = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Missing").delete();
      await context.sync();
    }),
  );
  expect(missing.code).toBe("ItemNotFound");
});

test(`the only visible sheet cannot be deleted or hidden (${DOCS.worksheets})`, async () => {
  const err = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    }),
  );
  expect(err.code).toBe("InvalidOperation");
});

test(`settings: add, getItem, value round trip as JSON, delete (${DOCS.persist})`, async () => {
  await Excel.run(async (context) => {
    const settings = context.workbook.settings;
    settings.add("procsheet.columns", { id: "A", status: "B" });
    await context.sync();
    const s = settings.getItem("procsheet.columns").load("value");
    const missing = settings.getItemOrNullObject("nope");
    await context.sync();
    expect(s.value).toEqual({ id: "A", status: "B" });
    expect(missing.isNullObject).toBe(true);
    s.delete();
    await context.sync();
  });
  expect(sim.snapshot().settings).toEqual({});
});

test(`custom XML parts: add, getByNamespace, getXml, setXml, delete; malformed XML fails (${DOCS.workbooks})`, async () => {
  const ns = "urn:procsheet:definition";
  await Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts;
    const part = parts.add(`<def xmlns="${ns}"><v>1</v></def>`);
    part.load("id, namespaceUri");
    await context.sync();
    expect(part.namespaceUri).toBe(ns);
    const found = parts.getByNamespace(ns).getOnlyItem();
    const xml = found.getXml();
    await context.sync();
    expect(xml.value).toContain("<v>1</v>");
    found.setXml(`<def xmlns="${ns}"><v>2</v></def>`);
    const xml2 = parts.getItem(part.id).getXml();
    await context.sync();
    expect(xml2.value).toContain("<v>2</v>");
    parts.getItem(part.id).delete();
    const count = parts.getByNamespace(ns).getCount();
    await context.sync();
    expect(count.value).toBe(0);
    const err = await officeErrorOf(async () => {
      parts.add("<unclosed>");
      await context.sync();
    });
    expect(err.code).toBe("InvalidArgument");
  });
});

test(`getSelectedRange returns what the user selected; application calculation mode (${DOCS.workbooks})`, async () => {
  sim.user.select("Data", "B2:C3");
  await Excel.run(async (context) => {
    const sel = context.workbook.getSelectedRange().load("address");
    const app = context.workbook.application;
    app.load("calculationMode");
    app.suspendApiCalculationUntilNextSync();
    await context.sync();
    expect(sel.address).toBe("Data!B2:C3");
    expect(app.calculationMode).toBe("Automatic");
    app.calculationMode = Excel.CalculationMode.manual;
    await context.sync();
  });
  expect(sim.model.calculationMode).toBe("Manual");
});

test(`freeze panes, protection (edits to a protected sheet fail with AccessDenied) and the worksheet auto filter (${DOCS.worksheets})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:B4").values = [
      ["Status", "Days"],
      ["Open", 1],
      ["Done", 2],
      ["Open", 3],
    ];
    sheet.freezePanes.freezeRows(1);
    sheet.autoFilter.apply(sheet.getRange("A1:B4"), 0, { filterOn: Excel.FilterOn.values, values: ["Open"] });
    sheet.protection.protect();
    sheet.protection.load("protected");
    await context.sync();
    expect(sheet.protection.protected).toBe(true);
    sheet.getRange("A5").values = [["x"]];
    const err = await officeErrorOf(() => context.sync());
    expect(err.code).toBe("AccessDenied");
  });
  const snap = sim.snapshot().sheets["Data"];
  expect(snap?.frozen).toEqual({ rows: 1, columns: 0 });
  expect(snap?.autoFilter?.address).toBe("Data!A1:B4");
  expect(snap?.hiddenRows).toEqual([2]);
  expect(snap?.protected).toBe(true);
});

test(`dump and load a whole workbook, so tests and the workbench start from a prepared workbook (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:B3").values = [
      ["ID", "N"],
      ["a", 1],
      ["b", "=B2+1"],
    ];
    sheet.tables.add("A1:B3", true).name = "T";
    sheet.getRange("B2:B3").numberFormat = [["0.00"], ["0.00"]];
    sheet.getRange("B2:B3").conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    context.workbook.settings.add("k", [1, 2]);
    await context.sync();
  });
  const json = JSON.parse(JSON.stringify(sim.dump())) as ReturnType<ExcelSimulation["dump"]>;
  const before = sim.snapshot();
  sim.uninstall();
  sim = installExcelSimulation({ workbook: json });
  expect(sim.snapshot()).toEqual(before);
  await Excel.run(async (context) => {
    const body = context.workbook.tables.getItem("T").getDataBodyRange().load("values, text");
    await context.sync();
    expect(body.values).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(body.text).toEqual([
      ["a", "1.00"],
      ["b", "2.00"],
    ]);
  });
});

test(`the simulation source uses no Node APIs, so the same code runs in a browser page`, () => {
  // A static check in place of bundling: no require/process/Buffer/fs in the non-test sources.
  const fs = jest.requireActual<typeof Fs>("fs");
  const path = jest.requireActual<typeof Path>("path");
  const dir = __dirname;
  const offenders: string[] = [];
  const walk = (d: string): void => {
    for (const name of fs.readdirSync(d)) {
      const full = path.join(d, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      // coauthoring.ts is the Node-only entry (AsyncLocalStorage); nothing the browser loads imports it.
      else if (
        name.endsWith(".ts") &&
        !name.endsWith(".test.ts") &&
        name !== "test-helpers.ts" &&
        name !== "coauthoring.ts"
      ) {
        const src = fs.readFileSync(full, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
        if (/\brequire\s*\(|\bprocess\.|\bBuffer\b|from "(fs|path|node:[a-z]+)"|__dirname/.test(src))
          offenders.push(full);
      }
    }
  };
  walk(dir);
  expect(offenders).toEqual([]);
  const importers = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "coauthoring.ts")
    .filter((name) => /from "\.\/coauthoring"/.test(fs.readFileSync(path.join(dir, name), "utf8")));
  expect(importers).toEqual([]);
});

test(`with calculation off, formula values may be stale in Excel, so reading them fails loudly until calculate() (${DOCS.workbooks})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:B1").values = [[1, "=A1*10"]];
    context.workbook.application.calculationMode = Excel.CalculationMode.manual;
    await context.sync();
    sheet.getRange("A1").values = [[2]];
    sheet.getRange("B1").load("values");
    await expect(context.sync()).rejects.toBeInstanceOf(SimulationLimitError);
    context.workbook.application.calculate(Excel.CalculationType.full);
    const b = sheet.getRange("B1").load("values");
    await context.sync();
    expect(b.values).toEqual([[20]]);
    context.workbook.application.calculationMode = Excel.CalculationMode.automatic;
    context.workbook.application.suspendApiCalculationUntilNextSync();
    sheet.getRange("A1").values = [[3]];
    sheet.getRange("B1").load("values");
    await expect(context.sync()).rejects.toBeInstanceOf(SimulationLimitError);
    const c = sheet.getRange("B1").load("values");
    await context.sync(); // calculation resumed with the next sync
    expect(c.values).toEqual([[30]]);
  });
});
