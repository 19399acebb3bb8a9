import cases from "../../../test/golden/analysis.cases.json";
import { loadFixture } from "../../../test/fixtures/load-fixture";
import type { RuleRow } from "../definition/types";
import type { ProcessEvent } from "../sync/events";
import { analyzeHistory } from "./analyze";

interface AnalysisCase {
  name: string;
  process: string;
  now: string;
  events: ProcessEvent[];
  /** The register's rows in the rules' view, when the case gives the analysis the register too. */
  register?: RuleRow[];
  expect: Record<string, unknown>;
}

/** Deep comparison with numbers to 1e-9, so hand-computed fractions match floating point. */
function expectClose(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === "number") {
    expect([path, typeof actual]).toEqual([path, "number"]);
    expect(Math.abs((actual as number) - expected)).toBeLessThan(1e-9);
  } else if (expected && typeof expected === "object") {
    expect([path, typeof actual]).toEqual([path, "object"]);
    if (Array.isArray(expected))
      expect([path, (actual as unknown[]).length]).toEqual([path, expected.length]);
    for (const [k, v] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
    if (!Array.isArray(expected))
      expect(Object.keys(actual as object).sort()).toEqual(
        expect.arrayContaining(Object.keys(expected).sort()),
      );
  } else expect([path, actual]).toEqual([path, expected]);
}

describe("analysis golden cases (docs/specification.md §4)", () => {
  it.each((cases.cases as AnalysisCase[]).map((c) => [c.name, c]))("%s", (_name, c) => {
    const result = analyzeHistory(loadFixture(c.process), c.events, {
      now: c.now,
      ...(c.register ? { register: c.register } : {}),
    });
    expectClose(JSON.parse(JSON.stringify(result)), c.expect, "analysis");
  });

  it("throughput keys cover every week, so a quiet week shows as 0", () => {
    const c = (cases.cases as AnalysisCase[])[0] as AnalysisCase;
    const r = analyzeHistory(loadFixture(c.process), c.events, { now: "2026-02-04T12:00:00" });
    expect(Object.keys(r.throughputPerWeek)).toEqual([
      "2026-W01",
      "2026-W02",
      "2026-W03",
      "2026-W04",
      "2026-W05",
      "2026-W06",
    ]);
  });

  it("the forecast is seeded: the same inputs give the same dates, another seed may not", () => {
    const c = (cases.cases as AnalysisCase[])[0] as AnalysisCase;
    const a = analyzeHistory(loadFixture(c.process), c.events, { now: c.now });
    const b = analyzeHistory(loadFixture(c.process), c.events, { now: c.now });
    expect(a.forecast).toEqual(b.forecast);
    expect(a.forecast.openCases).toBe(2);
    expect(a.forecast.weeksSampled).toBe(2);
    // Two open cases drawn from weeks of 0 and 1 closures: at least two weeks, and p95 no earlier than p50.
    expect(a.forecast.weeks?.p50).toBeGreaterThanOrEqual(2);
    expect(a.forecast.weeks?.p95).toBeGreaterThanOrEqual(a.forecast.weeks?.p50 ?? Infinity);
  });
});
