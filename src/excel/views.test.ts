import { loadProcess } from "../core/definition/load";
import type { Lang } from "../words/lang";
import { installExcelSimulation, type ExcelSimulation } from "../../test/excel-sim";
import type { ViewKind } from "./api-types";
import { registerWithRows, serial, type Cell } from "../../test/excel-fixtures/formats-fixture";
import { applyView, countVisibleRows, openStatusTexts, viewFilters } from "./views";
import { template } from "../../test/excel-fixtures/sim-fixture";

/** The Microsoft pages each test relies on. */
const DOCS = {
  filter: "https://learn.microsoft.com/javascript/api/excel/excel.filter",
  clearFilters:
    "https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-clearfilters-member(1)",
  rowHidden:
    "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member",
  reqSets: "https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets",
} as const;

const noSleep = { sleep: async (): Promise<void> => undefined };
const TODAY = "2026-03-02";

/**
 * Ten cases covering what views must tell apart: statuses in both languages, a canonical word, an unknown
 * word and a blank; steps by English name, Chinese name and id; owners in other letter case; a closed
 * case whose status was reopened by hand; due dates before, on and without today.
 */
const ROWS: readonly Readonly<Record<string, Cell>>[] = [
  {
    item: "r0",
    amount: 1,
    step: "Identify the need",
    status: "To do",
    owner: "Jack Wang",
    due: serial("2026-03-01"),
  },
  {
    item: "r1",
    amount: 1,
    step: "确定产品需求",
    status: "进行中",
    owner: "jack wang",
    due: serial("2026-03-05"),
  },
  {
    item: "r2",
    amount: 1,
    step: "budget",
    status: "Done",
    owner: "Jack Wang",
    due: serial("2026-02-01"),
    closed: serial("2026-02-02T10:00"),
  },
  { item: "r3", amount: 1, step: "Payment", status: "Cancelled", owner: "孙丽", due: serial("2026-02-01") },
  { item: "r4", amount: 1, step: "Payment", status: "Blocked", owner: "孙丽" },
  { item: "r5", amount: 1, step: "付款", status: "waiting", owner: "Lisa Zhang", due: serial(TODAY) },
  {
    item: "r6",
    amount: 1,
    step: "Payment",
    status: "In progress",
    owner: "Lisa Zhang",
    due: serial("2026-02-27"),
    closed: serial("2026-02-28T10:00"),
  },
  { item: "r7", amount: 1, step: "Payment", status: "", owner: "Jack Wang", due: serial("2026-02-01") },
  {
    item: "r8",
    amount: 1,
    step: "Identify the need",
    status: "Approved",
    owner: "Amy Guo",
    due: serial("2026-02-20"),
  },
  { item: "r9", amount: 1, step: "need", status: "已取消", owner: "Amy Guo", due: serial("2026-02-01") },
];

/** Which rows each view must show (by item), per docs/semantics.md's open = not done/cancelled, Closed empty. */
const EXPECTED: readonly [string, ViewKind, readonly string[]][] = [
  ["all", { kind: "all" }, ["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"]],
  ["open", { kind: "open" }, ["r0", "r1", "r4", "r5", "r8"]],
  ["mine", { kind: "mine", me: "Jack Wang" }, ["r0", "r1"]],
  ["overdue", { kind: "overdue", today: TODAY }, ["r0", "r8"]],
  ["by step id", { kind: "step", step: "need" }, ["r0", "r1", "r8", "r9"]],
  ["by step name (zh-CN)", { kind: "step", step: "付款" }, ["r3", "r4", "r5", "r6", "r7"]],
  ["by step with no case", { kind: "step", step: "rfq" }, []],
  ["by owner", { kind: "owner", owner: "孙丽" }, ["r3", "r4"]],
  ["by owner nobody has", { kind: "owner", owner: "Nobody" }, []],
];

async function registerFor(
  lang: Lang,
  apiVersion: "1.13" | "1.17",
): Promise<{
  sim: ExcelSimulation;
  binding: Awaited<ReturnType<typeof registerWithRows>>["binding"];
  keys: string[];
  sheet: string;
}> {
  const made = await registerWithRows(template("procurement"), ROWS, { lang, sim: { apiVersion } });
  return { ...made, sheet: lang === "en" ? "Procurement" : "采购流程" };
}

/** The items of the rows the sheet shows, read from the simulation's hidden rows. */
function shownItems(sim: ExcelSimulation, sheet: string, keys: readonly string[]): string[] {
  const snap = sim.snapshot().sheets[sheet];
  const hidden = new Set(snap?.hiddenRows ?? []);
  const item = keys.indexOf("item");
  return ROWS.map((_r, i) => i + 1)
    .filter((row) => !hidden.has(row))
    .map((row) => String(snap?.values[row]?.[item] ?? ""));
}

