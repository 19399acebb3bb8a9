import type { ProcessDefinition } from "../../core/definition/types";
import type { ProcsheetError } from "../../core/result";
import {
  installExcelSimulation,
  type ExcelSimulation,
  type SimulationOptions,
} from "../../../test/excel-sim";
import type { AdoptPreview } from "../api-types";
import { syncProcess } from "../sync/run-sync";
import { NOW, readRecords, readTable, template } from "../../../test/excel-fixtures/sim-fixture";
import { adoptSheet, adoptSheetWithReport, inspectSheet, type AdoptPreviewDetails } from "./adopt-sheet";

const procurement = template("procurement");
const noSleep = { run: { sleep: async () => undefined } };
const SHEET = "Requests";

type Rows = (string | number | boolean)[][];

let sim: ExcelSimulation;

function start(rowsAt: string, rows: Rows, options: SimulationOptions = {}): Promise<void> {
  sim = installExcelSimulation({ sheets: [SHEET], ...options });
  return put(rowsAt, rows);
}

afterEach(() => sim?.uninstall());

async function put(address: string, rows: Rows, sheet = SHEET): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = rows;
    await context.sync();
  });
}

async function makeTable(address: string, name: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.tables.add(sheet.getRange(address), true).name = name;
    await context.sync();
  });
}

async function mergeCells(...addresses: string[]): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    for (const a of addresses) sheet.getRange(a).merge();
    await context.sync();
  });
}

type Cells = Record<string, unknown>;

function cellsOf(sheet = SHEET): Cells {
  const found = sim.dump().sheets.find((s) => s.name === sheet);
  return (found?.cells ?? {}) as Cells;
}

/** Every cell that held something before holds exactly the same (value, formula, apostrophe, format). */
function expectUserCellsKept(before: Cells, after: Cells): void {
  for (const [address, cell] of Object.entries(before))
    expect({ address, cell: after[address] }).toEqual({ address, cell });
}

async function preview(source: "selection" | "used" = "used", def: ProcessDefinition = procurement) {
  const r = await inspectSheet(source, def);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function keysOf(problems: readonly ProcsheetError[]): (string | undefined)[] {
  return problems.map((p) => p.key);
}

/** Everything the guessed mapping says, as the pane would confirm it unchanged. */
function choicesOf(p: AdoptPreview): Record<string, string> {
  return Object.fromEntries(p.headers.map((h, i) => [h, p.guesses[i] ?? ""]));
}

async function adopt(p: AdoptPreview, columns = choicesOf(p), lang: "en" | "zh-CN" = "en") {
  return adoptSheetWithReport(procurement, p, { lang, columns, now: NOW });
}

/** A problem is reported by the preview, refused by adopt, and leaves the workbook exactly as it was. */
async function expectRefused(p: AdoptPreviewDetails, key: string, cells?: string): Promise<void> {
  const problem = p.problems.find((x) => x.key === key);
  expect(problem).toMatchObject({ code: "SHEET_SHAPE", key });
  if (cells !== undefined) expect(problem?.params?.["cells"]).toBe(cells);
  const before = JSON.stringify(sim.dump());
  const r = await adopt(p);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.key).toBe(key);
  expect(JSON.stringify(sim.dump())).toBe(before);
}

const PLAIN: Rows = [
  ["Item", "Amount", "Requester", "Notes", "Status"],
  ["Laptop", 1200, "Ann", '=UPPER("urgent")', "In progress"],
  ["Desk", "=B4/4", "Bob", '\'=HYPERLINK("http://x","click")', "Done"],
  ["Chair", 80, "Cai", "'- not a formula", ""],
  ["Pen", 2, "Dee", "'@mention", ""],
];

async function plainSheet(options: SimulationOptions = {}): Promise<void> {
  await start("A3:E7", PLAIN, options);
  await put("A1", [["Purchase requests 2026"]]);
  await put("K20", [["far away"]]);
}

