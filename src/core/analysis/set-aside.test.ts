import cases from "../../../test/golden/analysis.cases.json";
import { loadFixture } from "../../../test/fixtures/load-fixture";
import type { ProcessEvent } from "../sync/events";
import { analyzeHistory } from "./analyze";

const golden = cases.cases[0] as { now: string; events: ProcessEvent[] };
const mini = loadFixture("mini");

function figures(events: readonly ProcessEvent[]): unknown {
  const {
    setAside: _s,
    casesWithoutCreated: _c,
    ...rest
  } = analyzeHistory(mini, events, { now: golden.now });
  return rest;
}

describe("events the analysis sets aside", () => {
  it("sets aside unknown steps, events before their case's created event and exact duplicates, and says so", () => {
    const [first, , third] = golden.events as [ProcessEvent, ProcessEvent, ProcessEvent];
    const junk: ProcessEvent[] = [
      {
        caseId: "PR-0004",
        at: "2025-12-20T09:00:00",
        type: "assigned",
        step: "request",
        status: "todo",
        owner: "Zed",
      },
      { ...third },
      { caseId: "PR-0002", at: "2026-01-06T09:00:00", type: "status", step: "shipping", status: "doing" },
    ];
    const polluted = [first, ...junk, ...golden.events.slice(1)];
    const a = analyzeHistory(mini, polluted, { now: golden.now });
    // In file order.
    expect(a.setAside).toEqual([
      {
        caseId: "PR-0004",
        at: "2025-12-20T09:00:00",
        type: "assigned",
        step: "request",
        reason: "beforeCreated",
      },
      {
        caseId: "PR-0002",
        at: "2026-01-06T09:00:00",
        type: "status",
        step: "shipping",
        reason: "unknownStep",
      },
      // Of two exact copies the later one in the file is set aside: here the golden History's own.
      { caseId: "PR-0001", at: "2026-01-06T09:00:00", type: "advanced", step: "review", reason: "duplicate" },
    ]);
    // What is set aside does not move a figure: they are the clean History's, to the last digit.
    expect(figures(polluted)).toEqual(figures(golden.events));
  });

  it("keeps a case whose created event precedes the History, but not the stay it is first seen in", () => {
    const midway: ProcessEvent[] = [
      {
        caseId: "PR-0000",
        at: "2026-01-07T09:00:00",
        type: "advanced",
        step: "order",
        fromStep: "review",
        status: "todo",
      },
      { caseId: "PR-0000", at: "2026-01-08T09:00:00", type: "closed", step: "order", status: "done" },
      {
        caseId: "PR-0099",
        at: "2026-01-12T09:00:00",
        type: "assigned",
        step: "review",
        status: "todo",
        owner: "Bo",
      },
    ];
    const clean = analyzeHistory(mini, golden.events, { now: golden.now });
    const a = analyzeHistory(mini, [...golden.events, ...midway], { now: golden.now });
    expect(a.setAside).toEqual([]);
    expect(a.casesWithoutCreated).toEqual(["PR-0000", "PR-0099"]);
    expect(a.cases).toEqual({ ...clean.cases, closed: clean.cases.closed + 1, open: clean.cases.open + 1 });
    // Its cycle time counts from its first event (a lower bound, as before), so closed cases all show.
    expect(a.cycleTimeDays.count).toBe(clean.cycleTimeDays.count + 1);
    expect(a.throughputPerWeek["2026-W02"]).toBe((clean.throughputPerWeek["2026-W02"] ?? 0) + 1);
    // PR-0000's stay in order is seen whole (entered by the advanced event); its review stay is not.
    expect(a.steps.order?.count).toBe((clean.steps.order?.count ?? 0) + 1);
    expect(a.steps.review).toEqual(clean.steps.review);
    expect(a.wip.review?.open).toBe((clean.wip.review?.open ?? 0) + 1);
  });

  it("sets nothing aside from a clean History", () => {
    const a = analyzeHistory(mini, golden.events, { now: golden.now });
    expect([a.setAside, a.casesWithoutCreated]).toEqual([[], []]);
  });
});
