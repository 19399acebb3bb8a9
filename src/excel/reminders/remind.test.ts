import { NOW, readRecords, registerIn, template } from "../../../test/excel-fixtures/sim-fixture";
import type { ExcelSimulation } from "../../../test/excel-sim";
import { dueReminders } from "../../core/reminders/due-reminders";
import type { ProcessBinding } from "../../workbook/binding";
import { compiledBinding } from "../../workbook/compiled-binding";
import { outboxTableName } from "../../workbook/outbox/outbox-table";
import { startRouter, type Router } from "../automation/router";
import { readHistory } from "../cases";
import { syncProcess } from "../sync/run-sync";
import { queueReadState } from "../store/state-store";

const noSleep = { run: { sleep: async () => undefined } };
/** Three weeks after the sample was routed: its open cases are overdue. */
const LATER = "2026-03-23T09:00:00";

async function outbox(binding: ProcessBinding): Promise<Record<string, string | number | boolean>[]> {
  return (await readRecords(outboxTableName(binding.id))).filter((r) => r["Key"] !== "");
}

async function reminded(binding: ProcessBinding) {
  const h = await readHistory(binding);
  if (!h.ok) throw new Error(h.error.message);
  return h.value.filter((e) => e.type === "reminded");
}

/** Keys of the Outbox's overdue messages per case: each must be there once. */
function overdueByCase(rows: readonly Record<string, unknown>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows)
    if (String(r["Key"]).split("|")[3] === "overdue")
      out.set(String(r["Case"]), (out.get(String(r["Case"])) ?? 0) + 1);
  return out;
}

