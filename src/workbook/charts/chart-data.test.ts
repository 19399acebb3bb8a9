import cases from "../../../test/golden/analysis.cases.json";
import { loadFixture } from "../../../test/fixtures/load-fixture";
import { analyzeHistory } from "../../core/analysis/analyze";
import type { HistoryEvent } from "../history/history-event";
import {
  buildChartData,
  histogramBins,
  MAX_BINS,
  MAX_FLOW_ROWS,
  MAX_SCATTER_POINTS,
  niceWidth,
} from "./chart-data";
import { layoutAnalysis } from "./chart-specs";

interface AnalysisCase {
  name: string;
  process: string;
  now: string;
  events: HistoryEvent[];
}

const golden = (cases.cases as AnalysisCase[])[0] as AnalysisCase;
const mini = loadFixture(golden.process);
// Excel serials (1900 system) of the days the golden history touches.
const JAN = (day: number): number => 46022 + day;

describe("chart data from the golden history (analysis.cases.json, first case)", () => {
  const data = buildChartData(mini, golden.events, golden.now);

  it("carries the core analysis unchanged", () => {
    expect(data.analysis).toEqual(analyzeHistory(mini, golden.events, { now: golden.now }));
    expect(data.eventCount).toBe(16);
  });

  it("bins cycle times 4 and 11.75 days into √2 → 2 bins of a nice width of 10 days", () => {
    expect(data.histogram).toEqual({
      width: 10,
      bins: [
        { from: 0, to: 10, count: 1 },
        { from: 10, to: 20, count: 1 },
      ],
    });
  });

  it("puts each closed case at its close date (Excel serial) and draws p50/p85/p95 from first to last close", () => {
    expect(data.scatter).toEqual([
      { caseId: "PR-0001", closed: JAN(9), days: 4 },
      { caseId: "PR-0002", closed: JAN(14), days: 11.75 },
    ]);
    expect(data.lines).toEqual({
      from: JAN(9),
      to: JAN(14),
      p50: 7.875,
      p85: expect.closeTo(10.5875, 12),
      p95: expect.closeTo(11.3625, 12),
    });
  });

  it("gives time per step and WIP per step in definition order", () => {
    expect(data.steps.map((s) => [s.id, s.position, s.stays, s.open, s.oldestAgeDays])).toEqual([
      ["request", 1, 4, 1, 0.125],
      ["review", 2, 2, 1, 1.125],
      ["budget", 3, 1, 0, null],
      ["order", 4, 2, 0, null],
    ]);
    const review = data.steps[1];
    expect(review?.mean).toBeCloseTo(4.25, 12);
    expect(review?.p85).toBeCloseTo(6.175, 12);
  });

  it("lists every ISO week with zeros and marks now's week as still running", () => {
    expect(data.throughput).toEqual([
      { week: "2026-W01", closed: 0, complete: true },
      { week: "2026-W02", closed: 1, complete: true },
      { week: "2026-W03", closed: 1, complete: false },
    ]);
    // Only two complete weeks exist: (0 + 1) / 2.
    expect(data.recentThroughput).toEqual({ weeks: 2, mean: 0.5 });
  });

  it("counts cases per step at the end of each day for the cumulative flow, done last", () => {
    expect(data.flow.steps).toEqual(["request", "review", "budget", "order"]);
    expect(data.flow.stride).toBe(1);
    expect(data.flow.days).toBe(13);
    expect(data.flow.rows.map((r) => [r.date - JAN(0), ...r.counts, r.done])).toEqual([
      [2, 1, 0, 0, 0, 0],
      [3, 1, 0, 0, 0, 0],
      [4, 1, 0, 0, 0, 0],
      [5, 1, 1, 0, 0, 0],
      [6, 0, 2, 0, 0, 0],
      [7, 1, 1, 0, 1, 0],
      [8, 0, 1, 0, 1, 0],
      [9, 0, 1, 0, 0, 1],
      [10, 0, 1, 0, 0, 1],
      [11, 0, 1, 0, 0, 1],
      [12, 1, 0, 1, 0, 1],
      [13, 0, 1, 0, 1, 1],
      [14, 1, 1, 0, 0, 2],
    ]);
  });

  it("places each open case at its step's position with its age in the step, oldest first", () => {
    expect(data.aging).toEqual([
      { caseId: "PR-0005", step: "request", position: 1, ageDays: 0.125 },
      { caseId: "PR-0004", step: "review", position: 2, ageDays: 1.125 },
    ]);
  });

  it("has no version table when History recorded no versions", () => {
    expect(data.versions).toEqual([]);
  });

  it("groups cycle time by the version each case closed under", () => {
    const versioned = golden.events.map((e) =>
      e.type === "closed" ? { ...e, version: e.caseId === "PR-0001" ? 1 : 2 } : e,
    );
    const v = buildChartData(mini, versioned, golden.now).versions;
    expect(v.map((r) => [r.version, r.stats.count, r.stats.p50])).toEqual([
      [1, 1, 4],
      [2, 1, 11.75],
    ]);
  });
});

