import { words } from "./book";

/** What the command line prints as it works: results, tables' headings, the lines of a report. */
export const CLI_REPORTS = words({
  "cli.listSeparator": { en: ", ", "zh-CN": "、" },
  "cli.lineLabel": { en: "line {line}", "zh-CN": "第 {line} 行" },
  "cli.rowLabel": { en: 'sheet "{sheet}" row {row}', "zh-CN": "工作表“{sheet}”第 {row} 行" },
  "cli.eventNoCase": { en: "the case ID is empty", "zh-CN": "编号为空" },
  "cli.eventType": {
    en: '"{value}" is not an event (Created, Moved to next step, Closed, Cancelled, Assigned, Status changed)',
    "zh-CN": "“{value}”不是事件（创建、进入下一步、已完成、已取消、已分派、状态变更）",
  },
  "cli.eventAt": {
    en: 'the time "{value}" is not a date-time (YYYY-MM-DD HH:mm:ss)',
    "zh-CN": "时间“{value}”不是日期时间（YYYY-MM-DD HH:mm:ss）",
  },
  "cli.eventStep": { en: "the step is empty", "zh-CN": "步骤为空" },
  "cli.eventStatus": {
    en: '"{value}" is not a status (To do, In progress, Waiting, Blocked, Done, Cancelled)',
    "zh-CN": "“{value}”不是状态（待办、进行中、等待、受阻、完成、已取消）",
  },
  "cli.readEncoding": {
    en: "procsheet: note — read {file} as {encoding} (a file written back keeps it)",
    "zh-CN": "procsheet: 提示 —— 已按 {encoding} 读取 {file}（写回的文件保持此编码）",
  },
  // validate / test
  "cli.valid": {
    en: "✓ {file}: {name} ({id}) — {steps, plural, one {# step} other {# steps}}, {fields, plural, one {# field} other {# fields}}, {tests, plural, one {# test} other {# tests}}",
    "zh-CN": "✓ {file}：{name}（{id}）—— {steps} 个步骤，{fields} 个字段，{tests} 个测试",
  },
  "cli.invalid": {
    en: "✗ {file}: {count, plural, one {# problem} other {# problems}}",
    "zh-CN": "✗ {file}：{count} 个问题",
  },
  "cli.problemAt": { en: "{path}: {place}: {problem}", "zh-CN": "{path}：{place}：{problem}" },
  "cli.testSummary": {
    en: "{total, plural, one {# test} other {# tests}}: {passed} passed, {failed} failed",
    "zh-CN": "共 {total} 个测试：{passed} 个通过，{failed} 个未通过",
  },
  "cli.noTests": { en: "(no tests)", "zh-CN": "（没有测试）" },
  // sync
  "cli.syncHeading": { en: "{name} · sync at {now} · {file}", "zh-CN": "{name} · 同步时间 {now} · {file}" },
  "cli.changeId": { en: "ID", "zh-CN": "编号" },
  "cli.changeColumn": { en: "Column", "zh-CN": "列" },
  "cli.changeOld": { en: "Old", "zh-CN": "原值" },
  "cli.changeNew": { en: "New", "zh-CN": "新值" },
  "cli.noChanges": { en: "No changes.", "zh-CN": "没有变更。" },
  "cli.syncSummary": {
    en: "{rows, plural, one {# row} other {# rows}} changed ({cells, plural, one {# cell} other {# cells}}) · {events, plural, one {# event} other {# events}} · {errors, plural, one {# error} other {# errors}}",
    "zh-CN": "{rows} 行有变更（{cells} 个单元格） · {events} 条事件 · {errors} 个错误",
  },
  "cli.rowNumber": { en: "row {row}", "zh-CN": "第 {row} 行" },
  "cli.dryRun": {
    en: "Dry run: the register was not changed. Add --out FILE to save it.",
    "zh-CN": "预演：登记表未修改。添加 --out 文件 即可保存。",
  },
  "cli.saved": { en: "Saved {file}.", "zh-CN": "已保存 {file}。" },
  "cli.eventsAppended": {
    en: "Appended {count, plural, one {# event} other {# events}} to {file}.",
    "zh-CN": "已向 {file} 追加 {count} 条事件。",
  },
  "cli.eventsNotRecorded": {
    en: "procsheet: warning — {count, plural, one {# event was} other {# events were}} not recorded: {file} has no History; add --events FILE to keep them",
    "zh-CN": "procsheet: 警告 —— {count} 条事件未被记录：{file} 没有历史记录；添加 --events 文件 即可保留",
  },
  // analyze
  "cli.analyzeHeading": {
    en: "{name} · {events, plural, one {# event} other {# events}} · at {now}",
    "zh-CN": "{name} · {events} 条事件 · 分析时间 {now}",
  },
  "cli.cases": {
    en: "Cases: {closed} closed · {cancelled} cancelled · {open} open",
    "zh-CN": "事项：已完成 {closed} · 已取消 {cancelled} · 未结 {open}",
  },
  "cli.setAsideExample": {
    en: "{caseId} ({type}, {step}, {at})",
    "zh-CN": "{caseId}（{type}，{step}，{at}）",
  },
  "cli.setAside.unknownCase": {
    en: "Set aside {count, plural, one {# event of a case} other {# events of cases}} the register does not have: {examples}",
    "zh-CN": "已排除 {count} 条登记表中没有的事项的事件：{examples}",
  },
  "cli.setAside.unknownStep": {
    en: "Set aside {count, plural, one {# event} other {# events}} whose step is not in the process: {examples}",
    "zh-CN": "已排除 {count} 条步骤不属于此流程的事件：{examples}",
  },
  "cli.setAside.beforeCreated": {
    en: "Set aside {count, plural, one {# event dated before its case was created} other {# events dated before their case was created}}: {examples}",
    "zh-CN": "已排除 {count} 条早于其事项创建时间的事件：{examples}",
  },
  "cli.setAside.duplicate": {
    en: "Set aside {count, plural, one {# event that repeats an event exactly} other {# events that repeat an event exactly}}: {examples}",
    "zh-CN": "已排除 {count} 条与另一事件完全重复的事件：{examples}",
  },
  "cli.casesWithoutCreated": {
    en: '{count, plural, one {# case has no "created" event (the History starts after it): cycle time counts from the first event (a lower bound); the stay it is first seen in counts in neither step times nor on-time rate} other {# cases have no "created" event (the History starts after them): cycle time counts from the first event (a lower bound); the stay they are first seen in counts in neither step times nor on-time rate}}: {examples}',
    "zh-CN":
      "{count} 个事项没有“created”事件（历史记录始于其后）：周期时间从第一个事件起计算（为下限）；最先见到的那段停留不计入步骤用时和按时率：{examples}",
  },
  "cli.andMore": { en: " and {more} more", "zh-CN": "，另有 {more} 个" },
  "cli.statsCount": { en: "count", "zh-CN": "个数" },
  "cli.statsMean": { en: "mean", "zh-CN": "平均" },
  "cli.statsP50": { en: "p50", "zh-CN": "p50" },
  "cli.statsP85": { en: "p85", "zh-CN": "p85" },
  "cli.statsP95": { en: "p95", "zh-CN": "p95" },
  "cli.statsHelp": {
    en: "p50 / p85 / p95: half / 85% / 95% of cases finish within that many days",
    "zh-CN": "p50 / p85 / p95：半数 / 85% / 95% 的事项在该天数内完成",
  },
  "cli.cycleTime": { en: "Cycle time (days)", "zh-CN": "周期时间（天）" },
  "cli.calendarDays": { en: "calendar days", "zh-CN": "日历日" },
  "cli.workingDays": { en: "working days", "zh-CN": "工作日" },
  "cli.goalCycle": { en: "Goal: {days} days", "zh-CN": "目标：{days} 天" },
  "cli.stepTime": { en: "Time in step (days)", "zh-CN": "步骤用时（天）" },
  "cli.wipTitle": { en: "Work in progress", "zh-CN": "在办事项" },
  "cli.wipOpen": { en: "open", "zh-CN": "未结" },
  "cli.wipOldest": { en: "oldest (days)", "zh-CN": "最久（天）" },
  "cli.throughputTitle": { en: "Closed per week", "zh-CN": "每周完成数" },
  "cli.throughputTitleSome": {
    en: "Closed per week (last {shown} of {total} weeks)",
    "zh-CN": "每周完成数（最近 {shown} 周，共 {total} 周）",
  },
  "cli.onTime": {
    en: "On time: {rate} of step exits within their SLA",
    "zh-CN": "按时率：{rate} 的步骤在时限内完成",
  },
  "cli.onTimeGoal": {
    en: "On time: {rate} of step exits within their SLA (goal {target})",
    "zh-CN": "按时率：{rate} 的步骤在时限内完成（目标 {target}）",
  },
  "cli.forecast": {
    en: "Forecast for the {open, plural, one {# open case} other {# open cases}} ({trials} trials): 50% by {p50} · 85% by {p85} · 95% by {p95}",
    "zh-CN":
      "预测 {open} 个未结事项的完成日期（{trials} 次模拟）：50% 在 {p50} 前 · 85% 在 {p85} 前 · 95% 在 {p95} 前",
  },
  "cli.forecastNone": {
    en: "Forecast: no case was closed in the weeks sampled, so there is nothing to forecast from.",
    "zh-CN": "预测：抽样的几周内没有完成的事项，无法预测。",
  },
  "cli.forecastDone": { en: "Forecast: no open cases.", "zh-CN": "预测：没有未结事项。" },
  // init
  "cli.initDone": {
    en: '✓ {file}: sheet "{sheet}" with table {table} ({columns, plural, one {# column} other {# columns}}, {rows, plural, one {# sample row} other {# sample rows}}) and sheet "{history}"',
    "zh-CN": "✓ {file}：工作表“{sheet}”含表格 {table}（{columns} 列，{rows} 行示例），以及工作表“{history}”",
  },
  "cli.initEmbedded": {
    en: "  The process {id} (version {version}) is stored in the workbook; Excel opens the Procsheet pane with it where the add-in is deployed ({store}).",
    "zh-CN":
      "  流程 {id}（版本 {version}）已保存在工作簿中；在已部署加载项的地方，Excel 会随工作簿打开 Procsheet 窗格（{store}）。",
  },
  "cli.initEmbeddedNoOpen": {
    en: "  The process {id} (version {version}) is stored in the workbook; the pane does not open by itself (--no-auto-open).",
    "zh-CN": "  流程 {id}（版本 {version}）已保存在工作簿中；窗格不会自动打开（--no-auto-open）。",
  },
  // catalog
  "cli.catalogValid": {
    en: "✓ {file}: {name} ({id}) version {version}",
    "zh-CN": "✓ {file}：{name}（{id}）版本 {version}",
  },
  "cli.catalogValidOlder": {
    en: "✓ {file}: {name} ({id}) version {version} — kept as history; version {newest} is offered",
    "zh-CN": "✓ {file}：{name}（{id}）版本 {version} —— 作为历史版本保留；提供的是版本 {newest}",
  },
  "cli.catalogInvalid": {
    en: "✗ {file}: {count, plural, one {# problem} other {# problems}} (the pane lists it with them)",
    "zh-CN": "✗ {file}：{count} 个问题（窗格会列出它及其问题）",
  },
  "cli.catalogDuplicate": {
    en: "! {file}: same id and version as {other}; the pane offers {other} and flags this one",
    "zh-CN": "! {file}：编号和版本与 {other} 相同；窗格提供 {other}，并标记此文件",
  },
  "cli.catalogDuplicateWarning": {
    en: "procsheet: warning — {file} has the same id and version ({id}, version {version}) as {other}; remove or renumber one of them",
    "zh-CN":
      "procsheet: 警告 —— {file} 与 {other} 的编号和版本相同（{id}，版本 {version}）；请删除其中一个或更改其版本",
  },
  "cli.catalogLinkSkipped": {
    en: "procsheet: warning — skipped {file}: it is a symbolic link; copy the file into the catalogue folder instead",
    "zh-CN": "procsheet: 警告 —— 已跳过 {file}：它是符号链接；请把文件本身复制到目录文件夹中",
  },
  "cli.catalogEmpty": {
    en: "(no *.process.json files: the gallery shows the built-in templates only)",
    "zh-CN": "（没有 *.process.json 文件：模板库只显示内置模板）",
  },
  "cli.catalogWritten": {
    en: "Wrote {file}: {files, plural, one {# file} other {# files}}.",
    "zh-CN": "已写入 {file}：{files} 个文件。",
  },
  "cli.catalogWrittenSomeBad": {
    en: "Wrote {file}: {files, plural, one {# file} other {# files}}, {bad} with problems.",
    "zh-CN": "已写入 {file}：{files} 个文件，其中 {bad} 个有问题。",
  },
  "cli.notifyHeading": {
    en: "{name} — reminders at {now} for {file}",
    "zh-CN": "{name} —— {now} 对 {file} 的提醒",
  },
  "cli.notifyColumns": { en: "Case|Step|Message|To|Address", "zh-CN": "事项|步骤|消息|收件人|地址" },
  "cli.notifyNone": { en: "Nothing is due.", "zh-CN": "没有需要发送的提醒。" },
  "cli.notifyLevel": { en: "{kind} {level}", "zh-CN": "{kind} {level}" },
  "cli.notifyQueued": {
    en: "{count, plural, one {# message} other {# messages}} added to the Outbox in {file}; {events, plural, one {# event} other {# events}} recorded in History.",
    "zh-CN": "已向 {file} 的发件箱添加 {count} 条消息；历史记录中已记录 {events} 条事件。",
  },
  "cli.notifyDryRun": {
    en: "Dry run: nothing was written.",
    "zh-CN": "预演：未写入任何内容。",
  },
  "cli.notifySent": {
    en: "Sent {sent} of {tried} through {channel}; {pending} still pending, {failed} failed (marked in {file}).",
    "zh-CN":
      "已通过 {channel} 发送 {sent}/{tried} 条；{pending} 条仍待发送，{failed} 条发送失败（已在 {file} 中标记）。",
  },
  "cli.notifyNoTransport": {
    en: "No delivery given (--smtp or --webhook): the messages wait in the Outbox for a flow or a later run.",
    "zh-CN": "未指定发送方式（--smtp 或 --webhook）：消息留在发件箱中，等待流程或下次运行发送。",
  },
  "cli.notifyNoManager": {
    en: "{caseId}: escalation {level} goes to the manager of {owner}, but People names none; it is sent once People does.",
    "zh-CN": "{caseId}：第 {level} 级升级提醒应发给 {owner} 的上级，但人员表中没有填写；填写后即会发送。",
  },
  "cli.notifyFailedLine": { en: "{to} ({caseId}): {error}", "zh-CN": "{to}（{caseId}）：{error}" },
});
