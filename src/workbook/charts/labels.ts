import type { Lang } from "../../words/lang";
import type { ArgNames } from "../../words/params";
import { say } from "../../words/say";
import "../../words/sheet";
import type { SHEET } from "../../words/sheet";
import type { CompiledProcess } from "../../core/process";
import { safeSheetName } from "../../core/register/names";
import { resolveText } from "../../core/text";

/** The six charts of an Analysis sheet, in the order they sit on the sheet (two per row). */
export const CHART_KEYS = [
  "cycleHistogram",
  "cycleScatter",
  "stepTime",
  "agingWip",
  "throughput",
  "cumulativeFlow",
] as const;
export type ChartKey = (typeof CHART_KEYS)[number];

export interface ChartLabels {
  readonly title: string;
  /** The horizontal axis (the category axis, or the X value axis of a scatter chart). */
  readonly x: string;
  readonly y: string;
}

/**
 * Every text the Analysis sheet shows, in one language, as the chart code reads it: a thin typed view of the
 * catalogue's sheet section (src/words/sheet.ts). Words only: numbers keep Excel number formats.
 */
export interface AnalysisLabels {
  readonly sheetSuffix: string;
  readonly sheetTitle: (process: string) => string;
  readonly asOf: string;
  readonly rebuilt: string;
  readonly summary: {
    readonly measure: string;
    readonly value: string;
    readonly goal: string;
    readonly verdict: string;
  };
  readonly rows: {
    readonly closed: string;
    readonly cancelled: string;
    readonly open: string;
    readonly cycleCount: string;
    readonly cycleMean: string;
    readonly cycleP50: string;
    readonly cycleP85: string;
    readonly cycleP95: string;
    readonly onTime: string;
    readonly throughput: string;
    readonly forecastP50: string;
    readonly forecastP85: string;
    readonly forecastP95: string;
  };
  readonly verdicts: {
    readonly withinGoal: string;
    readonly overGoal: string;
    readonly onTarget: string;
    readonly belowTarget: string;
  };
  readonly empty: {
    readonly noClosed: string;
    readonly noOnTime: string;
    readonly noWeeks: string;
    readonly noForecast: string;
    readonly noOpen: string;
    readonly noEvents: string;
  };
  readonly fewerWeeks: (weeks: number) => string;
  /** Instead of a verdict, below the minimum of closed cases (core/analysis/analyze.ts). */
  readonly notEnough: (closed: number, min: number) => string;
  readonly slaSteps: {
    readonly title: string;
    readonly step: string;
    readonly sla: string;
    readonly onTime: string;
    readonly late: string;
  };
  readonly breaches: {
    readonly title: string;
    readonly case: string;
    readonly due: string;
    readonly left: string;
    readonly stillOpen: string;
    readonly daysLate: string;
    readonly more: (more: number) => string;
    readonly none: string;
  };
  readonly wip: {
    readonly title: string;
    readonly step: string;
    readonly open: string;
    readonly oldest: string;
  };
  readonly versions: {
    readonly title: string;
    readonly version: string;
    readonly closed: string;
    readonly p50: string;
    readonly p85: string;
    readonly unknown: string;
  };
  readonly dataArea: string;
  readonly blocks: {
    readonly histogram: {
      readonly title: string;
      readonly from: string;
      readonly to: string;
      readonly bin: string;
      readonly cases: string;
    };
    readonly scatter: {
      readonly title: string;
      readonly caseId: string;
      readonly closed: string;
      readonly days: string;
    };
    readonly lines: { readonly title: string; readonly closed: string };
    readonly steps: {
      readonly title: string;
      readonly step: string;
      readonly position: string;
      readonly stays: string;
      readonly mean: string;
      readonly p85: string;
      readonly open: string;
      readonly oldest: string;
    };
    readonly throughput: {
      readonly title: string;
      readonly week: string;
      readonly closed: string;
      readonly soFar: (week: string) => string;
    };
    readonly flow: { readonly title: string; readonly date: string };
    readonly aging: {
      readonly title: string;
      readonly caseId: string;
      readonly step: string;
      readonly position: string;
      readonly age: string;
    };
  };
  readonly charts: Readonly<Record<ChartKey, ChartLabels>>;
  readonly series: {
    readonly cases: string;
    readonly closedCases: string;
    readonly p50: string;
    readonly p85: string;
    readonly p95: string;
    readonly goal: string;
    readonly mean: string;
    readonly done: string;
    readonly pastP85: string;
    readonly noOpen: string;
  };
  readonly notes: {
    readonly created: (sheet: string) => string;
    readonly updated: (sheet: string) => string;
    readonly noEvents: string;
    readonly noClosed: string;
    readonly noOpen: string;
    readonly flowWeekly: (days: number) => string;
    readonly scatterCapped: (shown: number, total: number) => string;
    readonly userCharts: (n: number) => string;
    readonly registerDates: (count: number) => string;
  };
}