describe.each(["1.13", "1.17"] as const)("views at ExcelApi %s", (apiVersion) => {
  it.each(["en", "zh-CN"] as const)(
    `each view shows exactly its rows, reports Excel's visible count and changes no cell (%s; ${DOCS.filter}, ${DOCS.rowHidden})`,
    async (lang) => {
      const { sim, binding, keys, sheet } = await registerFor(lang, apiVersion);
      try {
        const cells = (): unknown => {
          const s = sim.snapshot().sheets[sheet];
          return { values: s?.values, formulas: s?.formulas, formats: s?.numberFormats };
        };
        const before = cells();
        // One after the other: each view replaces the one before (clearFilters first).
        for (const [name, view, rows] of EXPECTED) {
          const r = await applyView(binding, view, noSleep);
          if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
          expect({ name, shown: shownItems(sim, sheet, keys) }).toEqual({ name, shown: rows });
          expect({ name, visibleRows: r.value.visibleRows }).toEqual({ name, visibleRows: rows.length });
          expect(cells()).toEqual(before);
        }
      } finally {
        sim.uninstall();
      }
    },
  );

  it(`"all" clears every column filter, the person's own included (${DOCS.clearFilters})`, async () => {
    const { sim, binding, keys, sheet } = await registerFor("en", apiVersion);
    try {
      sim.coauthor.applyFilter(binding.tableName, "Owner", ["Amy Guo"]);
      expect(shownItems(sim, sheet, keys)).toEqual(["r8", "r9"]);
      const open = await applyView(binding, { kind: "open" }, noSleep);
      // The person's Owner filter is replaced, not combined.
      expect(open.ok && open.value.visibleRows).toBe(5);
      const all = await applyView(binding, { kind: "all" }, noSleep);
      expect(all.ok && all.value.visibleRows).toBe(ROWS.length);
      const table = sim.snapshot().tables.find((t) => t.name === binding.tableName) as unknown as {
        columns: { filter?: unknown }[];
      };
      expect(table.columns.every((c) => c.filter === undefined)).toBe(true);
      expect(sim.snapshot().sheets[sheet]?.hiddenRows).toEqual([]);
    } finally {
      sim.uninstall();
    }
  });

  it(`counts visible rows from rowHidden, splitting mixed blocks (${DOCS.rowHidden})`, async () => {
    const sim = installExcelSimulation({ apiVersion });
    try {
      const rows = 1000;
      const hidden = (r: number): boolean => r % 7 === 3 || (r >= 400 && r < 650);
      const visible = await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        for (let r = 0; r < rows; r++) if (hidden(r)) sheet.getRange(`A${r + 1}`).rowHidden = true;
        await context.sync();
        sim.resetCounters();
        return countVisibleRows(context, sheet.getRange(`A1:C${rows}`), rows);
      });
      expect(visible).toBe(Array.from({ length: rows }, (_v, r) => r).filter((r) => !hidden(r)).length);
      // log16(1000) rounds: a handful of syncs, however many rows.
      expect(sim.counters().syncs).toBeLessThanOrEqual(4);
    } finally {
      sim.uninstall();
    }
  });

  it(`an unknown step is refused with a message key, and the register is left unfiltered (${DOCS.filter})`, async () => {
    const { sim, binding, sheet } = await registerFor("en", apiVersion);
    try {
      const r = await applyView(binding, { kind: "step", step: "Nope" }, noSleep);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ key: "view.unknownStep", params: { step: "Nope" } });
      expect(sim.snapshot().sheets[sheet]?.hiddenRows).toEqual([]);
    } finally {
      sim.uninstall();
    }
  });
});

describe("view filters (pure)", () => {
  const loaded = loadProcess(template("procurement"));
  if (!loaded.ok) throw new Error("procurement does not load");
  const process = loaded.value;

  it(`open takes the open texts as shown, in any language or spelling, and never blanks (${DOCS.filter})`, () => {
    expect(
      openStatusTexts(["To do", " 进行中", "Done", "完成", "cancelled", "", "Approved", "To do"], "en"),
    ).toEqual(["To do", " 进行中", "Approved"]);
    // Nothing open in the column: the open labels, so the filter shows nothing rather than everything.
    expect(openStatusTexts(["Done"], "zh-CN")).toEqual(["待办", "进行中", "等待", "受阻"]);
  });

  it(`overdue filters Due numerically below today's serial, blanks excluded, plus open (${DOCS.filter})`, () => {
    const f = viewFilters(
      { kind: "overdue", today: TODAY },
      process,
      "en",
      { status: ["To do"] },
      { closed: true },
    );
    expect(f).toEqual([
      { key: "status", kind: "values", values: ["To do"] },
      { key: "closed", kind: "custom", criterion1: "=" },
      { key: "due", kind: "custom", criterion1: ">=1", criterion2: `<${serial(TODAY)}`, operator: "And" },
    ]);
    expect(() =>
      viewFilters({ kind: "overdue", today: "soon" }, process, "en", {}, { closed: true }),
    ).toThrow();
  });
});