describe("adopting a plain range (not a table)", () => {
  it("finds the header in row 3, makes a table, maps, adds system columns, numbers rows; every user cell kept", async () => {
    await plainSheet();
    const p = await preview("used");
    expect(p).toMatchObject({
      sheetName: SHEET,
      address: "Requests!A3:E7",
      headers: ["Item", "Amount", "Requester", "Notes", "Status"],
      guesses: ["item", "amount", "requester", undefined, "status"],
      rowCount: 4,
      rowsWithoutId: 4,
      columnsToAdd: ["ID", "Step", "Owner", "Due", "Step started", "Created", "Closed"],
      problems: [],
      lang: "en",
    });
    expect(p.tableName).toBeUndefined();
    const before = cellsOf();
    const r = await adopt(p);
    if (!r.ok) throw new Error(r.error.message);
    const after = cellsOf();
    expectUserCellsKept(before, after);
    // Formula-looking text stays text, formulas stay formulas.
    expect(after["D5"]).toMatchObject({ value: '=HYPERLINK("http://x","click")', quotePrefix: true });
    expect(after["D4"]).toMatchObject({ formula: '=UPPER("urgent")' });
    expect(after["B5"]).toMatchObject({ formula: "=B4/4" });

    const snap = sim.snapshot();
    const table = snap.tables.find((t) => t.name === "PS_procurement");
    expect(table).toMatchObject({ sheet: SHEET, address: "Requests!A3:L7" });
    expect(table?.columns).toEqual([
      ...["Item", "Amount", "Requester", "Notes", "Status"],
      ...["ID", "Step", "Owner", "Due", "Step started", "Created", "Closed"],
    ]);
    const rows = await readRecords("PS_procurement");
    expect(rows.map((x) => x["ID"])).toEqual(["PR-0001", "PR-0002", "PR-0003", "PR-0004"]);
    expect(snap.sheets[SHEET]?.numberFormats["I4"]).toBe("yyyy-mm-dd");
    expect(snap.sheets[SHEET]?.numberFormats["L7"]).toBe("yyyy-mm-dd hh:mm");
    // Drop-downs on the status/step/owner columns only, never on the user's field columns.
    const validated = (snap.sheets[SHEET]?.validations ?? []).map((v) => v.address).sort();
    expect(validated).toEqual(["E4:E7", "G4:G7", "H4:H7"].map((a) => `${SHEET}!${a}`).sort());
    expect(snap.tables.find((t) => t.name === "PS_procurement_History")?.sheet).toBe("Procurement History");
    expect(r.value.binding).toMatchObject({
      id: "procurement",
      tableName: "PS_procurement",
      historyTableName: "PS_procurement_History",
      lang: "en",
      columnOverrides: {
        Item: "item",
        Amount: "amount",
        Requester: "requester",
        Notes: "",
        Status: "status",
      },
    });
    expect(snap.customXmlParts.map((x) => x.namespaceUri).sort()).toEqual([
      "urn:procsheet:state-procurement:1",
      "urn:procsheet:workbook:1",
    ]);
    // ExcelApi 1.17 lists merged areas (1.13), so nothing was left unchecked.
    expect(r.value.notes).toEqual([]);
  });

  it("a sync then runs on the adopted register without errors and keeps the user's cells", async () => {
    await plainSheet();
    const p = await preview("used");
    const adopted = await adoptSheet(procurement, p, { lang: "en", columns: choicesOf(p), now: NOW });
    if (!adopted.ok) throw new Error(adopted.error.message);
    const before = cellsOf();
    const r = await syncProcess({ binding: adopted.value, now: NOW, ...noSleep });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.errors).toEqual([]);
    expect(r.value.rows).toBe(4);
    const rows = await readRecords("PS_procurement");
    expect(rows.every((x) => x["Step"] !== "" && x["Owner"] !== "")).toBe(true);
    for (const a of ["A4", "B5", "C6", "D4", "D5", "D6", "D7"]) expect(cellsOf()[a]).toEqual(before[a]);
  });

  it("keeps the sheet's own number and date formats: a sync writes due dates in the column's format and never re-formats a cell a person formatted", async () => {
    await start("A1:D4", [
      ["Item", "Amount", "Requester", "Due"],
      ["Laptop", 1200, "Ann", ""],
      ["Desk", 300, "Bob", ""],
      ["Chair", 80, "Cai", ""],
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.getRange("B2:B4").numberFormat = [['#,##0 "€"'], ['#,##0 "€"'], ['#,##0 "€"']];
      sheet.getRange("D2:D4").numberFormat = [["dd/mm/yyyy"], ["General"], ["d mmm"]];
      await context.sync();
    });
    const p = await preview("used");
    expect(p.guesses[3]).toBe("due");
    const adopted = await adoptSheet(procurement, p, { lang: "en", columns: choicesOf(p), now: NOW });
    if (!adopted.ok) throw new Error(adopted.error.message);
    const formatOf = (a: string) => (cellsOf()[a] as { numberFormat?: string } | undefined)?.numberFormat;
    expect(["B2", "B3", "B4", "D2", "D4"].map(formatOf)).toEqual([
      '#,##0 "€"',
      '#,##0 "€"',
      '#,##0 "€"',
      "dd/mm/yyyy",
      "d mmm",
    ]);
    const r = await syncProcess({ binding: adopted.value, now: NOW, ...noSleep });
    if (!r.ok) throw new Error(r.error.message);
    const due = await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(SHEET)
        .getRange("D2:D4")
        .load(["values", "numberFormat"]);
      await context.sync();
      return { values: range.values.map((r) => r[0]), formats: range.numberFormat.map((r) => r[0]) };
    });
    // Every row got a due date (a serial), shown the sheet's way: the column's format where the cell had
    // none (General), the person's own "d mmm" kept.
    expect(due.values.every((v) => typeof v === "number" && v > 40000)).toBe(true);
    expect(due.formats).toEqual(["dd/mm/yyyy", "dd/mm/yyyy", "d mmm"]);
    expect(["B2", "B3", "B4"].map(formatOf)).toEqual(['#,##0 "€"', '#,##0 "€"', '#,##0 "€"']);
  });

  it("grows a single selected cell to its current region", async () => {
    await plainSheet();
    sim.user.select(SHEET, "C6");
    const p = await preview("selection");
    expect(p.address).toBe("Requests!A3:E7");
    sim.user.select(SHEET, "A3:E7");
    expect((await preview("selection")).address).toBe("Requests!A3:E7");
  });

  it("the person's column choices override the guesses and are stored; a clashing added header is renamed", async () => {
    await start("A1:E3", [
      ["Item", "Amount", "Status", "Responsible", "Notes"],
      ["Pen", 2, "their own words", "Ann", "x"],
      ["Ink", 3, "keep me", "", "y"],
    ]);
    const p = await preview("used");
    expect(p.guesses).toEqual(["item", "amount", "status", undefined, undefined]);
    const columns = { Item: "item", Amount: "amount", Status: "", Responsible: "owner", Notes: "" };
    const before = cellsOf();
    const r = await adopt(p, columns);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.binding.columnOverrides).toEqual({ ...columns, "Status 2": "status" });
    expect(sim.snapshot().tables[0]?.columns).toEqual([
      ...["Item", "Amount", "Status", "Responsible", "Notes"],
      ...["ID", "Step", "Status 2", "Due", "Step started", "Created", "Closed"],
    ]);
    const synced = await syncProcess({ binding: r.value.binding, now: NOW, ...noSleep });
    if (!synced.ok) throw new Error(synced.error.message);
    const rows = await readRecords("PS_procurement");
    expect(rows.map((x) => x["Status"])).toEqual(["their own words", "keep me"]);
    expect(rows.map((x) => x["Status 2"])).toEqual(["To do", "To do"]);
    expect(rows[0]?.["Responsible"]).toBe("Ann");
    for (const a of ["C2", "C3", "D2", "E2"]) expect(cellsOf()[a]).toEqual(before[a]);
  });

  it("numbers only the empty ID cells, after the highest existing ID", async () => {
    await start("A1:C5", [
      ["ID", "Item", "Amount"],
      ["PR-0007", "Pen", 2],
      ["", "Ink", 3],
      ["X-1", "Cup", 4],
      ["", "Mug", 5],
    ]);
    const p = await preview();
    expect(p.rowsWithoutId).toBe(2);
    const before = cellsOf();
    const r = await adopt(p);
    if (!r.ok) throw new Error(r.error.message);
    expectUserCellsKept(before, cellsOf());
    expect((await readRecords("PS_procurement")).map((x) => x["ID"])).toEqual([
      "PR-0007",
      "PR-0008",
      "X-1",
      "PR-0009",
    ]);
  });

  it("maps zh-CN headers and writes the added headers in Chinese", async () => {
    await start("A1:D3", [
      ["采购物品", "采购金额", "申请人", "状态"],
      ["笔记本电脑", 8000, "刘洋", "进行中"],
      ["打印纸", 200, "王芳", ""],
    ]);
    const p = await preview();
    expect(p.guesses).toEqual(["item", "amount", "requester", "status"]);
    expect(p.lang).toBe("zh-CN");
    expect(p.columnsToAdd).toEqual([
      "编号",
      "步骤",
      "负责人",
      "截止日期",
      "步骤开始",
      "创建时间",
      "完成时间",
    ]);
    const before = cellsOf();
    const r = await adopt(p, choicesOf(p), "zh-CN");
    if (!r.ok) throw new Error(r.error.message);
    expectUserCellsKept(before, cellsOf());
    expect(sim.snapshot().tables.find((t) => t.name === "PS_procurement_History")?.sheet).toBe(
      "采购流程 历史记录",
    );
    const synced = await syncProcess({ binding: r.value.binding, now: NOW, ...noSleep });
    if (!synced.ok) throw new Error(synced.error.message);
    expect(synced.value.errors).toEqual([]);
  });
});