/** The Analysis sheet's words in one language, from the catalogue's sheet section (src/words/sheet.ts). */
function labelsIn(lang: Lang): AnalysisLabels {
  const w = (key: Parameterless): string => say(key, {}, lang);
  const chart = (key: ChartKey): ChartLabels => ({
    title: w(`sheet.chart.${key}.title`),
    x: w(`sheet.chart.${key}.x`),
    y: w(`sheet.chart.${key}.y`),
  });
  return {
    sheetSuffix: w("sheet.analysis.suffix"),
    sheetTitle: (process) => say("sheet.analysis.title", { process }, lang),
    asOf: w("sheet.analysis.asOf"),
    rebuilt: w("sheet.analysis.rebuilt"),
    summary: {
      measure: w("sheet.summary.measure"),
      value: w("sheet.summary.value"),
      goal: w("sheet.summary.goal"),
      verdict: w("sheet.summary.verdict"),
    },
    rows: {
      closed: w("sheet.rows.closed"),
      cancelled: w("sheet.rows.cancelled"),
      open: w("sheet.rows.open"),
      cycleCount: w("sheet.rows.cycleCount"),
      cycleMean: w("sheet.rows.cycleMean"),
      cycleP50: w("sheet.rows.cycleP50"),
      cycleP85: w("sheet.rows.cycleP85"),
      cycleP95: w("sheet.rows.cycleP95"),
      onTime: w("sheet.rows.onTime"),
      throughput: w("sheet.rows.throughput"),
      forecastP50: w("sheet.rows.forecastP50"),
      forecastP85: w("sheet.rows.forecastP85"),
      forecastP95: w("sheet.rows.forecastP95"),
    },
    verdicts: {
      withinGoal: w("sheet.verdicts.withinGoal"),
      overGoal: w("sheet.verdicts.overGoal"),
      onTarget: w("sheet.verdicts.onTarget"),
      belowTarget: w("sheet.verdicts.belowTarget"),
    },
    empty: {
      noClosed: w("sheet.empty.noClosed"),
      noOnTime: w("sheet.empty.noOnTime"),
      noWeeks: w("sheet.empty.noWeeks"),
      noForecast: w("sheet.empty.noForecast"),
      noOpen: w("sheet.empty.noOpen"),
      noEvents: w("sheet.empty.noEvents"),
    },
    fewerWeeks: (weeks) => say("sheet.fewerWeeks", { weeks }, lang),
    notEnough: (closed, min) => say("sheet.notEnough", { closed, min }, lang),
    slaSteps: {
      title: w("sheet.slaSteps.title"),
      step: w("sheet.slaSteps.step"),
      sla: w("sheet.slaSteps.sla"),
      onTime: w("sheet.slaSteps.onTime"),
      late: w("sheet.slaSteps.late"),
    },
    breaches: {
      title: w("sheet.breaches.title"),
      case: w("sheet.breaches.case"),
      due: w("sheet.breaches.due"),
      left: w("sheet.breaches.left"),
      stillOpen: w("sheet.breaches.stillOpen"),
      daysLate: w("sheet.breaches.daysLate"),
      more: (more) => say("sheet.breaches.more", { more }, lang),
      none: w("sheet.breaches.none"),
    },
    wip: {
      title: w("sheet.wip.title"),
      step: w("sheet.wip.step"),
      open: w("sheet.wip.open"),
      oldest: w("sheet.wip.oldest"),
    },
    versions: {
      title: w("sheet.versions.title"),
      version: w("sheet.versions.version"),
      closed: w("sheet.versions.closed"),
      p50: w("sheet.versions.p50"),
      p85: w("sheet.versions.p85"),
      unknown: w("sheet.versions.unknown"),
    },
    dataArea: w("sheet.dataArea"),
    blocks: {
      histogram: {
        title: w("sheet.histogram.title"),
        from: w("sheet.histogram.from"),
        to: w("sheet.histogram.to"),
        bin: w("sheet.histogram.bin"),
        cases: w("sheet.histogram.cases"),
      },
      scatter: {
        title: w("sheet.scatter.title"),
        caseId: w("sheet.scatter.caseId"),
        closed: w("sheet.scatter.closed"),
        days: w("sheet.scatter.days"),
      },
      lines: { title: w("sheet.lines.title"), closed: w("sheet.lines.closed") },
      steps: {
        title: w("sheet.steps.title"),
        step: w("sheet.steps.step"),
        position: w("sheet.steps.position"),
        stays: w("sheet.steps.stays"),
        mean: w("sheet.steps.mean"),
        p85: w("sheet.steps.p85"),
        open: w("sheet.steps.open"),
        oldest: w("sheet.steps.oldest"),
      },
      throughput: {
        title: w("sheet.throughput.title"),
        week: w("sheet.throughput.week"),
        closed: w("sheet.throughput.closed"),
        soFar: (week) => say("sheet.throughput.soFar", { week }, lang),
      },
      flow: { title: w("sheet.flow.title"), date: w("sheet.flow.date") },
      aging: {
        title: w("sheet.aging.title"),
        caseId: w("sheet.aging.caseId"),
        step: w("sheet.aging.step"),
        position: w("sheet.aging.position"),
        age: w("sheet.aging.age"),
      },
    },
    charts: {
      cycleHistogram: chart("cycleHistogram"),
      cycleScatter: chart("cycleScatter"),
      stepTime: chart("stepTime"),
      agingWip: chart("agingWip"),
      throughput: chart("throughput"),
      cumulativeFlow: chart("cumulativeFlow"),
    },
    series: {
      cases: w("sheet.series.cases"),
      closedCases: w("sheet.series.closedCases"),
      p50: w("sheet.series.p50"),
      p85: w("sheet.series.p85"),
      p95: w("sheet.series.p95"),
      goal: w("sheet.series.goal"),
      mean: w("sheet.series.mean"),
      done: w("sheet.series.done"),
      pastP85: w("sheet.series.pastP85"),
      noOpen: w("sheet.series.noOpen"),
    },
    notes: {
      created: (sheet) => say("sheet.notes.created", { sheet }, lang),
      updated: (sheet) => say("sheet.notes.updated", { sheet }, lang),
      noEvents: w("sheet.notes.noEvents"),
      noClosed: w("sheet.notes.noClosed"),
      noOpen: w("sheet.notes.noOpen"),
      flowWeekly: (days) => say("sheet.notes.flowWeekly", { days }, lang),
      scatterCapped: (shown, total) => say("sheet.notes.scatterCapped", { shown, total }, lang),
      userCharts: (n) => say("sheet.notes.userCharts", { n }, lang),
      registerDates: (count) => say("sheet.notes.registerDates", { count }, lang),
    },
  };
}

