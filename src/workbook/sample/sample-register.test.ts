import { readdirSync } from "fs";
import { join } from "path";
import { loadFixture } from "../../../test/fixtures/load-fixture";
import { analyzeHistory, MIN_CLOSED_CASES } from "../../core/analysis/analyze";
import { backtest } from "../../core/backtest/backtest";
import { isWorkingDay } from "../../core/calendar";
import type { CompiledProcess } from "../../core/process";
import { caseNumber } from "../../core/sync/case-id";
import { syncRows } from "../../core/sync/sync";
import { dayOf, MS_PER_DAY, parseLocal } from "../../core/time/local-time";
import { nextStep } from "./rule-walk";
import { sampleRegister } from "./sample-register";

const NOW = "2026-03-02T09:00:00";
const TEMPLATES = readdirSync(join(__dirname, "../../../templates"))
  .filter((f) => f.endsWith(".process.json"))
  .map((f) => f.slice(0, -".process.json".length));

const day = (iso: string): number => dayOf(parseLocal(iso) as number);

describe.each(TEMPLATES)("the sample register of %s", (id) => {
  const process: CompiledProcess = loadFixture(id);
  const highest = Math.max(
    ...(process.definition.sample ?? []).map((r) =>
      typeof r.id === "string" ? (caseNumber(process.idPrefix, r.id) ?? 0) : 0,
    ),
  );
  const made = sampleRegister(process, NOW);

  it("has a History of at least 90 days, the same every time (seeded)", async () => {
    const { events, rows } = await made;
    expect(day(NOW) - day(events[0]?.at ?? NOW)).toBeGreaterThanOrEqual(90);
    expect(await sampleRegister(process, NOW)).toEqual({ rows, events });
  });

  it("gives Analyze real figures: enough closed cases, weeks of throughput, nothing set aside", async () => {
    const { events, rows } = await made;
    const a = analyzeHistory(process, events, { now: NOW, register: rows });
    expect(a.cases.closed).toBeGreaterThanOrEqual(2 * MIN_CLOSED_CASES);
    expect(Object.keys(a.throughputPerWeek).length).toBeGreaterThanOrEqual(13);
    expect((a.cycleTimeDays.p85 ?? 0) - (a.cycleTimeDays.p50 ?? 0)).toBeGreaterThan(1);
    expect(a.forecast.dates?.p50).not.toBe(a.forecast.dates?.p95);
    expect([a.setAside, a.casesWithoutCreated, a.datesFromRegister]).toEqual([[], [], []]);
  });

  it("agrees with its rows: each case's last step and owner in History are the row's, and the rows sync cleanly", async () => {
    const { events, rows } = await made;
    for (const row of rows) {
      if (typeof row.id !== "string") continue;
      const mine = events.filter((e) => e.caseId === row.id);
      const entered = mine.filter((e) => e.type === "created" || e.type === "advanced");
      expect([row.id, entered.at(-1)?.step]).toEqual([row.id, row.step]);
      const owners = mine.filter((e) => e.type === "assigned");
      if (typeof row.owner === "string" && owners.length > 0)
        expect([row.id, owners.at(-1)?.owner]).toEqual([row.id, row.owner]);
      expect([row.id, entered[0]?.type]).toEqual([row.id, "created"]);
    }
    expect((await syncRows(process, rows, { now: NOW })).errors).toEqual([]);
  });

  it("follows the rules and the calendar in the cases it makes up: every move is the next rule's, in office hours", async () => {
    const { events, rows } = await made;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const past = events.filter((e) => (caseNumber(process.idPrefix, e.caseId) ?? 0) > highest);
    expect(past.length).toBeGreaterThan(0);
    for (const e of past) {
      const t = parseLocal(e.at) as number;
      const minutes = (t - dayOf(t) * MS_PER_DAY) / 60_000;
      expect([
        e.caseId,
        e.at,
        isWorkingDay(dayOf(t), process.calendar) && minutes >= 540 && minutes < 1080,
      ]).toEqual([e.caseId, e.at, true]);
      if (e.type !== "advanced" || !e.fromStep) continue;
      const from = process.stepById.get(e.fromStep);
      const row = byId.get(e.caseId);
      if (!from || !row) throw new Error(`${e.caseId}: no step ${e.fromStep} or no row`);
      expect([e.caseId, await nextStep(process, from, row, t, e.caseId)]).toEqual([e.caseId, e.step]);
    }
  });

  it("backtests against itself with no change and no error", async () => {
    const { events, rows } = await made;
    const register = rows.flatMap((row) => (typeof row.id === "string" ? [{ id: row.id, row }] : []));
    const r = await backtest(process, process, events, register, { now: NOW });
    expect([r.ownerChanges, r.nextChanges, r.errors]).toEqual([[], [], []]);
    expect(r.cases).toBe(register.length);
  });
});

describe("sample dates", () => {
  const process = loadFixture("procurement");

  it("move with the day the register is made, by whole weeks, never into the future", async () => {
    const asWritten = (await sampleRegister(process, NOW)).rows.find((r) => r.id === "PR-0001");
    expect(asWritten).toMatchObject({ created: "2026-01-05T09:00:00", closed: "2026-02-06T16:20:00" });
    // Ten weeks and three days later: ten weeks on, the weekday kept; neededBy moves along.
    const later = (await sampleRegister(process, "2026-05-14T10:00:00")).rows.find((r) => r.id === "PR-0001");
    expect(later).toMatchObject({
      created: "2026-03-16T09:00:00",
      closed: "2026-04-17T16:20:00",
      neededBy: "2026-04-10",
    });
    // The day before the sample's own day: a week back, so nothing is dated tomorrow.
    const before = (await sampleRegister(process, "2026-03-01T10:00:00")).rows.find(
      (r) => r.id === "PR-0001",
    );
    expect(before).toMatchObject({ created: "2025-12-29T09:00:00" });
  });

  it("keep the sample's new rows last, without IDs, after the closed cases of the past", async () => {
    const { rows } = await sampleRegister(process, NOW);
    const sample = process.definition.sample ?? [];
    expect(rows.slice(0, 30).map((r) => r.id)).toEqual(sample.slice(0, 30).map((r) => r.id));
    expect(rows.slice(-3)).toEqual(sample.slice(-3));
    expect(rows.slice(30, -3).every((r) => r.status === "done" || r.status === "cancelled")).toBe(true);
    expect(rows[30]?.id).toBe("PR-0031");
  });
});
