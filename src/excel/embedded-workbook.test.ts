// A register workbook made by `procsheet init` opens "bound": the add-in, reading the same custom XML parts
// it writes itself (src/excel/store), finds the process at the file's version and syncs it. The workbook is
// loaded into the simulated Excel as Excel would open it: its custom XML parts (through Office.js
// customXmlParts.add), its register and History tables with their values and number formats.
import { Workbook, type CellValue, type Worksheet } from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { analyzeHistory } from "../core/analysis/analyze";
import { analysisJson } from "../core/analysis/analysis-json";
import { loadProcess } from "../core/definition/load";
import type { ProcessDefinition } from "../core/definition/types";
import type { Lang } from "../words/lang";
import { installExcelSimulation } from "../../test/excel-sim";
// The command line is run as users run it (the built lib/src/cli/main.js); no src/cli code is imported.
import { readZip, removeTempDirs, runCli, tempDir } from "../../test/fixtures/cli/cli-harness";
import { createProcsheetExcel } from "./api";
import { readTable, registerIn } from "../../test/excel-fixtures/sim-fixture";

afterAll(removeTempDirs);

const SAMPLE = join(__dirname, "../../test/fixtures/cli/sample.process.json");
const BOUND_AT = "2026-01-05T09:00:00";
const noSleep = { sleep: async () => undefined };

/** Excel's serial number of a date exceljs read (exceljs gives dates as UTC instants). */
function serial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** A cell as Office.js `values` takes it; text that Excel would read as a formula keeps its apostrophe. */
function officeValue(v: CellValue): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return serial(v);
  if (typeof v === "string") return /^[=+\-@]/.test(v) ? `'${v}` : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

interface SheetTable {
  readonly sheet: string;
  readonly table: string;
  readonly values: (string | number | boolean)[][];
  readonly formats: string[];
}

/** The table at A1 of `ws` (as init writes them): header, body rows, and each column's number format. */
function tableOf(ws: Worksheet, table: string): SheetTable {
  const width = ws.getRow(1).cellCount;
  const values: (string | number | boolean)[][] = [];
  for (let r = 1; r <= Math.max(2, ws.actualRowCount); r++)
    values.push(Array.from({ length: width }, (_, c) => officeValue(ws.getRow(r).getCell(c + 1).value)));
  const formats = Array.from({ length: width }, (_, c) => ws.getColumn(c + 1).numFmt || "General");
  return { sheet: ws.name, table, values, formats };
}

/** Opens the .xlsx in the simulated Excel: custom XML parts first, then the two tables. */
async function openInSimulation(file: string): Promise<ReturnType<typeof installExcelSimulation>> {
  const zip = await readZip(readFileSync(file));
  const items = [...zip.keys()].filter((k) => /^customXml\/item\d+\.xml$/.test(k)).sort();
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const [register, history] = wb.worksheets as [Worksheet, Worksheet];
  const tables = [tableOf(register, "PS_purchase"), tableOf(history, "PS_purchase_History")];
  const sim = installExcelSimulation({ sheets: ["Sheet1"] });
  await Excel.run(async (context) => {
    for (const item of items) context.workbook.customXmlParts.add(zip.get(item) ?? "");
    for (const t of tables) {
      const sheet = context.workbook.worksheets.add(t.sheet);
      const rows = t.values.length;
      const cols = t.values[0]?.length ?? 0;
      const range = sheet.getRangeByIndexes(0, 0, rows, cols);
      range.values = t.values;
      sheet.getRangeByIndexes(1, 0, rows - 1, cols).numberFormat = t.values.slice(1).map(() => t.formats);
      const table = sheet.tables.add(range, true);
      table.name = t.table;
    }
    context.workbook.worksheets.getItem(register.name).activate();
    await context.sync();
  });
  return sim;
}

