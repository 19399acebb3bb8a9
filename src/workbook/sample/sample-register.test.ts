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

// The sample's own day, a Sunday (dates moved across a weekend) and the day after a holiday week.
const MADE_ON = [NOW, "2026-12-13T09:00:00", "2026-10-08T09:00:00"];
const CASES = TEMPLATES.flatMap((id) => MADE_ON.map((now) => [id, now] as const));

describe.each(CASES)("the sample register of %s made at %s", (id, now) => {
  const process: CompiledProcess = loadFixture(id);
  const highest = Math.max(
    ...(process.definition.sample ?? []).map((r) =>
      typeof r.id === "string" ? (caseNumber(process.idPrefix, r.id) ?? 0) : 0,
    ),
  );
  const made = sampleRegister(process, now);

  it("has a History of at least 90 days, the same every time (seeded)", async () => {
    const { events, rows } = await made;
    expect(day(now) - day(events[0]?.at ?? now)).toBeGreaterThanOrEqual(90);
    expect(await sampleRegister(process, now)).toEqual({ rows, events });
  });

  it("gives Analyze real figures: enough closed cases, weeks of throughput, nothing set aside", async () => {
    const { events, rows } = await made;
    const a = analyzeHistory(process, events, { now: now, register: rows });
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
    expect((await syncRows(process, rows, { now: now })).errors).toEqual([]);
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
    const r = await backtest(process, process, events, register, { now: now });
    expect([r.ownerChanges, r.nextChanges, r.errors]).toEqual([[], [], []]);
    expect(r.cases).toBe(register.length);
  });
});

const WEEK = [
  "2026-12-07",
  "2026-12-08",
  "2026-12-09",
  "2026-12-10",
  "2026-12-11",
  "2026-12-12",
  "2026-12-13",
];

/** Open rows whose due day is before the day, after the register's first sync at 09:00 that day. */
async function overdueAfterFirstSync(process: CompiledProcess, dayIso: string): Promise<number> {
  const now = `${dayIso}T09:00:00`;
  const { rows } = await sampleRegister(process, now);
  const synced = await syncRows(process, rows, { now });
  return synced.rows.filter(
    (r) =>
      r.status !== "done" &&
      r.status !== "cancelled" &&
      (r.closed ?? "") === "" &&
      typeof r.due === "string" &&
      r.due.slice(0, 10) < dayIso,
  ).length;
}

describe.each(TEMPLATES)("a new %s register made on any day of the week", (id) => {
  const process: CompiledProcess = loadFixture(id);

  it("opens with as many overdue rows as the sample shows on its own day", async () => {
    const intended = await overdueAfterFirstSync(process, process.definition.sampleAsOf ?? "");
    const counts: Record<string, number> = {};
    for (const d of WEEK) counts[d] = await overdueAfterFirstSync(process, d);
    expect(counts).toEqual(Object.fromEntries(WEEK.map((d) => [d, intended])));
  });
});

describe("sample dates", () => {
  const process = loadFixture("procurement");

  it("move with the day the register is made in working days of the calendar, nothing written for today dated tomorrow", async () => {
    const asWritten = (await sampleRegister(process, NOW)).rows.find((r) => r.id === "PR-0001");
    expect(asWritten).toMatchObject({ created: "2026-01-05T09:00:00", closed: "2026-02-06T16:20:00" });
    // Made on Thursday 14 May: each working day keeps its distance in working days from the day made
    // (36 back for 5 January: the Spring Festival week between counts nothing, the May Day week does).
    const later = (await sampleRegister(process, "2026-05-14T10:00:00")).rows.find((r) => r.id === "PR-0001");
    expect(later).toMatchObject({
      created: "2026-03-20T09:00:00",
      closed: "2026-04-24T16:20:00",
      neededBy: "2026-04-17",
    });
    // Made on a Sunday: the make-up Saturday 28 February was the working day before the sample's day, so
    // the rows that started their step on Friday 27 February started it two working days back, on Thursday.
    const sunday = (await sampleRegister(process, "2026-12-13T10:00:00")).rows.find(
      (r) => r.id === "PR-0007",
    );
    expect(sunday).toMatchObject({ stepStarted: "2026-12-10T10:00:00" });
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