describe("chart data from an empty History", () => {
  const data = buildChartData(mini, [], golden.now);

  it("has no bins, points, lines, weeks, flow rows or aging points, and steps at zero", () => {
    expect(data.histogram.bins).toEqual([]);
    expect(data.scatter).toEqual([]);
    expect(data.lines).toBeNull();
    expect(data.throughput).toEqual([]);
    expect(data.recentThroughput).toEqual({ weeks: 0, mean: null });
    expect(data.flow).toEqual({
      steps: ["request", "review", "budget", "order"],
      rows: [],
      stride: 1,
      days: 0,
    });
    expect(data.aging).toEqual([]);
    expect(data.steps.every((s) => s.stays === 0 && s.open === 0 && s.mean === null)).toBe(true);
  });

  it("still lays out six charts, each series pointing at a (blank) cell, with notes saying why", () => {
    const layout = layoutAnalysis(data, mini, "en", golden.now);
    expect(layout.charts).toHaveLength(6);
    for (const c of layout.charts) {
      expect(c.series.length).toBeGreaterThan(0);
      for (const s of c.series) {
        expect(s.values).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
        expect(s.xValues).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      }
    }
    expect(layout.notes).toEqual([
      "History has no events yet: the charts stay empty until a sync records some.",
    ]);
  });
});

describe("histogram bins", () => {
  it("use 1-2-5 widths", () => {
    expect([0.3, 1, 1.2, 2, 2.1, 5.875, 10, 37].map(niceWidth)).toEqual([0.5, 1, 2, 2, 5, 10, 10, 50]);
    expect(niceWidth(0)).toBe(1);
  });

  it("close bins on the right, start at 0 and count every value once", () => {
    // 9 values → 3 bins wanted; max 9 → width 5; 5 sits in the first bin, 0 too.
    const h = histogramBins([0, 1, 5, 5.5, 6, 7, 8, 9, 9]);
    expect(h).toEqual({
      width: 5,
      bins: [
        { from: 0, to: 5, count: 3 },
        { from: 5, to: 10, count: 6 },
      ],
    });
  });

  it("put same-day closures (all zero) in one bin and never exceed the cap", () => {
    expect(histogramBins([0, 0, 0]).bins).toEqual([{ from: 0, to: 1, count: 3 }]);
    const many = Array.from({ length: 5000 }, (_v, i) => (i * 37) % 997);
    const h = histogramBins(many);
    expect(h.bins.length).toBeLessThanOrEqual(MAX_BINS);
    expect(h.bins.reduce((s, b) => s + b.count, 0)).toBe(5000);
  });
});

describe("cumulative flow over a long history", () => {
  it("keeps one row a week, ending today, when the history is longer than the chart can show", () => {
    const events: HistoryEvent[] = [
      { caseId: "A-1", at: "2024-01-01T09:00:00", type: "created", step: "request", status: "todo" },
    ];
    const data = buildChartData(mini, events, "2026-01-14T12:00:00");
    expect(data.flow.days).toBeGreaterThan(MAX_FLOW_ROWS);
    expect(data.flow.stride).toBe(7);
    const rows = data.flow.rows;
    expect(rows[rows.length - 1]?.date).toBe(JAN(14));
    expect(rows.every((r, i) => i === 0 || r.date - (rows[i - 1]?.date ?? 0) === 7)).toBe(true);
    expect(rows.length).toBeLessThanOrEqual(MAX_FLOW_ROWS);
  });
});

describe("the cycle-time scatter over many closed cases", () => {
  it("shows the most recent MAX_SCATTER_POINTS, while the histogram and percentiles count every case", () => {
    const n = MAX_SCATTER_POINTS + 5;
    const events: HistoryEvent[] = [];
    for (let i = 0; i < n; i++) {
      const id = `C-${String(i).padStart(5, "0")}`;
      const day = 1 + (i % 28);
      const at = `2026-02-${String(day).padStart(2, "0")}`;
      events.push({ caseId: id, at: `${at}T09:00:00`, type: "created", step: "request", status: "todo" });
      events.push({ caseId: id, at: `${at}T15:00:00`, type: "closed", step: "request", status: "done" });
    }
    const data = buildChartData(mini, events, "2026-03-02T09:00:00", { trials: 100 });
    expect(data.closedTotal).toBe(n);
    expect(data.scatter).toHaveLength(MAX_SCATTER_POINTS);
    expect(data.histogram.bins.reduce((s, b) => s + b.count, 0)).toBe(n);
    expect(data.analysis.cycleTimeDays.count).toBe(n);
    // Dropped first: the earliest closures (five of those on 1 February, by case ID).
    expect(data.scatter[0]).toMatchObject({ caseId: "C-00140", closed: JAN(32) });
    const layout = layoutAnalysis(data, mini, "en", "2026-03-02T09:00:00");
    expect(layout.notes).toContain(
      `The scatter chart shows the ${MAX_SCATTER_POINTS.toLocaleString("en-US")} most recent of ${n.toLocaleString("en-US")} closed cases; the histogram and the percentile lines use them all.`,
    );
  });
});
