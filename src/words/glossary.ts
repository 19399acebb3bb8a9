import type { Lang } from "./lang";

/** One of the product's terms: the words every text uses for it, and the words no text may use instead. */
export interface Term {
  readonly en: string;
  readonly "zh-CN": string;
  /** What it means, for translators and writers. */
  readonly meaning: string;
  /** Words that say the same thing worse: another word for it, jargon, or a word that means something else. */
  readonly avoid: Readonly<Partial<Record<Lang, readonly (string | RegExp)[]>>>;
  /** Keys (or key prefixes ending in ".") where an avoided word is right after all (e.g. "JSONata" for people who edit JSON). */
  readonly allowIn?: readonly string[];
}

/**
 * The product's terms in English and Simplified Chinese. The Chinese follows the seed article's words
 * (流程, 步骤, 设定目标 · 过程映射 · 分配流程任务 · 测试 · 流程实施 · 分析结果 · 重复) and what a small
 * business's staff read without thinking: 事项 for a case (案例 reads as "an example"), 未结 for open
 * (打开 is opening a file), 制作副本 for Duplicate (复制 is Copy). glossary.test.ts fails any catalogue text
 * that uses an avoided word, naming its key.
 */
export const GLOSSARY: Readonly<Record<string, Term>> = {
  case: {
    en: "case",
    "zh-CN": "事项",
    meaning: "one row of a register: a purchase request, a hire leaving, a deal, a ticket",
    avoid: { "zh-CN": ["案例", "案件", "个案"] },
  },
  step: {
    en: "step",
    "zh-CN": "步骤",
    meaning: "one stage a case goes through",
    avoid: { "zh-CN": ["环节"] },
  },
  owner: {
    en: "owner",
    "zh-CN": "负责人",
    meaning: "the person a case waits on at its step",
    avoid: { "zh-CN": ["所有者", "拥有者", "处理人"] },
  },
  dueDate: {
    en: "due date",
    "zh-CN": "截止日期",
    meaning: "when the case's step should be done, from the step's SLA",
    avoid: { "zh-CN": ["到期日期", "期限日"] },
  },
  status: {
    en: "status",
    "zh-CN": "状态",
    meaning: "To do, In progress, Waiting, Blocked, Done, Cancelled",
    avoid: { "zh-CN": ["状况"] },
  },
  onTimeRate: {
    en: "on-time rate",
    "zh-CN": "按时率",
    meaning: "the share of step exits within their SLA",
    avoid: { en: ["punctuality"], "zh-CN": ["准时率", "及时率"] },
  },
  p50: {
    en: "half of cases finish within (median, p50)",
    "zh-CN": "半数事项在此之内完成（中位数 p50）",
    meaning: "the 50th percentile, said as what it tells a manager",
    avoid: { en: ["50th percentile"], "zh-CN": ["第 50 百分位", "第50百分位"] },
  },
  p85: {
    en: "85% of cases finish within (p85)",
    "zh-CN": "85% 的事项在此之内完成（p85）",
    meaning: "the 85th percentile: a promise most cases keep",
    avoid: { en: ["85th percentile"], "zh-CN": ["第 85 百分位", "第85百分位"] },
  },
  cycleTime: {
    en: "cycle time",
    "zh-CN": "周期时间",
    meaning: "from a case's creation to its close",
    avoid: { "zh-CN": [/周期(?!时间)/] },
  },
  stepTime: {
    en: "time in step",
    "zh-CN": "步骤用时",
    meaning: "how long a case stayed in one step",
    avoid: { "zh-CN": ["步骤时间"] },
  },
  throughput: {
    en: "throughput",
    "zh-CN": "吞吐量",
    meaning: "cases closed per week",
    avoid: { "zh-CN": ["吞吐率", "产出率"] },
  },
  wip: {
    en: "work in progress",
    "zh-CN": "在办事项",
    meaning: "the open cases, counted by step",
    avoid: { "zh-CN": ["在制品", "在制"] },
  },
  aging: {
    en: "age in step",
    "zh-CN": "停留时间",
    meaning: "how long an open case has been in its step",
    avoid: { "zh-CN": ["账龄", "老化"] },
  },
  register: {
    en: "register",
    "zh-CN": "登记表",
    meaning: "the Excel table of a process's cases",
    avoid: { "zh-CN": ["登记簿", "台账"] },
  },
  history: {
    en: "History",
    "zh-CN": "历史记录",
    meaning: "the table of every event of every case",
    avoid: { "zh-CN": ["历史表"] },
  },
  process: {
    en: "process",
    "zh-CN": "流程",
    meaning: "a set of steps a case goes through",
    avoid: { "zh-CN": ["进程"] },
  },
  rule: {
    en: "rule",
    "zh-CN": "规则",
    meaning: "an owner rule or a next rule: a condition and what it decides",
    avoid: { en: ["clause"], "zh-CN": ["子句"] },
    // The rule language's own messages speak of its own clauses (an order-by clause, a transform's).
    allowIn: ["jsonata."],
  },
  condition: {
    en: "condition",
    "zh-CN": "条件",
    meaning: "when a rule applies, written in JSONata (named only where people edit it)",
    avoid: { en: ["JSONata"], "zh-CN": ["JSONata"] },
    allowIn: ["pane.writtenInJsonata"],
  },
  role: { en: "role", "zh-CN": "角色", meaning: "a named group of people who share cases", avoid: {} },
  sync: {
    en: "sync",
    "zh-CN": "同步",
    meaning: "one pass of the rules over the register",
    avoid: { "zh-CN": ["同步化"] },
  },
  template: {
    en: "template",
    "zh-CN": "模板",
    meaning: "a process to start from",
    avoid: { "zh-CN": ["范本"] },
  },
  forecast: {
    en: "forecast",
    "zh-CN": "预测",
    meaning: "when today's open cases are likely done",
    avoid: { "zh-CN": ["预估"] },
  },
  sla: {
    en: "SLA (working days)",
    "zh-CN": "时限（工作日）",
    meaning: "the working days a step may take",
    avoid: { "zh-CN": ["SLA", "服务等级"] },
  },
  openCases: {
    en: "open cases",
    "zh-CN": "未结事项",
    meaning: "cases neither done at the last step nor cancelled",
    avoid: {
      "zh-CN": [
        "打开的事项",
        "打开事项",
        "未完成事项",
        "未完成的事项",
        "进行中事项",
        "进行中的事项",
        "未完成事项数",
      ],
    },
  },
  closedCases: {
    en: "closed cases",
    "zh-CN": "已完成事项",
    meaning: "cases done at their last step (cancelled ones are counted apart)",
    avoid: { "zh-CN": ["已关闭"] },
  },
  cancelled: {
    en: "cancelled",
    "zh-CN": "已取消",
    meaning: "a case stopped before its end",
    avoid: { en: ["canceled"], "zh-CN": ["已作废"] },
  },
  duplicate: {
    en: "duplicate",
    "zh-CN": "制作副本",
    meaning: "make a new process from this one, under a new id",
    avoid: { "zh-CN": ["复制该流程", "复制此流程", "复制流程", "以新编号复制"] },
  },
  copy: {
    en: "copy",
    "zh-CN": "复制",
    meaning: "put text on the clipboard",
    avoid: {},
  },
  dryRun: {
    en: "dry run",
    "zh-CN": "预演",
    meaning: "a sync that shows every change and writes nothing",
    avoid: { "zh-CN": ["仅预览", "试运行"] },
  },
  undo: {
    en: "undo",
    "zh-CN": "撤消",
    meaning: "put back what the last sync wrote",
    avoid: { "zh-CN": ["撤销"] },
  },
  assign: {
    en: "assign",
    "zh-CN": "分配",
    meaning: "give a case to its owner",
    avoid: { "zh-CN": ["分派", "指派"] },
    // The History sheet's own event words, quoted as they are written (workbook/history/event-words.ts).
    allowIn: ["cli.eventType"],
  },
  event: {
    en: "event",
    "zh-CN": "事件",
    meaning: "one line of History: a case created, moved on, closed, …",
    // Events are counted with 条, as History's lines are (第一个事件, "the first event", is no count).
    avoid: { "zh-CN": [/[0-9}] ?个事件/] },
  },
  workingDay: {
    en: "working day",
    "zh-CN": "工作日",
    meaning: "a day of the process calendar (holidays and make-up days counted)",
    avoid: { "zh-CN": ["营业日"] },
  },
  bottleneck: { en: "bottleneck", "zh-CN": "瓶颈", meaning: "the step where work waits longest", avoid: {} },
  id: {
    en: "ID",
    "zh-CN": "编号",
    meaning: "a case's or a process's identifier",
    avoid: { "zh-CN": ["标识符"] },
  },
  reminder: {
    en: "reminder",
    "zh-CN": "提醒",
    meaning: "a message Procsheet produces for a case: assigned, due soon, overdue, or an escalation",
    avoid: { "zh-CN": ["通知提醒", "催办"] },
  },
  outbox: {
    en: "Outbox",
    "zh-CN": "发件箱",
    meaning:
      "the table of messages waiting to be sent, sent, or failed; the contract with whatever delivers them",
    avoid: { "zh-CN": ["待发邮件", "外发箱"] },
  },
  people: {
    en: "People",
    "zh-CN": "人员表",
    meaning: "the workbook's table of who is who: email, manager, away until, chat IDs",
    avoid: { "zh-CN": ["通讯录", "人员名单"] },
  },
  overdue: {
    en: "overdue",
    "zh-CN": "已逾期",
    meaning: "past its due date and not done",
    avoid: { "zh-CN": ["过期", "超期"] },
  },
  escalation: {
    en: "escalation",
    "zh-CN": "升级提醒",
    meaning: "a message to a manager, a role or a person because a case is late",
    avoid: { "zh-CN": ["上报"] },
  },
};