describe("an empty register (a header row only)", () => {
  it("becomes a table with Excel's one empty body row; nothing is numbered", async () => {
    await start("A1:C1", [["Item", "Amount", "Requester"]]);
    const p = await preview();
    expect(p).toMatchObject({ address: "Requests!A1:C1", rowCount: 0, rowsWithoutId: 0, problems: [] });
    const before = cellsOf();
    const r = await adopt(p);
    if (!r.ok) throw new Error(r.error.message);
    expectUserCellsKept(before, cellsOf());
    expect(sim.snapshot().tables.find((t) => t.name === "PS_procurement")?.address).toBe("Requests!A1:K2");
    expect(cellsOf()["D2"]).toBeUndefined();
  });

  it("a cell in the empty body row of an added column is in the way", async () => {
    await start("A1:C1", [["Item", "Amount", "Requester"]]);
    await put("E2", [["note"]]);
    await expectRefused(await preview(), "adopt.cellsInTheWay", "E2");
  });
});

describe("adopting an existing table", () => {
  it("reuses the table under its own name (Table.resize) and stores that name", async () => {
    await start("B2:D4", [
      ["Item", "Amount", "Requester"],
      ["Pen", 2, "Ann"],
      ["Ink", 3, "Bob"],
    ]);
    await makeTable("B2:D4", "Orders");
    await put("Q3", [["beyond the new columns"]]);
    sim.user.select(SHEET, "C3");
    const p = await preview("selection");
    expect(p).toMatchObject({ tableName: "Orders", address: "Requests!B2:D4", rowCount: 2, problems: [] });
    const before = cellsOf();
    const r = await adopt(p);
    if (!r.ok) throw new Error(r.error.message);
    expectUserCellsKept(before, cellsOf());
    expect(r.value.binding.tableName).toBe("Orders");
    const snap = sim.snapshot();
    expect(snap.tables.map((t) => t.name).sort()).toEqual(["Orders", "PS_People", "PS_procurement_History"]);
    expect(snap.tables.find((t) => t.name === "Orders")?.address).toBe("Requests!B2:L4");
    const synced = await syncProcess({ binding: r.value.binding, now: NOW, ...noSleep });
    if (!synced.ok) throw new Error(synced.error.message);
    expect(synced.value.errors).toEqual([]);
  });

  it("finds the table under a title when looking at the used range", async () => {
    await start("A3:B5", [
      ["Item", "Amount"],
      ["Pen", 2],
      ["Ink", 3],
    ]);
    await put("A1", [["Orders 2026"]]);
    await makeTable("A3:B5", "Orders");
    expect(await preview("used")).toMatchObject({ tableName: "Orders", address: "Requests!A3:B5" });
  });
});

