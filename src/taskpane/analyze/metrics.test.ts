import {
  bottleneck,
  durationVerdict,
  lastWeeks,
  MIN_BOTTLENECK_STAYS,
  rateVerdict,
  totalWip,
} from "./metrics";

const stats = (p85: number | null, count = 3) => ({ count, mean: p85, p50: p85, p85, p95: p85 });

describe("figures against goals", () => {
  it("meets a duration target at or under it", () => {
    expect(durationVerdict(20, 25)).toEqual({ value: 20, target: 25, met: true });
    expect(durationVerdict(26, 25).met).toBe(false);
    expect(durationVerdict(null, 25).met).toBeUndefined();
    expect(durationVerdict(3, undefined)).toEqual({ value: 3 });
  });
  it("meets a rate target at or over it", () => {
    expect(rateVerdict(0.85, 0.85).met).toBe(true);
    expect(rateVerdict(0.8, 0.85).met).toBe(false);
  });
  it("keeps the last weeks in order", () => {
    expect(lastWeeks({ "2026-W03": 1, "2026-W01": 4, "2026-W02": 0 }, 2)).toEqual([
      ["2026-W02", 0],
      ["2026-W03", 1],
    ]);
  });
  it("sums work in progress and finds the oldest case and the bottleneck", () => {
    expect(
      totalWip({
        a: { open: 2, oldestAgeDays: 3 },
        b: { open: 1, oldestAgeDays: 9 },
        c: { open: 0, oldestAgeDays: null },
      }),
    ).toEqual({
      open: 3,
      oldestAgeDays: 9,
    });
    expect(bottleneck({ a: stats(2), b: stats(5), c: stats(null) })).toBe("b");
  });
  it("names no step the bottleneck from fewer than 3 finished stays", () => {
    expect(MIN_BOTTLENECK_STAYS).toBe(3);
    // One slow stay at b does not make it the bottleneck; a's three stays do.
    expect(bottleneck({ a: stats(2), b: stats(9, 1) })).toBe("a");
    expect(bottleneck({ a: stats(2, 2), b: stats(9, 1) })).toBeUndefined();
  });
});
