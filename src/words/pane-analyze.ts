import { words } from "./book";

export const PANE_ANALYZE = words({
  "pane.measured": { en: "Measured", "zh-CN": "实测" },
  "pane.analysing": { en: "Analysing…", "zh-CN": "正在分析…" },
  "pane.noGoalStatement": {
    en: "No goal statement yet. Set one under Goals.",
    "zh-CN": "还没有目标描述。请在“目标”中设定。",
  },
  "pane.cycleP50": {
    en: "Cycle time: half of cases finish within (median, p50)",
    "zh-CN": "周期时间：半数事项在此之内完成（中位数 p50）",
  },
  "pane.cycleP85": {
    en: "Cycle time: 85% of cases finish within (p85)",
    "zh-CN": "周期时间：85% 的事项在此之内完成（p85）",
  },
  "pane.targetDays": { en: "Target {n} d", "zh-CN": "目标 {n} 天" },
  "pane.targetRate": { en: "Target {rate}", "zh-CN": "目标 {rate}" },
  "pane.noTarget": { en: "No target set", "zh-CN": "未设目标" },
  "pane.targetMet": { en: "meets the target", "zh-CN": "达到目标" },
  "pane.targetMissed": { en: "misses the target", "zh-CN": "未达目标" },
  "pane.closedCases": {
    en: "{n, plural, one {# closed case} other {# closed cases}} ({cancelled} cancelled, counted apart).",
    "zh-CN": "{n} 个已完成事项（{cancelled} 个已取消，单独统计）。",
  },
  "pane.onTimeRate": { en: "On-time rate", "zh-CN": "按时率" },
  "pane.wip": { en: "Work in progress", "zh-CN": "在办事项" },
  "pane.oldestAge": { en: "Oldest: {days} d in its step.", "zh-CN": "最久：在当前步骤 {days} 天。" },
  "pane.throughput": { en: "Throughput", "zh-CN": "吞吐量" },
  "pane.throughputWeeks": { en: "Closed cases per week", "zh-CN": "每周完成的事项" },
  "pane.perWeek": { en: "{n} a week", "zh-CN": "每周 {n} 个" },
  "pane.forecast": { en: "Forecast: today's open cases done by", "zh-CN": "预测：今天的未结事项完成于" },
  "pane.forecastDates": {
    en: "{open, plural, one {# open case} other {# open cases}}: 50% likely by {p50}, 85% by {p85}, 95% by {p95}.",
    "zh-CN": "{open} 个未结事项：50% 可能在 {p50} 前完成，85% 在 {p85} 前，95% 在 {p95} 前。",
  },
  "pane.forecastNone": {
    en: "No cases closed yet, so there is no forecast.",
    "zh-CN": "还没有完成的事项，因此无法预测。",
  },
  "pane.stepTimes": { en: "Days per step", "zh-CN": "各步骤天数" },
  "pane.bottleneck": { en: "bottleneck", "zh-CN": "瓶颈" },
  "pane.chartsTitle": { en: "Charts", "zh-CN": "图表" },
  "pane.chartsHelp": {
    en: "Builds native Excel charts (cycle time, throughput, work in progress…) on the Analysis sheet.",
    "zh-CN": "在“分析”工作表中生成 Excel 原生图表（周期时间、吞吐量、在办事项等）。",
  },
  "pane.buildCharts": { en: "Build charts", "zh-CN": "生成图表" },
  "pane.buildingCharts": { en: "Building charts…", "zh-CN": "正在生成图表…" },
  "pane.chartsBuilt": {
    en: "Built {n, plural, one {# chart} other {# charts}} on the sheet {sheet}:",
    "zh-CN": "已在工作表 {sheet} 中生成 {n} 个图表：",
  },
});
