import { words } from "./book";

/**
 * The messages reminders send (docs/specification.md §8.4): a subject and a body per kind, in the recipient's
 * language; the Outbox sheet's status words. Loaded by the workbook model that composes Outbox rows, so the
 * pane and the command line say the same.
 */
export const REMINDERS = words({
  "reminder.dueOn": { en: ", due {due, date, medium}", "zh-CN": "，截止日期 {due, date, medium}" },
  "reminder.subject.assigned": {
    en: "{caseId} is yours: {process}{dueText}",
    "zh-CN": "{caseId} 已分配给你：{process}{dueText}",
  },
  "reminder.subject.dueSoon": {
    en: "{caseId} is due {due, date, medium}: {process}",
    "zh-CN": "{caseId} 的截止日期是 {due, date, medium}：{process}",
  },
  "reminder.subject.overdue": {
    en: "{caseId} is overdue: {process}{dueText}",
    "zh-CN": "{caseId} 已逾期：{process}{dueText}",
  },
  "reminder.subject.escalation": {
    en: "{caseId} is {days, plural, one {# working day} other {# working days}} late: {process}, with {owner}",
    "zh-CN": "{caseId} 已逾期 {days} 个工作日：{process}，负责人 {owner}",
  },
  "reminder.subject.reassigned": {
    en: "{caseId} is now yours: {process}, {days, plural, one {# working day} other {# working days}} late",
    "zh-CN": "{caseId} 已改为分配给你：{process}，已逾期 {days} 个工作日",
  },
  "reminder.body.case": { en: "{caseId}: {summary}", "zh-CN": "{caseId}：{summary}" },
  "reminder.body.where": {
    en: "Step: {step} · Owner: {owner}",
    "zh-CN": "步骤：{step} · 负责人：{owner}",
  },
  "reminder.body.due": { en: "Due: {due, date, medium}", "zh-CN": "截止日期：{due, date, medium}" },
  "reminder.todo.assigned": {
    en: "Please take it on: work on it in the register and set its status to Done when the step is finished.",
    "zh-CN": "请接手处理：在登记表中办理，完成该步骤后把状态设为“完成”。",
  },
  "reminder.todo.dueSoon": {
    en: "Please finish it by the due date, or set its status so others know where it stands.",
    "zh-CN": "请在截止日期前完成，或更新其状态，让其他人了解进展。",
  },
  "reminder.todo.overdue": {
    en: "It is past its due date: please finish it, or set its status so others know where it stands.",
    "zh-CN": "已过截止日期：请尽快完成，或更新其状态，让其他人了解进展。",
  },
  "reminder.todo.escalation": {
    en: "You are told because it is late. Please check with {owner}, or give the case to someone who can finish it.",
    "zh-CN": "因其已逾期而通知你。请与 {owner} 确认，或把该事项分配给能完成的人。",
  },
  "reminder.todo.reassigned": {
    en: "It was given to you because it is late. Please take it on and set its status to Done when the step is finished.",
    "zh-CN": "因其已逾期，现已分配给你。请接手处理，完成该步骤后把状态设为“完成”。",
  },
  "reminder.footer": {
    en: "Sent by Procsheet from the register's reminders. Message key: {key}",
    "zh-CN": "由 Procsheet 根据登记表的提醒设置发送。消息键：{key}",
  },
  "outbox.status.pending": { en: "Pending", "zh-CN": "待发送" },
  "outbox.status.sent": { en: "Sent", "zh-CN": "已发送" },
  "outbox.status.failed": { en: "Failed", "zh-CN": "发送失败" },
});
