import type { Lang } from "../../words/lang";
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

/** Every text the Analysis sheet shows, in one language. Words only: numbers keep Excel number formats. */
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
  };
}

const EN: AnalysisLabels = {
  sheetSuffix: "Analysis",
  sheetTitle: (process) => `${process}: analysis`,
  asOf: "As of",
  rebuilt:
    "Procsheet rebuilds this sheet each time you build charts. Charts you add yourself are kept; the summary and chart-data cells are replaced.",
  summary: { measure: "Measure", value: "Value", goal: "Goal", verdict: "Against the goal" },
  rows: {
    closed: "Cases closed",
    cancelled: "Cases cancelled (counted apart)",
    open: "Cases open",
    cycleCount: "Cycle time: closed cases measured",
    cycleMean: "Cycle time, mean (days)",
    cycleP50: "Cycle time, median p50 (days)",
    cycleP85: "Cycle time, p85 (days)",
    cycleP95: "Cycle time, p95 (days)",
    onTime: "On-time rate (step exits within the SLA)",
    throughput: "Throughput: cases closed a week, mean of the last 4 complete weeks",
    forecastP50: "Forecast: today's open cases done by (50% likely)",
    forecastP85: "Forecast: today's open cases done by (85% likely)",
    forecastP95: "Forecast: today's open cases done by (95% likely)",
  },
  verdicts: {
    withinGoal: "within the goal",
    overGoal: "over the goal",
    onTarget: "on target",
    belowTarget: "below target",
  },
  empty: {
    noClosed: "no closed cases yet",
    noOnTime: "no step with an SLA finished yet",
    noWeeks: "no complete week yet",
    noForecast: "no closed cases to forecast from",
    noOpen: "no open cases",
    noEvents: "no events in History yet",
  },
  fewerWeeks: (weeks) => `only ${weeks} complete week${weeks === 1 ? "" : "s"} so far`,
  wip: { title: "Work in progress by step", step: "Step", open: "Open now", oldest: "Oldest, days in step" },
  versions: {
    title: "Cycle time by process version (the version each case closed under)",
    version: "Version",
    closed: "Cases closed",
    p50: "Median p50 (days)",
    p85: "p85 (days)",
    unknown: "not recorded",
  },
  dataArea: "Chart data: Procsheet writes these cells and the charts read them",
  blocks: {
    histogram: {
      title: "Cycle-time histogram",
      from: "From (days)",
      to: "To (days)",
      bin: "Days",
      cases: "Cases",
    },
    scatter: {
      title: "Cycle time by close date",
      caseId: "Case",
      closed: "Closed",
      days: "Cycle time (days)",
    },
    lines: { title: "Percentile lines", closed: "Closed" },
    steps: {
      title: "Time per step",
      step: "Step",
      position: "Position",
      stays: "Stays measured",
      mean: "Mean (days)",
      p85: "p85 (days)",
      open: "Open now",
      oldest: "Oldest (days)",
    },
    throughput: {
      title: "Cases closed per ISO week",
      week: "Week",
      closed: "Cases closed",
      soFar: (week) => `${week} (so far)`,
    },
    flow: { title: "Cumulative flow (cases at the end of each day)", date: "Date" },
    aging: {
      title: "Open cases by step and age",
      caseId: "Case",
      step: "Step",
      position: "Position",
      age: "Age in step (days)",
    },
  },
  charts: {
    cycleHistogram: { title: "Cycle time of closed cases", x: "Cycle time (days)", y: "Cases" },
    cycleScatter: {
      title: "Cycle time by close date, with p50/p85/p95",
      x: "Close date",
      y: "Cycle time (days)",
    },
    stepTime: { title: "Time per step (where work waits)", x: "Step", y: "Days in step" },
    agingWip: { title: "Aging work in progress", x: "Step (1 = first step)", y: "Age in step (days)" },
    throughput: { title: "Cases closed per week", x: "ISO week", y: "Cases closed" },
    cumulativeFlow: { title: "Cumulative flow", x: "Date", y: "Cases" },
  },
  series: {
    cases: "Cases",
    closedCases: "Closed cases",
    p50: "p50 (median)",
    p85: "p85",
    p95: "p95",
    goal: "Goal",
    mean: "Mean",
    done: "Done",
    pastP85: "p85 of past stays",
    noOpen: "No open cases",
  },
  notes: {
    created: (sheet) => `Created the sheet "${sheet}".`,
    updated: (sheet) => `Updated the sheet "${sheet}".`,
    noEvents: "History has no events yet: the charts stay empty until a sync records some.",
    noClosed: "No case has closed yet: the cycle-time charts stay empty until one does.",
    noOpen: "No case is open: the aging chart shows only the p85 of past stays.",
    flowWeekly: (days) => `The history spans ${days} days, so cumulative flow shows one point a week.`,
    scatterCapped: (shown, total) =>
      `The scatter chart shows the ${shown} most recent of ${total} closed cases; the histogram and the percentile lines use them all.`,
    userCharts: (n) =>
      `${n} chart${n === 1 ? "" : "s"} of your own on the sheet ${n === 1 ? "was" : "were"} left as ${n === 1 ? "it was" : "they were"}.`,
  },
};

