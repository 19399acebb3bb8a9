import { words } from "./book";

export const PANE_RUN = words({
  "pane.myWork": { en: "My work", "zh-CN": "我的工作" },
  "pane.me": { en: "Me", "zh-CN": "我" },
  "pane.mePlaceholder": { en: "Choose or type your name", "zh-CN": "选择或输入你的姓名" },
  "pane.chooseMe": {
    en: "Choose who you are to see the cases you own.",
    "zh-CN": "请选择你是谁，以查看你负责的事项。",
  },
  "pane.chooseMeFirst": {
    en: "Choose who you are under My work first.",
    "zh-CN": "请先在“我的工作”中选择你是谁。",
  },
  "pane.noWork": { en: "Nothing open is assigned to you.", "zh-CN": "没有分配给你的未结事项。" },
  "pane.workCount": {
    en: "{n, plural, one {# open case} other {# open cases}}, the longest waiting first.",
    "zh-CN": "{n} 个未结事项，等待最久的在前。",
  },
  "pane.inStepSince": {
    en: "in this step since {date, date, medium}",
    "zh-CN": "自 {date, date, medium} 起在此步骤",
  },
  "pane.dueOn": { en: "Due {date, date, medium}", "zh-CN": "截止 {date, date, medium}" },
  "pane.overdueSince": {
    en: "Overdue: was due {date, date, medium}",
    "zh-CN": "已逾期：原定 {date, date, medium} 截止",
  },
  "pane.start": { en: "Start", "zh-CN": "开始" },
  "pane.block": { en: "Block", "zh-CN": "受阻" },
  "pane.finish": { en: "Finish", "zh-CN": "完成" },
  "pane.finishHint": {
    en: "A finished case moves to its next step at the next sync.",
    "zh-CN": "完成的事项会在下次同步时进入下一步。",
  },
  "pane.syncTitle": { en: "Sync", "zh-CN": "同步" },
  "pane.reroute": {
    en: "Route owners again, also where someone typed one",
    "zh-CN": "重新分配负责人，包括手动填写的",
  },
  "pane.undoTitle": { en: "Undo", "zh-CN": "撤消" },
  "pane.undoLastSync": { en: "Undo last sync", "zh-CN": "撤消上次同步" },
  "pane.undoing": { en: "Undoing…", "zh-CN": "正在撤消…" },
  "pane.undoRestored": {
    en: "Put back {cells, plural, one {# cell} other {# cells}} in {cases, plural, one {# case} other {# cases}}.",
    "zh-CN": "已恢复 {cases} 个事项中的 {cells} 个单元格。",
  },
  "pane.undoConflicts": {
    en: "{n, plural, one {# cell was changed after the sync and was left as it is:} other {# cells were changed after the sync and were left as they are:}}",
    "zh-CN": "有 {n} 个单元格在同步后被修改，已保持原样：",
  },
  "pane.undoConflict": {
    en: "{id} · {column}: the sync wrote {wrote}, it now holds {now}",
    "zh-CN": "{id} · {column}：同步写入的是 {wrote}，现在是 {now}",
  },
  "pane.conflicts": { en: "Cells left as they are", "zh-CN": "保持原样的单元格" },
  "pane.formatsTitle": { en: "Status formats", "zh-CN": "状态格式" },
  "pane.applyFormats": { en: "Apply status formats", "zh-CN": "应用状态格式" },
  "pane.formatsApplied": {
    en: "Applied {added, plural, one {# Procsheet format rule} other {# Procsheet format rules}}; left {kept} of your own as they were.",
    "zh-CN": "已应用 {added} 条 Procsheet 格式规则；保留了你自己的 {kept} 条规则。",
  },
  "pane.viewsTitle": { en: "Views", "zh-CN": "视图" },
  "pane.viewShow": { en: "Show", "zh-CN": "显示" },
  "pane.viewMine": { en: "Mine", "zh-CN": "我的" },
  "pane.viewOverdue": { en: "Overdue", "zh-CN": "已逾期" },
  "pane.viewOpen": { en: "Open", "zh-CN": "未结" },
  "pane.viewByStep": { en: "By step", "zh-CN": "按步骤" },
  "pane.viewByOwner": { en: "By owner", "zh-CN": "按负责人" },
  "pane.viewAll": { en: "All", "zh-CN": "全部" },
  "pane.applyView": { en: "Apply view", "zh-CN": "应用视图" },
  "pane.viewShowing": {
    en: "Applied: {view} — {rows, plural, one {# row} other {# rows}} shown.",
    "zh-CN": "已应用：{view}，显示 {rows} 行。",
  },
  "pane.viewApplied": {
    en: "{rows, plural, one {# row} other {# rows}} shown.",
    "zh-CN": "显示 {rows} 行。",
  },
});