describe.each<Lang>(["en", "zh-CN"])(
  "a workbook made by procsheet init (--lang %s), opened by the add-in",
  (lang) => {
    it("holds the process bound at the file's version, and syncs it", async () => {
      const dir = tempDir();
      const def = { ...(JSON.parse(readFileSync(SAMPLE, "utf8")) as object), version: 4 };
      writeFileSync(join(dir, "purchase.process.json"), JSON.stringify(def));
      const made = runCli(
        ["init", "purchase.process.json", "--out", "r.xlsx", "--sample", "--now", BOUND_AT, "--lang", lang],
        { cwd: dir },
      );
      expect(made.stderr).toBe("");
      expect(made.status).toBe(0);
      const sim = await openInSimulation(join(dir, "r.xlsx"));
      try {
        const excel = createProcsheetExcel();
        const info = await excel.inspectWorkbook();
        if (!info.ok) throw new Error(info.error.message);
        expect(info.value.processes).toHaveLength(1);
        const binding = info.value.processes[0];
        if (!binding) throw new Error("no process found");
        expect(binding).toMatchObject({
          id: "purchase",
          version: 4,
          tableName: "PS_purchase",
          historyTableName: "PS_purchase_History",
          lang,
          boundAt: BOUND_AT,
        });
        expect(binding.definition).toEqual(def);
        expect(info.value.activeProcessId).toBe("purchase");

        const r = await excel.sync({ binding, now: "2026-01-06T09:00:00", run: noSleep });
        if (!r.ok) throw new Error(r.error.message);
        expect(r.value.errors).toEqual([]);
        // The sample row without an ID is numbered and started; PR-0002 (Done in Review, 20000) moves on.
        expect(r.value.events.filter((e) => e.type === "created")).toHaveLength(1);
        expect(r.value.events).toContainEqual(expect.objectContaining({ caseId: "PR-0002", step: "budget" }));
        // The tracking snapshot came with the file: the sample statuses are not reported as edits.
        expect(r.value.events.filter((e) => e.type === "status")).toEqual([]);
        const history = await excel.readHistory(binding);
        if (!history.ok) throw new Error(history.error.message);
        // The History table init makes has the CLI's columns (no Version column): the add-in appends to it.
        expect(history.value.map((e) => `${e.caseId} ${e.type}`).sort()).toEqual(
          r.value.events.map((e) => `${e.caseId} ${e.type}`).sort(),
        );
      } finally {
        sim.uninstall();
      }
    });
  },
);

describe.each<Lang>(["en", "zh-CN"])("one workbook model, both ends (--lang %s)", (lang) => {
  it("init → command-line sync → the add-in finds the events in History and analyses them as procsheet analyze does", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "purchase.process.json"), readFileSync(SAMPLE));
    const cli = (args: string[]): ReturnType<typeof runCli> =>
      runCli([...args, "--lang", lang], { cwd: dir });
    expect(
      cli(["init", "purchase.process.json", "--out", "r.xlsx", "--sample", "--now", BOUND_AT]).status,
    ).toBe(0);
    const synced = cli([
      "sync",
      "purchase.process.json",
      "r.xlsx",
      "--out",
      "r.xlsx",
      "--now",
      "2026-01-06T09:00:00",
      "--json",
    ]);
    expect(synced.stderr).toBe("");
    const report = JSON.parse(synced.stdout) as {
      events: unknown[];
      history: { file: string; recorded: number };
    };
    expect(report.events.length).toBeGreaterThan(0);
    // The events landed in the workbook's own History, not nowhere.
    expect(report.history).toEqual({ file: "r.xlsx", recorded: report.events.length, notRecorded: 0 });
    const now = "2026-01-09T17:00:00";
    const analyzed = cli(["analyze", "purchase.process.json", "r.xlsx", "--now", now, "--json"]);
    expect(analyzed.status).toBe(0);
    const fromCli = JSON.parse(analyzed.stdout) as Record<string, unknown>;

    const sim = await openInSimulation(join(dir, "r.xlsx"));
    try {
      const excel = createProcsheetExcel();
      const info = await excel.inspectWorkbook();
      if (!info.ok) throw new Error(info.error.message);
      const binding = info.value.processes[0];
      if (!binding) throw new Error("the workbook is not bound");
      const history = await excel.readHistory(binding);
      if (!history.ok) throw new Error(history.error.message);
      expect(history.value).toHaveLength(report.events.length);
      const loaded = loadProcess(binding.definition);
      if (!loaded.ok) throw new Error("definition");
      // Both ends read the register beside History (work in progress, its dates where History lacks them).
      const past = await excel.readPast(binding);
      if (!past.ok) throw new Error(past.error.message);
      const register = past.value.register.map((c) => c.row);
      expect(analysisJson(analyzeHistory(loaded.value, history.value, { now, register }))).toEqual(fromCli);
      // The command line stored its snapshot: the add-in's next sync sees no status edits and has nothing to do.
      const r = await excel.sync({ binding, now: "2026-01-06T09:00:00", run: noSleep });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.events).toEqual([]);
      expect(r.value.changes).toEqual([]);
      // And its journal: the pane can say what the last sync did.
      const last = await excel.lastSync(binding);
      expect(last.ok && last.value).toMatchObject({ state: "done", events: report.events.length });
    } finally {
      sim.uninstall();
    }
  });
});