describe("reminders produced by the add-in (docs/specification.md §8)", () => {
  let sim: ExcelSimulation;
  let binding: ProcessBinding;
  beforeEach(async () => {
    ({ sim, binding } = await registerIn(template("procurement")));
  });
  afterEach(() => sim.uninstall());

  it("Sync now records each overdue case's message once: one Outbox row and one History event across two syncs", async () => {
    const first = await syncProcess({ binding, now: NOW, reminders: true, ...noSleep });
    if (!first.ok) throw new Error(first.error.message);
    sim.resetCounters();
    const later = await syncProcess({ binding, now: LATER, reminders: true, ...noSleep });
    if (!later.ok) throw new Error(later.error.message);
    const syncs = sim.counters().syncs;
    const rows = await outbox(binding);
    const overdue = overdueByCase(rows);
    expect(overdue.size).toBeGreaterThan(0);
    expect([...overdue.values()].every((n) => n === 1)).toBe(true);
    expect(rows.every((r) => r["Status"] === "Pending")).toBe(true);
    const events = await reminded(binding);
    expect(events.filter((e) => e.reminder === "overdue").length).toBe(overdue.size);
    // Every message has its event, and the Outbox's keys are distinct.
    expect(new Set(rows.map((r) => r["Key"])).size).toBe(rows.length);
    expect(events.length).toBe(rows.length);
    expect(later.value.reminders?.messages).toBeGreaterThan(0);

    const again = await syncProcess({ binding, now: LATER, reminders: true, ...noSleep });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.reminders?.messages).toBe(0);
    expect((await outbox(binding)).length).toBe(rows.length);
    expect((await reminded(binding)).length).toBe(events.length);
    // The sync and its reminders pass: a handful of syncs, not one per case.
    expect(syncs).toBeLessThanOrEqual(8);
  });

  it("produces exactly the messages the command line's dueReminders gives for the same workbook", async () => {
    await syncProcess({ binding, now: NOW, ...noSleep });
    const rowsBefore = await readRecords(binding.tableName);
    const historyBefore = await readHistory(binding);
    if (!historyBefore.ok) throw new Error(historyBefore.error.message);
    const r = await syncProcess({ binding, now: LATER, reminders: true, ...noSleep });
    if (!r.ok) throw new Error(r.error.message);
    // The register did not change between the two (nothing routed): the pass saw what dueReminders sees.
    expect(r.value.changes.length).toBe(0);
    const process = compiledBinding(binding);
    if (!process.ok) throw new Error("definition");
    const { readRow } = await import("../../core/register/row-codec");
    const { mapColumns } = await import("../../core/register/columns");
    const headers = Object.keys(rowsBefore[0] ?? {});
    const map = mapColumns(process.value, headers);
    if (!map.ok) throw new Error("map");
    const ruleRows = rowsBefore.map(
      (rec) =>
        readRow(
          process.value,
          map.value,
          headers.map((h) => rec[h] ?? null),
        ).row,
    );
    const people = (await readRecords("PS_People")).map((p) => ({ name: String(p["Name"]) }));
    const due = dueReminders({
      process: process.value,
      rows: ruleRows,
      history: historyBefore.value,
      people,
      now: LATER,
    });
    expect((await outbox(binding)).map((x) => x["Key"]).sort()).toEqual(
      due.messages.map((m) => m.key).sort(),
    );
  });

  it("the lease holder's timer produces them with no edit, once however often it ticks", async () => {
    await syncProcess({ binding, now: NOW, ...noSleep });
    let clockNow = NOW;
    const reports: number[] = [];
    const router: Router = await startRouter({
      binding,
      clock: () => clockNow,
      me: "pane-1",
      name: "Amy",
      debounceMs: 60_000,
      settleMs: 0,
      renewMs: 3_600_000,
      nowMs: () => Date.UTC(2026, 2, 2, 10, 0),
      run: noSleep.run,
      reminders: { everyMs: 40 },
      onReminded: (report) => reports.push(report.messages),
    });
    try {
      await router.flush();
      const atStart = (await outbox(binding)).length;
      clockNow = LATER;
      await new Promise((resolve) => setTimeout(resolve, 400));
      await router.remind();
      const rows = await outbox(binding);
      const overdue = overdueByCase(rows);
      expect(rows.length).toBeGreaterThan(atStart);
      expect(overdue.size).toBeGreaterThan(0);
      expect([...overdue.values()].every((n) => n === 1)).toBe(true);
      expect((await reminded(binding)).length).toBe(rows.length);
      // Several ticks ran; only one of them found anything new at LATER.
      expect(reports.filter((n) => n > 0).length).toBeLessThanOrEqual(2);
      expect(reports.length).toBeGreaterThan(2);
    } finally {
      await router.stop();
    }
  });

  it("an escalation that reassigns writes the new owner into the register and History, and the next routing reads the register whole", async () => {
    sim.uninstall();
    ({ sim, binding } = await registerIn(template("customer-service")));
    const first = await syncProcess({ binding, now: NOW, ...noSleep });
    if (!first.ok) throw new Error(first.error.message);
    const r = await syncProcess({ binding, now: LATER, reminders: true, ...noSleep });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.reminders?.reassigned).toBeGreaterThan(0);
    const h = await readHistory(binding);
    if (!h.ok) throw new Error(h.error.message);
    const reassigned = h.value.filter((e) => e.type === "assigned" && e.at === LATER);
    expect(reassigned.length).toBe(r.value.reminders?.reassigned);
    const rows = await readRecords(binding.tableName);
    for (const e of reassigned) expect(rows.find((row) => row["ID"] === e.caseId)?.["Owner"]).toBe(e.owner);
    // The router's memory of owners is out of date: dropped, so the next routing is a whole sync.
    const state = await Excel.run(async (context) => {
      const get = queueReadState(context, binding);
      await context.sync();
      return get();
    });
    expect(state.memory).toBeUndefined();
    const again = await syncProcess({ binding, now: LATER, reminders: true, ...noSleep });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.changes).toEqual([]);
    expect(again.value.reminders?.events).toBe(0);
  });

  it("reads a History too large for Excel on the web's 5 MB response in blocks", async () => {
    sim.uninstall();
    ({ sim, binding } = await registerIn(template("procurement"), { sim: { platform: "web" } }));
    const first = await syncProcess({ binding, now: NOW, ...noSleep });
    if (!first.ok) throw new Error(first.error.message);
    // A person's notes pasted below History, 12,000 rows of long text: no events, but 6 MB to read at once.
    const note = "x".repeat(40);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(binding.historyTableName);
      const range = table.getRange().load("rowCount,columnCount");
      await context.sync();
      for (let block = 0; block < 4; block++) {
        const top = range.rowCount + block * 3000;
        table.worksheet.getRangeByIndexes(top, 0, 3000, range.columnCount).values = Array.from(
          { length: 3000 },
          () => Array.from({ length: range.columnCount }, () => note),
        );
        await context.sync();
      }
    });
    sim.resetCounters();
    const r = await syncProcess({ binding, now: LATER, reminders: true, ...noSleep });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.reminders?.messages).toBeGreaterThan(0);
    expect(sim.counters().maxRequestBytes).toBeLessThan(5_000_000);
    expect((await reminded(binding)).length).toBe(r.value.reminders?.messages);
  }, 60_000);
});
