import { words } from "./book";

export const PANE_TEST = words({
  "pane.ruleTests": { en: "Rule tests", "zh-CN": "规则测试" },
  "pane.runningTests": { en: "Running the tests…", "zh-CN": "正在运行测试…" },
  "pane.noTests": {
    en: "This process has no rule tests yet. Add one from a row below.",
    "zh-CN": "此流程还没有规则测试。可以用下面的行添加一个。",
  },
  "pane.testsPassed": {
    en: "{passed} of {total, plural, one {# test} other {# tests}} passed.",
    "zh-CN": "{total} 个测试中通过 {passed} 个。",
  },
  "pane.passed": { en: "Passed", "zh-CN": "通过" },
  "pane.failed": { en: "Failed", "zh-CN": "未通过" },
  "pane.runTests": { en: "Run the tests again", "zh-CN": "重新运行测试" },
  "pane.fixToTest": {
    en: "Fix these before the tests can run:",
    "zh-CN": "请先修正以下问题，才能运行测试：",
  },
  "pane.addTestTitle": { en: "Add a test", "zh-CN": "添加测试" },
  "pane.testName": { en: "Test name", "zh-CN": "测试名称" },
  "pane.testNamePlaceholder": { en: "Optional", "zh-CN": "可选" },
  "pane.testNameDefault": { en: "{id} at {step}", "zh-CN": "{id}（{step}）" },
  "pane.addSelectedRowAsTest": { en: "Add selected row as test", "zh-CN": "将所选行添加为测试" },
  "pane.testAdded": {
    en: "Added the test “{name}”. Save to keep it.",
    "zh-CN": "已添加测试“{name}”。请保存以保留它。",
  },
  "pane.dryRunTitle": { en: "Dry run of the sync", "zh-CN": "同步预演" },
  "pane.dryRun": { en: "Dry run", "zh-CN": "预演" },
  "pane.dryRunUsesSaved": {
    en: "The dry run uses the saved process; save your changes first to include them.",
    "zh-CN": "预演使用已保存的流程；要包含你的修改，请先保存。",
  },
  "pane.dryRunChanges": { en: "Changes the sync would make", "zh-CN": "同步将做出的修改" },
  "pane.dryRunSummary": {
    en: "Nothing was written. A sync would change {cells, plural, one {# cell} other {# cells}} in {rows} of {total, plural, one {# row} other {# rows}} and record {events, plural, one {# event} other {# events}}.",
    "zh-CN": "未写入任何内容。同步将修改 {total} 行中 {rows} 行的 {cells} 个单元格，并记录 {events} 条事件。",
  },
  "pane.syncSummary": {
    en: "Synced: {cells, plural, one {# cell} other {# cells}} changed in {rows} of {total, plural, one {# row} other {# rows}}; {events, plural, one {# event} other {# events}} recorded.",
    "zh-CN": "已同步：{total} 行中 {rows} 行的 {cells} 个单元格已修改；已记录 {events} 条事件。",
  },
  "pane.syncNothing": {
    en: "Everything is up to date ({total, plural, one {# row} other {# rows}}); nothing to change.",
    "zh-CN": "一切都是最新的（{total} 行），无需修改。",
  },
  "pane.rowErrors": {
    en: "{n, plural, one {# row kept as it was because of an error:} other {# rows kept as they were because of an error:}}",
    "zh-CN": "{n} 行因出错保持原样：",
  },
  "pane.cellChange": { en: "{column}: {before} → {after}", "zh-CN": "{column}：{before} → {after}" },
  "pane.whyOwner": { en: "Why {id} gets this owner", "zh-CN": "{id} 为什么分给这位负责人" },
  "pane.whyNext": { en: "Why {id} goes there", "zh-CN": "{id} 为什么转到这里" },
  "pane.lastSyncDone": {
    en: "Last sync: {at} · {cells, plural, one {# cell} other {# cells}} changed, {events, plural, one {# event} other {# events}} logged.",
    "zh-CN": "上次同步：{at} · 修改了 {cells} 个单元格，记录了 {events} 条事件。",
  },
  "pane.lastSyncDoneMany": {
    en: "Last sync: {at} · {events, plural, one {# event} other {# events}} logged.",
    "zh-CN": "上次同步：{at} · 记录了 {events} 条事件。",
  },
  "pane.lastSyncUndone": { en: "The last sync ({at}) was undone.", "zh-CN": "上次同步（{at}）已撤消。" },
  "pane.lastSyncInterrupted": {
    en: "The sync of {at} stopped part-way (the pane was closed or the connection dropped). Sync now finishes it; nothing is logged twice.",
    "zh-CN": "{at} 的同步中途停止了（窗格被关闭或连接中断）。点击“立即同步”即可完成它，不会重复记录。",
  },
  "pane.waitingForExcel": {
    en: "Still waiting for Excel. If you are editing a cell, press Enter or Esc; the sync then goes on by itself.",
    "zh-CN": "仍在等待 Excel。如果你正在编辑单元格，请按 Enter 或 Esc；同步随后会自动继续。",
  },
  "pane.syncNow": { en: "Sync now", "zh-CN": "立即同步" },
  "pane.phaseStarting": { en: "Starting…", "zh-CN": "正在开始…" },
  "pane.phaseRead": { en: "Reading the register", "zh-CN": "正在读取登记表" },
  "pane.phaseRules": { en: "Applying the rules", "zh-CN": "正在应用规则" },
  "pane.phaseWrite": { en: "Writing changes", "zh-CN": "正在写入修改" },
  "pane.progressCount": { en: "{done} of {total}", "zh-CN": "{done} / {total}" },
  "pane.pastTitle": { en: "Try on past cases", "zh-CN": "用过去的事项试验" },
  "pane.pastHelp": {
    en: "Runs your unsaved edits and the saved process side by side over every case in History, before anything is saved: who would have got each case, and where it would have gone.",
    "zh-CN":
      "在保存之前，用历史记录中的每个事项并排运行未保存的修改和已保存的流程：每个事项会分给谁、会转到哪里。",
  },
  "pane.pastRun": { en: "Try on past cases", "zh-CN": "用过去的事项试验" },
  "pane.pastNoEdits": {
    en: "No unsaved edits: the draft is the saved process, so nothing would change. Edit a rule first.",
    "zh-CN": "没有未保存的修改：草稿就是已保存的流程，不会有变化。请先修改规则。",
  },
  "pane.pastReading": { en: "Reading History and the register", "zh-CN": "正在读取历史记录和登记表" },
  "pane.pastEvaluating": { en: "Trying the rules on past visits", "zh-CN": "正在用过去的经过试验规则" },
  "pane.pastSummary": {
    en: "Tried on {cases, plural, one {# case} other {# cases}} ({visits, plural, one {# step visit} other {# step visits}}): {owners, plural, one {# owner change} other {# owner changes}}, {nexts, plural, one {# next-step change} other {# next-step changes}}.",
    "zh-CN":
      "已在 {cases} 个事项（{visits} 次步骤经过）上试验：负责人变化 {owners} 处，下一步变化 {nexts} 处。",
  },
  "pane.pastSame": {
    en: "The draft decides every past case as the saved process does.",
    "zh-CN": "草稿对每个过去事项的决定都与已保存的流程相同。",
  },
  "pane.pastOwnerChanges": { en: "Owner changes", "zh-CN": "负责人变化" },
  "pane.pastNextChanges": { en: "Next-step changes", "zh-CN": "下一步变化" },
  "pane.pastChange": {
    en: "{caseId} · {step}: {before} → {after}",
    "zh-CN": "{caseId} · {step}：{before} → {after}",
  },
  "pane.pastNoStep": { en: "(no such step)", "zh-CN": "（无此步骤）" },
  "pane.pastWhy": { en: "Why", "zh-CN": "原因" },
  "pane.pastWhySaved": { en: "Saved rule for {id}", "zh-CN": "{id} 按已保存的规则" },
  "pane.pastWhyDraft": { en: "Draft rule for {id}", "zh-CN": "{id} 按草稿的规则" },
  "pane.pastMissing": {
    en: "{count, plural, one {# case reaches} other {# cases reach}} a step the draft no longer has: {cases}.",
    "zh-CN": "{count} 个事项会到达草稿中已没有的步骤：{cases}。",
  },
  "pane.pastLoad": { en: "Load per assignee (step visits)", "zh-CN": "每位负责人的工作量（步骤经过次数）" },
  "pane.pastAssignee": { en: "Assignee", "zh-CN": "负责人" },
  "pane.pastSaved": { en: "Saved", "zh-CN": "已保存" },
  "pane.pastDraft": { en: "Draft", "zh-CN": "草稿" },
  "pane.pastOnTime": {
    en: "On time per step, under each SLA",
    "zh-CN": "各步骤按时率（按各自的时限）",
  },
  "pane.pastSla": { en: "{days} d", "zh-CN": "{days} 天" },
  "pane.pastErrors": { en: "Cases the rules could not decide", "zh-CN": "规则无法决定的事项" },
  "pane.pastError": { en: "{caseId} · {step}: {message}", "zh-CN": "{caseId} · {step}：{message}" },
  "pane.pastErrorDraft": { en: "draft: {message}", "zh-CN": "草稿：{message}" },
  "pane.pastErrorSaved": { en: "saved: {message}", "zh-CN": "已保存：{message}" },
  "pane.pastTheCase": { en: "the case", "zh-CN": "事项本身" },
  "pane.saveRunsTests": {
    en: "With your edits, {n, plural, one {# rule test fails} other {# rule tests fail}}. Update a test to what the rules now decide, fix the rule, or save anyway.",
    "zh-CN": "按你的修改，有 {n} 个规则测试未通过。可以把测试更新为规则现在的决定，修改规则，或仍然保存。",
  },
  "pane.updateTest": { en: "Update the test", "zh-CN": "更新测试" },
  "pane.updateTestChange": {
    en: "{what}: {before} → {after}",
    "zh-CN": "{what}：{before} → {after}",
  },
  "pane.expectOwner": { en: "owner", "zh-CN": "负责人" },
  "pane.expectNext": { en: "next step", "zh-CN": "下一步" },
  "pane.expectError": { en: "error", "zh-CN": "错误" },
  "pane.nothing": { en: "(none)", "zh-CN": "（无）" },
  "pane.saveAnyway": { en: "Save anyway", "zh-CN": "仍然保存" },
  "pane.testUpdated": {
    en: "The test “{name}” now expects what the rules decide. Save to keep it.",
    "zh-CN": "测试“{name}”现在以规则的决定为预期。请保存以保留。",
  },
});