describe("the add-in's History, read by the command line", () => {
  it.each<[Lang, boolean]>([
    ["en", true],
    ["zh-CN", true],
    ["en", false],
    ["zh-CN", false],
  ])(
    "reads a History table headed in %s (version column: %s) as a file, .xlsx and .csv alike",
    async (lang, version) => {
      const def = JSON.parse(readFileSync(SAMPLE, "utf8")) as ProcessDefinition;
      const { sim, binding } = await registerIn(def, { lang });
      const now = "2026-01-09T17:00:00";
      let values: (string | number | boolean)[][];
      let inAddIn: unknown;
      try {
        const excel = createProcsheetExcel();
        const r = await excel.sync({ binding, now: "2026-01-06T09:00:00", run: noSleep });
        if (!r.ok) throw new Error(r.error.message);
        values = await readTable(binding.historyTableName);
        const history = await excel.readHistory(binding);
        const loaded = loadProcess(def);
        if (!history.ok || !loaded.ok) throw new Error("history");
        inAddIn = analysisJson(analyzeHistory(loaded.value, history.value, { now }));
      } finally {
        sim.uninstall();
      }
      const table = version ? values : values.map((row) => row.slice(0, -1));
      const dir = tempDir();
      writeFileSync(join(dir, "purchase.process.json"), JSON.stringify(def));
      const wb = new Workbook();
      const ws = wb.addWorksheet(lang === "en" ? "Purchase History" : "采购 历史记录");
      table.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = ws.getCell(r + 1, c + 1);
          cell.value = v;
          if (r > 0 && c === 1) cell.numFmt = "yyyy-mm-dd hh:mm:ss";
        }),
      );
      await wb.xlsx.writeFile(join(dir, "history.xlsx"));
      const csv = table.map((row, r) =>
        row.map((v, c) => (r > 0 && c === 1 && typeof v === "number" ? excelTime(v) : String(v))).join(","),
      );
      writeFileSync(join(dir, "history.csv"), csv.join("\n"));
      const results = ["history.xlsx", "history.csv"].map((f) =>
        runCli(["analyze", "purchase.process.json", f, "--now", now, "--json"], { cwd: dir }),
      );
      for (const r of results) expect([r.status, r.stderr]).toEqual([0, ""]);
      const [fromXlsx, fromCsv] = results.map((r) => JSON.parse(r.stdout) as unknown);
      expect(fromXlsx).toEqual(inAddIn);
      expect(fromCsv).toEqual(inAddIn);
    },
  );
});

/** An Excel date serial as the text a CSV export shows. */
function excelTime(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 19).replace("T", " ");
}