const ZH: AnalysisLabels = {
  sheetSuffix: "分析",
  sheetTitle: (process) => `${process}：分析`,
  asOf: "统计时间",
  rebuilt:
    "每次生成图表时，Procsheet 都会重建此工作表。您自己添加的图表会保留；汇总和图表数据单元格会被替换。",
  summary: { measure: "指标", value: "数值", goal: "目标", verdict: "与目标对比" },
  rows: {
    closed: "已完成事项",
    cancelled: "已取消事项（单独统计）",
    open: "未完成事项",
    cycleCount: "周期：参与统计的已完成事项",
    cycleMean: "周期，平均值（天）",
    cycleP50: "周期，中位数 p50（天）",
    cycleP85: "周期，p85（天）",
    cycleP95: "周期，p95（天）",
    onTime: "按时率（在时限内完成的步骤）",
    throughput: "吞吐量：最近 4 个完整周的每周平均完成数",
    forecastP50: "预测：今天的未完成事项完成日期（50% 可能）",
    forecastP85: "预测：今天的未完成事项完成日期（85% 可能）",
    forecastP95: "预测：今天的未完成事项完成日期（95% 可能）",
  },
  verdicts: {
    withinGoal: "达到目标",
    overGoal: "超出目标",
    onTarget: "达到目标",
    belowTarget: "低于目标",
  },
  empty: {
    noClosed: "还没有已完成的事项",
    noOnTime: "还没有设定时限的步骤完成",
    noWeeks: "还没有完整的一周",
    noForecast: "没有已完成的事项，无法预测",
    noOpen: "没有未完成的事项",
    noEvents: "历史记录中还没有事件",
  },
  fewerWeeks: (weeks) => `目前只有 ${weeks} 个完整周`,
  wip: { title: "各步骤在办事项", step: "步骤", open: "当前在办", oldest: "最久停留（天）" },
  versions: {
    title: "按流程版本的周期（事项完成时的版本）",
    version: "版本",
    closed: "已完成事项",
    p50: "中位数 p50（天）",
    p85: "p85（天）",
    unknown: "未记录",
  },
  dataArea: "图表数据：由 Procsheet 写入，图表引用这些单元格",
  blocks: {
    histogram: { title: "周期分布", from: "起（天）", to: "止（天）", bin: "天数", cases: "事项数" },
    scatter: { title: "按完成日期的周期", caseId: "编号", closed: "完成日期", days: "周期（天）" },
    lines: { title: "百分位线", closed: "完成日期" },
    steps: {
      title: "各步骤用时",
      step: "步骤",
      position: "顺序",
      stays: "统计次数",
      mean: "平均（天）",
      p85: "p85（天）",
      open: "当前在办",
      oldest: "最久（天）",
    },
    throughput: {
      title: "每个 ISO 周完成的事项",
      week: "周",
      closed: "完成事项",
      soFar: (week) => `${week}（进行中）`,
    },
    flow: { title: "累积流（每天结束时各步骤的事项数）", date: "日期" },
    aging: {
      title: "在办事项的步骤与停留时间",
      caseId: "编号",
      step: "步骤",
      position: "顺序",
      age: "在当前步骤停留（天）",
    },
  },
  charts: {
    cycleHistogram: { title: "已完成事项的周期分布", x: "周期（天）", y: "事项数" },
    cycleScatter: { title: "按完成日期的周期（含 p50/p85/p95）", x: "完成日期", y: "周期（天）" },
    stepTime: { title: "各步骤用时（瓶颈）", x: "步骤", y: "停留天数" },
    agingWip: { title: "在办事项停留时间", x: "步骤（1 = 第一步）", y: "在当前步骤停留（天）" },
    throughput: { title: "每周完成的事项", x: "ISO 周", y: "完成事项" },
    cumulativeFlow: { title: "累积流图", x: "日期", y: "事项数" },
  },
  series: {
    cases: "事项数",
    closedCases: "已完成事项",
    p50: "p50（中位数）",
    p85: "p85",
    p95: "p95",
    goal: "目标",
    mean: "平均",
    done: "已完成",
    pastP85: "以往停留的 p85",
    noOpen: "没有在办事项",
  },
  notes: {
    created: (sheet) => `已创建工作表“${sheet}”。`,
    updated: (sheet) => `已更新工作表“${sheet}”。`,
    noEvents: "历史记录中还没有事件：在同步记录事件之前，图表为空。",
    noClosed: "还没有事项完成：在有事项完成之前，周期图表为空。",
    noOpen: "没有未完成的事项：停留时间图只显示以往停留的 p85。",
    flowWeekly: (days) => `历史跨度为 ${days} 天，累积流图每周显示一个点。`,
    scatterCapped: (shown, total) =>
      `散点图显示 ${total} 个已完成事项中最近的 ${shown} 个；直方图和百分位线使用全部事项。`,
    userCharts: (n) => `工作表上您自己的 ${n} 个图表保持不变。`,
  },
};

export const ANALYSIS_LABELS: Readonly<Record<Lang, AnalysisLabels>> = { en: EN, "zh-CN": ZH };

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
