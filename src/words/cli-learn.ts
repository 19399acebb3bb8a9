import { words } from "./book";

/** Learning from History on the command line: analyze's SLA lines, backtest and export (help and reports). */
export const CLI_LEARN = words({
  // analyze
  "cli.notEnoughClosed": {
    en: "Not enough finished cases yet ({closed} of {min}): the figures are shown, but not judged against the goal, and there is no forecast.",
    "zh-CN": "已完成事项还不够（{closed} / {min}）：数字照常列出，但不与目标比较，也不做预测。",
  },
  "cli.onTimeByStep": { en: "On time per step: {list}", "zh-CN": "各步骤按时率：{list}" },
  "cli.onTimeStep": { en: "{step} {rate}", "zh-CN": "{step} {rate}" },
  "cli.breaches": {
    en: "SLA breaches: {count} ({open} still in their step; those first, then the most recent):",
    "zh-CN": "超出时限：{count} 次（{open} 次仍在该步骤；先列这些，再列最近的）：",
  },
  "cli.noBreaches": { en: "SLA breaches: none.", "zh-CN": "超出时限：无。" },
  "cli.breachLeft": {
    en: "  {caseId} · {step} · due {due}, left {left} · {days, plural, one {# working day} other {# working days}} late",
    "zh-CN": "  {caseId} · {step} · 截止 {due}，离开于 {left} · 超出 {days} 个工作日",
  },
  "cli.breachOpen": {
    en: "  {caseId} · {step} · due {due}, still there · {days, plural, one {# working day} other {# working days}} late",
    "zh-CN": "  {caseId} · {step} · 截止 {due}，仍在此步骤 · 超出 {days} 个工作日",
  },
  "cli.breachesMore": {
    en: "  … and {more} more (--json lists them all)",
    "zh-CN": "  …… 另有 {more} 次（--json 会全部列出）",
  },
  "cli.datesFromRegister": {
    en: "{count, plural, one {# case was} other {# cases were}} measured from the register's own dates, because History lacks their start or close: {examples}",
    "zh-CN": "{count} 个事项按登记表自身的日期计算，因为历史记录缺少其开始或完成：{examples}",
  },
  // backtest
  "cli.backtestHeading": {
    en: "{draft} tried on the past of {current}: {cases, plural, one {# case} other {# cases}}, {visits, plural, one {# step visit} other {# step visits}} of History",
    "zh-CN": "用 {draft} 重演 {current} 的历史：{cases} 个事项，历史记录中的 {visits} 次步骤经过",
  },
  "cli.backtestSame": {
    en: "The draft decides every visit as the saved process does.",
    "zh-CN": "草稿对每次经过的决定都与已保存的流程相同。",
  },
  "cli.backtestOwners": {
    en: "Owner changes ({count}):",
    "zh-CN": "负责人变化（{count}）：",
  },
  "cli.backtestNexts": {
    en: "Next-step changes ({count}):",
    "zh-CN": "下一步变化（{count}）：",
  },
  "cli.backtestChange": {
    en: "  {caseId} · {step}: {before} → {after}",
    "zh-CN": "  {caseId} · {step}：{before} → {after}",
  },
  "cli.backtestNoStep": { en: "(no such step)", "zh-CN": "（无此步骤）" },
  "cli.backtestLoad": {
    en: "Visits per assignee, saved → draft:",
    "zh-CN": "每位负责人（或角色）分到的经过次数，已保存 → 草稿：",
  },
  "cli.backtestMissing": {
    en: "{count, plural, one {# visit reaches} other {# visits reach}} a step the draft does not have: {examples}",
    "zh-CN": "{count} 次经过到达草稿中已没有的步骤：{examples}",
  },
  "cli.backtestOnTime": {
    en: "On time per step, saved SLA → draft SLA:",
    "zh-CN": "各步骤按时率，已保存的时限 → 草稿的时限：",
  },
  "cli.backtestErrors": { en: "Errors ({count}):", "zh-CN": "错误（{count}）：" },
  "cli.backtestError": { en: "  {caseId} · {step}: {message}", "zh-CN": "  {caseId} · {step}：{message}" },
  "cli.backtestCase": { en: "the case", "zh-CN": "事项本身" },
  // export
  "cli.exportWritten": {
    en: "✓ {file}: {format} log of {cases, plural, one {# case} other {# cases}}, {events, plural, one {# event} other {# events}}, times at UTC{offset}",
    "zh-CN": "✓ {file}：{format} 日志，{cases} 个事项，{events} 条事件，时间按 UTC{offset}",
  },
  "cli.exportNoRegister": {
    en: "procsheet: note — no register given, so the cases carry no fields (add --register FILE)",
    "zh-CN": "procsheet: 提示 —— 未提供登记表，事项不含字段（请添加 --register 文件）",
  },
});
