import { percentileInc } from "./percentile";
import { summarize } from "./stats";

describe("PERCENTILE.INC", () => {
  it("matches Excel on its documented example", () => {
    // Excel's help: PERCENTILE.INC({1,2,3,4}, 0.3) = 1.9
    expect(percentileInc([1, 2, 3, 4], 0.3)).toBeCloseTo(1.9, 12);
  });

  it("gives the ends at 0 and 1 and a single value for one sample", () => {
    expect(percentileInc([2, 5, 9], 0)).toBe(2);
    expect(percentileInc([2, 5, 9], 1)).toBe(9);
    expect(percentileInc([7], 0.85)).toBe(7);
  });

  it("refuses an empty list or a percentile outside 0..1", () => {
    expect(() => percentileInc([], 0.5)).toThrow(RangeError);
    expect(() => percentileInc([1], 1.5)).toThrow(RangeError);
  });

  it("summarizes with count, mean and p50/p85/p95, unsorted input accepted", () => {
    expect(summarize([3, 1, 2])).toEqual({ count: 3, mean: 2, p50: 2, p85: 2.7, p95: 2.9 });
    expect(summarize([])).toEqual({ count: 0, mean: null, p50: null, p85: null, p95: null });
  });
});