describe("size", () => {
  it("adopts 20,000 rows on the web within the 5 MB request limit, in few syncs", async () => {
    const n = 20_000;
    const rows: Rows = [
      ["Item", "Amount", "Requester", "Notes"],
      ...Array.from({ length: n }, (_v, i): (string | number)[] => [
        `Item ${i}`,
        i + 1,
        "Ann",
        `'=note ${i}`,
      ]),
    ];
    await start(`A1:D${n + 1}`, rows, { platform: "web" });
    sim.resetCounters();
    const p = await preview();
    expect(sim.counters().syncs).toBeLessThanOrEqual(4);
    sim.resetCounters();
    const r = await adopt(p);
    if (!r.ok) throw new Error(r.error.message);
    const c = sim.counters();
    // Workbook data 1, sheet 1, cells 3 blocks, writes 1, state 2, binding 3.
    expect(c.syncs).toBeLessThanOrEqual(11);
    expect(c.maxRequestBytes).toBeLessThan(5_000_000);
    // Only new cells are written: the IDs and the added and History headers.
    // The History table has 12 headers (the field-change columns included); People 8 headers and a row of
    // 8 cells per member of the roles.
    const members = (await readTable("PS_People")).length - 1;
    expect(c.cellsWritten).toBe(n + 8 + 12 + 8 + 8 * members);
  }, 60_000);
});

