// The Excel-layer cases of docs/reliability.md §7 not pinned elsewhere (sync, undo and tracking cases are in
// sync/run-sync.test.ts; formats and charts W8 in formats.test.ts and charts/analysis-sheet.test.ts;
// adoption D7 in register/adopt-sheet.test.ts). Each names its case.
import { historyCellCount } from "../../test/excel-fixtures/history-cells";
import type { ExcelSimulation } from "../../test/excel-sim";
import { syncProcess } from "./sync/run-sync";
import { DEFAULT_BLOCK_CELLS } from "./register/read-register";
import { largeRegister, LARGE_SHEET } from "../../test/excel-fixtures/large-register";
import { NOW, readRecords, registerIn, template } from "../../test/excel-fixtures/sim-fixture";

const LATER = "2026-03-03T10:00:00";
const quick = { run: { sleep: async () => undefined } };

async function markFirstInProgressDone(sim: ExcelSimulation, sheet: string, table: string): Promise<string> {
  const rows = await readRecords(table);
  const i = rows.findIndex((r) => r["Status"] === "In progress");
  sim.setCellByUser(sheet, `C${i + 2}`, "Done");
  await sim.settle();
  return String(rows[i]?.["ID"]);
}

describe("reliability cases in a workbook (docs/reliability.md §7)", () => {
  it("W1: a register table renamed by a co-author stops the sync with words to act on; nothing is written", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      sim.coauthor.renameTable("PS_procurement", "Purchases");
      const before = JSON.stringify(sim.dump());
      const r = await syncProcess({ binding, now: NOW, ...quick });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: "EXCEL_API", key: "excel.ItemNotFound" });
      expect(JSON.stringify(sim.dump())).toBe(before);
    } finally {
      sim.uninstall();
    }
  });

  it("W1: the register's sheet renamed by a co-author changes nothing; deleted, it stops the sync with nothing written", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      sim.coauthor.renameSheet("Procurement", "Purchases 2026");
      const renamed = await syncProcess({ binding, now: NOW, ...quick });
      if (!renamed.ok) throw new Error(renamed.error.message);
      expect(renamed.value.changes.length).toBeGreaterThan(0);
      sim.coauthor.deleteSheet("Purchases 2026");
      const before = JSON.stringify(sim.dump());
      const deleted = await syncProcess({ binding, now: LATER, ...quick });
      expect(deleted.ok).toBe(false);
      if (!deleted.ok) expect(deleted.error).toMatchObject({ code: "EXCEL_API", key: "excel.ItemNotFound" });
      expect(JSON.stringify(sim.dump())).toBe(before);
    } finally {
      sim.uninstall();
    }
  });

  it("W5: History renamed or protected → the sync stops before writing anything, so no status changes unlogged", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      await syncProcess({ binding, now: NOW, ...quick });
      await markFirstInProgressDone(sim, "Procurement", binding.tableName);
      sim.coauthor.protectSheet("Procurement History");
      let before = JSON.stringify(sim.dump());
      const protectedRun = await syncProcess({ binding, now: LATER, ...quick });
      expect(protectedRun.ok).toBe(false);
      if (!protectedRun.ok)
        expect(protectedRun.error).toMatchObject({
          key: "history.protected",
          params: { sheet: "Procurement History" },
        });
      expect(JSON.stringify(sim.dump())).toBe(before);

      sim.coauthor.renameTable(binding.historyTableName, "Log");
      before = JSON.stringify(sim.dump());
      const renamedRun = await syncProcess({ binding, now: LATER, ...quick });
      expect(renamedRun.ok).toBe(false);
      expect(JSON.stringify(sim.dump())).toBe(before);
    } finally {
      sim.uninstall();
    }
  });

  it("W4: with a filter applied, writes land on the right rows and the filter stays", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      await syncProcess({ binding, now: NOW, ...quick });
      const id = await markFirstInProgressDone(sim, "Procurement", "PS_procurement");
      sim.coauthor.applyFilter("PS_procurement", "Status", ["To do"]);
      const r = await syncProcess({ binding, now: LATER, ...quick });
      if (!r.ok) throw new Error(r.error.message);
      const rows = await readRecords("PS_procurement");
      expect(rows.find((row) => row["ID"] === id)?.["Status"]).toBe("To do");
      expect(sim.snapshot().tables.find((t) => t.name === "PS_procurement")?.filters).toHaveProperty(
        "Status",
      );
    } finally {
      sim.uninstall();
    }
  });

  it("W5: History deleted → the sync refuses to change statuses without logging them", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      sim.coauthor.deleteSheet("Procurement History");
      const before = JSON.stringify(sim.dump());
      const r = await syncProcess({ binding, now: NOW, ...quick });
      expect(r.ok).toBe(false);
      expect(JSON.stringify(sim.dump())).toBe(before);
    } finally {
      sim.uninstall();
    }
  });

  it("W7: a note typed below the History table, in the rows it grows into, stops the sync before anything is written", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      await syncProcess({ binding, now: NOW, ...quick });
      const logged = (await readRecords(binding.historyTableName)).length;
      // One empty row between: typed right below, the note would join the table (Excel's auto-expansion).
      const below = `B${logged + 3}`;
      sim.setCellByUser("Procurement History", below, "call the supplier");
      await markFirstInProgressDone(sim, "Procurement", binding.tableName);
      await markFirstInProgressDone(sim, "Procurement", binding.tableName);
      const before = JSON.stringify(sim.dump());
      const r = await syncProcess({ binding, now: LATER, ...quick });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatchObject({ key: "history.cellsBelow", params: { cells: below } });
        expect(r.error.message).toContain('sheet "Procurement History"');
      }
      expect(JSON.stringify(sim.dump())).toBe(before);

      // Far enough below, the note is out of the way: the sync runs and leaves it where it was.
      const far = `B${logged + 40}`;
      sim.setCellByUser("Procurement History", below, "");
      sim.setCellByUser("Procurement History", far, "call the supplier");
      const again = await syncProcess({ binding, now: LATER, ...quick });
      if (!again.ok) throw new Error(again.error.message);
      expect(again.value.events.length).toBeGreaterThan(0);
      expect(await readRecords(binding.historyTableName)).toHaveLength(logged + again.value.events.length);
      const sheet = sim.snapshot().sheets["Procurement History"];
      expect(sheet?.values[logged + 39]?.[1]).toBe("call the supplier");
    } finally {
      sim.uninstall();
    }
  });

  it("W6: a protected register gives the 'unprotect' message and no partial write", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      sim.coauthor.protectSheet("Procurement");
      const before = JSON.stringify(sim.snapshot().sheets["Procurement"]?.values);
      const r = await syncProcess({ binding, now: NOW, ...quick });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.key).toBe("excel.AccessDenied");
      expect(JSON.stringify(sim.snapshot().sheets["Procurement"]?.values)).toBe(before);
      // The journal written first in the batch says "writing": the next sync after unprotecting finishes cleanly.
    } finally {
      sim.uninstall();
    }
  });

  it("S1: a 30,000-row register syncs on the web in blocks under 5 MB, with progress; a 1% change stays within the sync budget", async () => {
    const rows = 30_000;
    const { sim, binding } = await largeRegister(rows);
    try {
      const phases = new Set<string>();
      let lastRead = 0;
      sim.resetCounters();
      const first = await syncProcess({
        binding,
        now: NOW,
        onProgress: (p) => {
          phases.add(p.phase);
          if (p.phase === "read") lastRead = p.done;
        },
        ...quick,
      });
      if (!first.ok) throw new Error(first.error.message);
      expect(first.value.rows).toBe(rows);
      expect([...phases]).toEqual(expect.arrayContaining(["read", "rules", "write"]));
      expect(lastRead).toBe(rows);
      // Excel on the web refuses a request over 5 MB: the simulation enforces it, and the largest is measured.
      expect(sim.counters().maxRequestBytes).toBeLessThan(5 * 1024 * 1024);

      // 1% of the cases finished by people: within 2 + ⌈cells read ÷ block⌉ syncs.
      for (let i = 0; i < rows; i += 100) sim.setCellByUser(LARGE_SHEET, `C${i + 2}`, "Done");
      await sim.settle();
      sim.resetCounters();
      const again = await syncProcess({ binding, now: LATER, ...quick });
      if (!again.ok) throw new Error(again.error.message);
      const c = sim.counters();
      expect(again.value.changedRows).toBe(rows / 100);
      expect(c.syncs).toBeLessThanOrEqual(2 + Math.ceil(c.cellsRead / DEFAULT_BLOCK_CELLS));
      expect(c.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
      // S3: only the changed cells (and their History rows) travel: every request together stays within
      // a few dozen bytes per cell written, where rewriting the register would send its 390,000 cells.
      expect(c.cellsWritten).toBe(again.value.cellsWritten + historyCellCount(again.value.events));
      const sent = c.requestBytes.reduce((a, b) => a + b, 0);
      expect(sent).toBeLessThan(40 * c.cellsWritten + 64 * 1024);
    } finally {
      sim.uninstall();
    }
  }, 60_000);

  it("S5: a read Excel answers with null (too many cells) is read again in smaller blocks, never taken as empty", async () => {
    // The documented limit is 5 million cells; lowered here so the 33-row sample crosses it.
    const limit = 120;
    const plain = await registerIn(template("procurement"));
    const expected = await syncProcess({ binding: plain.binding, now: NOW, ...quick });
    const expectedCells = plain.sim.snapshot().sheets["Procurement"]?.values;
    plain.sim.uninstall();
    const { sim, binding } = await registerIn(template("procurement"), { sim: { readCellLimit: limit } });
    try {
      const r = await syncProcess({ binding, now: NOW, ...quick });
      if (!r.ok || !expected.ok) throw new Error("sync failed");
      expect(r.value.rows).toBe(expected.value.rows);
      expect(r.value.rows).toBeGreaterThan(limit / 13);
      expect(r.value.changes.length).toBe(expected.value.changes.length);
      // Every row numbered, started and routed as in a workbook read in one block.
      expect(sim.snapshot().sheets["Procurement"]?.values).toEqual(expectedCells);
    } finally {
      sim.uninstall();
    }
  });

  it("C1: a person editing a cell makes the sync wait (delayForCellEdit), then it runs", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      sim.setCellEditMode(true);
      const pending = syncProcess({ binding, now: NOW, ...quick });
      await new Promise((r) => setTimeout(r, 20));
      expect(sim.host.waitingForEdit).toBeGreaterThan(0);
      sim.setCellEditMode(false);
      const r = await pending;
      expect(r.ok).toBe(true);
    } finally {
      sim.uninstall();
    }
  });

  it("C5: transient GeneralException twice, then success on the third attempt (re-read each time)", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      let failures = 0;
      const failNextBatch = (): void => {
        failures++;
        sim.failAt(0, "GeneralException");
      };
      // Before the first batch of attempt 1 and of attempt 2: fail its first statement.
      sim.betweenSyncs(() => {
        failNextBatch();
        sim.betweenSyncs(failNextBatch);
      });
      const r = await syncProcess({ binding, now: NOW, run: { attempts: 3, sleep: async () => undefined } });
      expect(failures).toBe(2);
      expect(r.ok).toBe(true);
      const rows = await readRecords("PS_procurement");
      expect(rows.every((row) => String(row["ID"]).startsWith("PR-"))).toBe(true);
    } finally {
      sim.uninstall();
    }
  });

  it("C5: waits 0.5 s, then 1 s, between attempts; the third failure stops the sync with words to act on", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      const waits: number[] = [];
      // Every attempt's first batch fails; the default is three attempts.
      const failAlways = (): void => {
        sim.failAt(0, "GeneralException");
        sim.betweenSyncs(failAlways);
      };
      sim.betweenSyncs(failAlways);
      const before = JSON.stringify(sim.dump());
      const r = await syncProcess({
        binding,
        now: NOW,
        run: {
          sleep: async (ms) => {
            waits.push(ms);
          },
        },
      });
      expect(waits).toEqual([500, 1000]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ code: "EXCEL_API", key: "excel.GeneralException" });
      expect(JSON.stringify(sim.dump())).toBe(before);
    } finally {
      sim.uninstall();
    }
  });

  it("C7: the add-in's own writes do not come back as tracked status changes (no self-triggered loop)", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      const { watchRegister } = await import("./tracking/change-tracking");
      const seen: string[] = [];
      const stop = await watchRegister(binding, () => LATER, {
        onEvents: (e) => seen.push(...e.map((x) => x.caseId)),
      });
      await syncProcess({ binding, now: NOW, ...quick });
      await sim.settle();
      await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual([]);
      // A person's edit is recorded once.
      const id = await markFirstInProgressDone(sim, "Procurement", "PS_procurement");
      await new Promise((r) => setTimeout(r, 50));
      await sim.settle();
      expect(seen).toEqual([id]);
      await stop();
    } finally {
      sim.uninstall();
    }
  });

  it("the main path works at ExcelApi 1.13 (the manifest's minimum): create, sync, undo", async () => {
    const { sim, binding } = await registerIn(template("procurement"), { sim: { apiVersion: "1.13" } });
    try {
      const r = await syncProcess({ binding, now: NOW, ...quick });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.changes.length).toBeGreaterThan(0);
      const { undoLastSync } = await import("./sync/undo");
      const u = await undoLastSync(binding, LATER);
      expect(u.ok).toBe(true);
    } finally {
      sim.uninstall();
    }
  });
});