/** The sheet's keys that take no parameter. */
type Parameterless = {
  [K in keyof typeof SHEET]: [ArgNames<(typeof SHEET)[K]["en"]>] extends [never] ? K : never;
}[keyof typeof SHEET];

export const ANALYSIS_LABELS: Readonly<Record<Lang, AnalysisLabels>> = {
  en: labelsIn("en"),
  "zh-CN": labelsIn("zh-CN"),
};

export function labelsFor(lang: Lang): AnalysisLabels {
  return ANALYSIS_LABELS[lang];
}

/**
 * The Analysis sheet's name: the process name in the user's language and the localized suffix, within
 * Excel's 31 characters and without the characters Excel refuses. It always ends in the suffix, so it
 * can never be the reserved name "History".
 * @example analysisSheetName("Procurement", "en") === "Procurement Analysis"
 */
export function analysisSheetName(processName: string, lang: Lang): string {
  const suffix = ` ${labelsFor(lang).sheetSuffix}`;
  const base = safeSheetName(processName)
    .slice(0, 31 - suffix.length)
    .trimEnd();
  return `${base}${suffix}`;
}

/** Name of one of Procsheet's charts for a process: how a re-run finds it again (never a user's chart). */
export function chartName(processId: string, key: ChartKey): string {
  return `PS_${processId}_${key}`;
}

/** A step's name in the user's language; a step the definition no longer has keeps its id. */
export function stepName(process: CompiledProcess, id: string, lang: Lang): string {
  const step = process.stepById.get(id);
  return (step ? resolveText(step.def.name, lang) : "") || id;
}