describe("ExcelApi 1.13 (the manifest's minimum) and the newest set", () => {
  it("1.13: grows an existing table in place with Table.resize, lists and all, no notes", async () => {
    await start(
      "A1:B3",
      [
        ["Item", "Amount"],
        ["Pen", 2],
        ["Ink", 3],
      ],
      { apiVersion: "1.13" },
    );
    await makeTable("A1:B3", "Orders");
    await put("Z2", [["note"]]);
    const p = await preview();
    const before = cellsOf();
    const r = await adopt(p);
    if (!r.ok) throw new Error(r.error.message);
    expectUserCellsKept(before, cellsOf());
    expect(r.value.notes).toEqual([]);
    expect(cellsOf()["Z2"]).toEqual({ value: "note" });
    expect(sim.snapshot().tables.find((t) => t.name === "Orders")?.columns).toEqual([
      ...["Item", "Amount"],
      ...["ID", "Step", "Status", "Owner", "Due", "Step started", "Created", "Closed"],
    ]);
    const synced = await syncProcess({ binding: r.value.binding, now: NOW, ...noSleep });
    if (!synced.ok) throw new Error(synced.error.message);
    expect(synced.value.errors).toEqual([]);
  });

  it("newest set (1.20): adopts with list validations and no notes", async () => {
    await plainSheet({ apiVersion: "1.20" });
    const p = await preview();
    const before = cellsOf();
    const r = await adopt(p);
    if (!r.ok) throw new Error(r.error.message);
    expectUserCellsKept(before, cellsOf());
    expect(r.value.notes).toEqual([]);
    expect(sim.snapshot().sheets[SHEET]?.validations.length).toBe(3);
  });
});

