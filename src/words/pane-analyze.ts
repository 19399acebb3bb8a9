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
  "pane.bottleneckRule": {
    en: "The bottleneck is the step with the longest p85 among steps with at least {min} finished stays.",
    "zh-CN": "瓶颈是至少有 {min} 次已完成停留的步骤中 p85 最长的那个。",
  },
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
  "pane.notEnough": {
    en: "not enough finished cases yet ({closed} of {min})",
    "zh-CN": "已完成事项还不够（{closed} / {min}）",
  },
  "pane.forecastNotEnough": {
    en: "Not enough finished cases yet ({closed} of {min}) to say when today's open cases will be done.",
    "zh-CN": "已完成事项还不够（{closed} / {min}），无法预测今天的未结事项何时完成。",
  },
  "pane.datesFromRegister": {
    en: "{count, plural, one {# case is} other {# cases are}} measured from the register's own dates (created, step started, closed), because History lacks their start or close.",
    "zh-CN": "{count} 个事项按登记表自身的日期（创建、步骤开始、完成）计算，因为历史记录缺少其开始或完成。",
  },
  "pane.onTimeColumn": { en: "On time", "zh-CN": "按时率" },
  "pane.breachesTitle": { en: "SLA breaches", "zh-CN": "超出时限" },
  "pane.breachesSummary": {
    en: "{count, plural, one {# stay} other {# stays}} ran past the due date; {open} still in their step (listed first).",
    "zh-CN": "{count} 次停留超出截止日期；其中 {open} 次仍在该步骤（列在前面）。",
  },
  "pane.breachesNone": {
    en: "No step has run past its due date.",
    "zh-CN": "没有超出截止日期的步骤。",
  },
  "pane.breachOpen": {
    en: "{caseId} · {step}: due {due}, still there, {days, plural, one {# working day} other {# working days}} late",
    "zh-CN": "{caseId} · {step}：截止 {due}，仍在此步骤，超出 {days} 个工作日",
  },
  "pane.breachLeft": {
    en: "{caseId} · {step}: due {due}, left {left}, {days, plural, one {# working day} other {# working days}} late",
    "zh-CN": "{caseId} · {step}：截止 {due}，{left} 离开，超出 {days} 个工作日",
  },
  "pane.showAll": { en: "Show all {n}", "zh-CN": "显示全部 {n} 条" },
  "pane.showFewer": { en: "Show fewer", "zh-CN": "收起" },
  "pane.exportLogTitle": { en: "Export the log", "zh-CN": "导出日志" },
  "pane.exportLogHelp": {
    en: "History as an event log: XES for process-mining tools (ProM, PM4Py, Disco, Celonis), or CSV for BI — one row per step visit, with the register's fields.",
    "zh-CN":
      "把历史记录导出为事件日志：XES 用于流程挖掘工具（ProM、PM4Py、Disco、Celonis），CSV 用于 BI——每次步骤经过一行，带登记表的字段。",
  },
  "pane.utcOffset": { en: "UTC offset of the workbook's times", "zh-CN": "工作簿时间的 UTC 时差" },
  "pane.utcOffsetHelp": {
    en: "History keeps wall-clock times; XES writes them with this offset. This computer's now: {offset}.",
    "zh-CN": "历史记录保存的是当地时间；XES 会带上此时差写出。本机当前为 {offset}。",
  },
  "pane.badOffset": { en: "Write it as +08:00 or -05:00.", "zh-CN": "请写成 +08:00 或 -05:00。" },
  "pane.downloadXes": { en: "Download XES", "zh-CN": "下载 XES" },
  "pane.downloadCsv": { en: "Download CSV", "zh-CN": "下载 CSV" },
  "pane.csvSheet": { en: "CSV as a new sheet", "zh-CN": "CSV 写入新工作表" },
  "pane.logDownloaded": {
    en: "Saved {file}: {cases, plural, one {# case} other {# cases}}, {events, plural, one {# event} other {# events}}.",
    "zh-CN": "已保存 {file}：{cases} 个事项，{events} 条事件。",
  },
  "pane.logSheetMade": {
    en: "Wrote {rows, plural, one {# step visit} other {# step visits}} to the new sheet {sheet}.",
    "zh-CN": "已把 {rows} 次步骤经过写入新工作表 {sheet}。",
  },
});
