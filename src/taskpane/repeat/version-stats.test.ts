import type { ProcessDefinition } from "../../core/definition/types";
import type { HistoryEvent } from "../../excel/api-types";
import { statsByVersion } from "./version-stats";

const def: ProcessDefinition = {
  schemaVersion: 1,
  id: "p",
  name: "P",
  steps: [
    { id: "a", name: "A", owner: "Ann", slaDays: 1 },
    { id: "b", name: "B", owner: "Bo" },
  ],
};

function lifecycle(
  caseId: string,
  created: string,
  moved: string,
  closed: string,
  version: number,
  closeVersion = version,
): HistoryEvent[] {
  return [
    { caseId, at: created, type: "created", step: "a", status: "todo", version },
    { caseId, at: moved, type: "advanced", step: "b", fromStep: "a", status: "todo", version },
    { caseId, at: closed, type: "closed", step: "b", status: "done", version: closeVersion },
  ];
}

it("measures each version's cases, a case counting for the version it started under", () => {
  const events = [
    ...lifecycle("P-1", "2026-01-05T09:00:00", "2026-01-06T09:00:00", "2026-01-07T09:00:00", 1),
    ...lifecycle("P-2", "2026-01-05T09:00:00", "2026-01-09T09:00:00", "2026-01-09T09:00:00", 1, 2),
    ...lifecycle("P-3", "2026-01-12T09:00:00", "2026-01-13T09:00:00", "2026-01-20T09:00:00", 2),
  ];
  const defs = new Map([
    [1, def],
    [2, def],
  ]);
  const [v1, v2] = statsByVersion(events, defs, [1, 2], "2026-02-01T09:00:00");
  expect(v1).toMatchObject({ version: 1, cases: 2, closed: 2, p50: 3 });
  expect(v1?.onTimeRate).toBe(0.5);
  expect(v2).toMatchObject({ version: 2, cases: 1, closed: 1, p50: 8, p85: 8, onTimeRate: 1 });
});

it("reports a version with no cases as unmeasured", () => {
  expect(statsByVersion([], new Map([[1, def]]), [1], "2026-02-01T09:00:00")).toEqual([
    { version: 1, cases: 0, closed: 0, p50: null, p85: null, onTimeRate: null },
  ]);
});
