import { words } from "./book";

/** The Run view's Outbox (reminders the add-in produced), Email these, and My work's due counts. */
export const PANE_REMINDERS = words({
  "pane.outboxTitle": { en: "Outbox", "zh-CN": "发件箱" },
  "pane.outboxIntro": {
    en: "Reminders Procsheet produced for cases assigned, due soon, overdue or escalated. A Power Automate flow or procsheet notify sends them; or email them yourself.",
    "zh-CN":
      "Procsheet 为已分配、即将到期、已逾期或升级的事项生成的提醒。可由 Power Automate 流程或 procsheet notify 发送，也可以自己用邮件发送。",
  },
  "pane.outboxShow": { en: "Messages", "zh-CN": "消息" },
  "pane.outboxNone": {
    en: "No reminders yet. They appear here when a sync or automatic routing finds one due.",
    "zh-CN": "还没有提醒。同步或自动分配发现到期的提醒时，会显示在这里。",
  },
  "pane.outboxEmpty": { en: "No messages with this status.", "zh-CN": "没有此状态的消息。" },
  "pane.outboxCount": {
    en: "{n, plural, one {# message} other {# messages}}",
    "zh-CN": "{n} 条消息",
  },
  "pane.outboxMore": {
    en: "{n, plural, one {# older message} other {# older messages}} on the Outbox sheet.",
    "zh-CN": "另有 {n} 条较早的消息在发件箱工作表中。",
  },
  "pane.outboxTo": { en: "To: {to}", "zh-CN": "收件人：{to}" },
  "pane.kindAssigned": { en: "Assigned", "zh-CN": "已分配" },
  "pane.kindDueSoon": { en: "Due soon", "zh-CN": "即将到期" },
  "pane.kindOverdue": { en: "Overdue", "zh-CN": "已逾期" },
  "pane.kindEscalation": { en: "Escalation, level {level}", "zh-CN": "第 {level} 级升级提醒" },
  "pane.emailThese": { en: "Email these", "zh-CN": "用邮件发送" },
  "pane.emailHint": {
    en: "Opens one mail draft per person in your mail app, with their pending messages. Procsheet does not mark them sent: once you have sent them, press Mark as sent.",
    "zh-CN":
      "在你的邮件应用中为每个人打开一封邮件草稿，包含其待发送的消息。Procsheet 不会把它们标记为已发送：发送后请点“标记为已发送”。",
  },
  "pane.emailOpened": {
    en: "{n, plural, one {# draft opened} other {# drafts opened}} in your mail app.",
    "zh-CN": "已在你的邮件应用中打开 {n} 封草稿。",
  },
  "pane.emailNoAddress": {
    en: "No email in People for {names}: their draft opens without an address.",
    "zh-CN": "人员表中没有 {names} 的邮箱：其草稿打开时没有收件地址。",
  },
  "pane.emailNotOpened": {
    en: "This Excel could not open your mail app. Copy the messages from the Outbox sheet instead.",
    "zh-CN": "此 Excel 无法打开你的邮件应用。请从发件箱工作表中复制消息。",
  },
  "pane.emailSubjectMany": {
    en: "{n, plural, one {# Procsheet reminder} other {# Procsheet reminders}}: {cases}",
    "zh-CN": "{n} 条 Procsheet 提醒：{cases}",
  },
  "pane.draftFor": {
    en: "Draft for {name} ({n, plural, one {# message} other {# messages}})",
    "zh-CN": "给 {name} 的草稿（{n} 条消息）",
  },
  "pane.draftsHint": {
    en: "A browser may open only the first draft: open the others one by one here.",
    "zh-CN": "浏览器可能只打开第一封草稿：其余的请在这里逐一打开。",
  },
  "pane.markSent": { en: "Mark as sent", "zh-CN": "标记为已发送" },
  "pane.markedSent": {
    en: "{n, plural, one {# message marked sent} other {# messages marked sent}}.",
    "zh-CN": "已将 {n} 条消息标记为已发送。",
  },
  "pane.remindersQueued": {
    en: "{n, plural, one {# reminder added to the Outbox} other {# reminders added to the Outbox}}.",
    "zh-CN": "{n} 条提醒已加入发件箱。",
  },
  "pane.noManager": {
    en: "{caseId}: the level {level} escalation goes to {owner}'s manager, but People names none. Fill in their Manager and it is sent.",
    "zh-CN":
      "{caseId}：第 {level} 级升级提醒应发给 {owner} 的上级，但人员表中没有填写。填写其“上级”后即会发送。",
  },
  "pane.myDueCounts": {
    en: "{soon} due soon · {overdue} overdue",
    "zh-CN": "{soon} 个即将到期 · {overdue} 个已逾期",
  },
  "pane.fromPeople": { en: "Add from People:", "zh-CN": "从人员表添加：" },
  "pane.addMember": { en: "Add {name} to {role}", "zh-CN": "把 {name} 添加到 {role}" },
});