describe("problems name the cells, and nothing changes", () => {
  it("blank header", async () => {
    await start("A1:C2", [
      ["Item", "", "Owner"],
      ["Pen", 2, "Ann"],
    ]);
    await expectRefused(await preview(), "adopt.blankHeader", "B1");
  });

  it("duplicate headers (any letter case or spacing)", async () => {
    await start("A1:C2", [
      ["Item", "Amount", "item "],
      ["Pen", 2, "Pen"],
    ]);
    await expectRefused(await preview(), "adopt.duplicateHeader", "A1, C1");
  });

  it("a number or formula header, which a table would turn into text", async () => {
    await start("A1:D2", [
      ["Item", "Amount", 2026, '="Q"&1'],
      ["Pen", 2, 3, 4],
    ]);
    await expectRefused(await preview(), "adopt.headerNotText", "C1, D1");
  });

  it("a second table in the way of the added columns", async () => {
    await start("A1:B3", [
      ["Item", "Amount"],
      ["Pen", 2],
      ["Ink", 3],
    ]);
    await put("D1:E2", [
      ["Code", "Name"],
      ["X", "Y"],
    ]);
    await makeTable("D1:E2", "Lookup");
    sim.user.select(SHEET, "A1:B3");
    const p = await preview("selection");
    const problem = p.problems.find((x) => x.key === "adopt.tableInTheWay");
    expect(problem?.params).toEqual({ table: "Lookup", cells: "D1:E2" });
    await expectRefused(p, "adopt.tableInTheWay");
  });

  it("non-empty cells where the new columns would go", async () => {
    await start("A1:C3", [
      ["Item", "Amount", "Requester"],
      ["Pen", 2, "Ann"],
      ["Ink", 3, "Bob"],
    ]);
    await put("F2", [["in the way"]]);
    await put("H3", [["=1+1"]]);
    const p = await preview();
    expect(keysOf(p.problems)).toEqual(["adopt.cellsInTheWay"]);
    await expectRefused(p, "adopt.cellsInTheWay", "F2, H3");
  });

  it("no header row", async () => {
    await start("A1:B2", [
      [1, 2],
      [3, 4],
    ]);
    const r = await inspectSheet("used", procurement);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({
        code: "SHEET_SHAPE",
        key: "adopt.noHeader",
        params: { address: "A1:B2" },
      });
  });

  it("a sheet changed since the preview is not adopted", async () => {
    await plainSheet();
    const p = await preview();
    sim.setCellByUser(SHEET, "B3", "Price");
    await sim.settle();
    const before = JSON.stringify(sim.dump());
    const r = await adopt(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ key: "adopt.changed", params: { detail: "headers" } });
    expect(JSON.stringify(sim.dump())).toBe(before);
  });

  it("a process already in the workbook is not adopted twice", async () => {
    await plainSheet();
    const p = await preview();
    const first = await adopt(p);
    expect(first.ok).toBe(true);
    const before = JSON.stringify(sim.dump());
    const again = await adopt(p);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.key).toBe("adopt.processExists");
    expect(JSON.stringify(sim.dump())).toBe(before);
  });

  it("merged cells in the data, and where the added columns go, naming each area", async () => {
    await plainSheet();
    // B5:C5 is in the data; G4:H4 is where Procsheet adds its columns (F onwards); A1:B1 is above the header.
    await mergeCells("B5:C5", "G4:H4", "A1:B1");
    const p = await preview();
    expect(p.notes).toEqual([]);
    expect(keysOf(p.problems)).toEqual(["adopt.mergedCells"]);
    await expectRefused(p, "adopt.mergedCells", "G4:H4, B5:C5");
  });

  it("a merged area that starts above the rows of the data but reaches into the added columns is found too", async () => {
    await plainSheet();
    // Its top-left cell F2 is above the data's rows (3 to 7); getMergedAreasOrNullObject reports an area
    // only from a range holding that cell (office-js#3611).
    await mergeCells("F2:G3");
    const p = await preview();
    expect(keysOf(p.problems)).toEqual(["adopt.mergedCells"]);
    await expectRefused(p, "adopt.mergedCells", "F2:G3");
  });

  it("where Excel cannot list the merged cells (over 512 areas) the preview says so, and Excel's MergedRangeConflict refuses the table with nothing changed", async () => {
    await start("A600:E604", PLAIN);
    // 513 merged areas above the data, in the block the areas are asked about (A1 to the far corner).
    await mergeCells(...Array.from({ length: 513 }, (_, i) => `G${i + 1}:H${i + 1}`), "B602:C602");
    sim.user.select(SHEET, "A601");
    const p = await preview("selection");
    expect(p.address).toBe("Requests!A600:E604");
    expect(p.notes).toEqual(["mergedCellsNotChecked"]);
    expect(p.problems).toEqual([]);
    const before = JSON.stringify(sim.dump());
    const r = await adopt(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "EXCEL_API", params: { code: "MergedRangeConflict" } });
    expect(JSON.stringify(sim.dump())).toBe(before);
  });
});

describe("inspection without the process", () => {
  it("still recognises the system columns", async () => {
    await start("A1:C2", [
      ["ID", "Item", "Status"],
      ["", "Pen", "Done"],
    ]);
    const r = await inspectSheet("used");
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.guesses).toEqual(["id", undefined, "status"]);
    expect(r.value.rowsWithoutId).toBe(1);
  });
});
