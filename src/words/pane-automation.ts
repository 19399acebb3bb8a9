import { words } from "./book";

/** Automatic routing, what moved, and the New case form (Run view). */
export const PANE_AUTOMATION = words({
  "pane.automaticTitle": { en: "Automatic routing", "zh-CN": "自动分配" },
  "pane.automaticOn": {
    en: "Route cases as people edit the register",
    "zh-CN": "有人编辑登记表时自动分配事项",
  },
  "pane.automaticHelp": {
    en: "A case marked Done moves on, a new row is numbered and started, and owners and due dates are filled in about a second and a half after the last edit, with no button pressed.",
    "zh-CN":
      "标记为完成的事项会进入下一步，新行会编号并开始，负责人和截止日期会在最后一次编辑约一秒半后自动填好，无需点任何按钮。",
  },
  "pane.automaticHere": {
    en: "Routing in this Excel.",
    "zh-CN": "正在此 Excel 中自动分配。",
  },
  "pane.automaticElsewhere": {
    en: "Routing in {name}'s Excel: your edits are routed there.",
    "zh-CN": "正在 {name} 的 Excel 中自动分配：你的编辑会在那里处理。",
  },
  "pane.automaticElsewhereNoName": {
    en: "Routing in another co-author's Excel: your edits are routed there.",
    "zh-CN": "正在另一位协作者的 Excel 中自动分配：你的编辑会在那里处理。",
  },
  "pane.automaticStarting": { en: "Starting automatic routing…", "zh-CN": "正在启动自动分配…" },
  "pane.automaticOff": {
    en: "Off: cases move when someone presses Sync now.",
    "zh-CN": "未开启：有人点击“立即同步”时事项才会推进。",
  },
  "pane.openWithWorkbook": {
    en: "Open Procsheet with this workbook",
    "zh-CN": "打开此工作簿时同时打开 Procsheet",
  },
  "pane.loadAtOpen": {
    en: "Route even while the pane is closed (Office loads Procsheet with the workbook)",
    "zh-CN": "即使关闭了任务窗格也自动分配（Office 随工作簿加载 Procsheet）",
  },
  "pane.loadAtOpenUnsupported": {
    en: "This Office cannot load Procsheet before the pane opens: routing runs while the pane is open.",
    "zh-CN": "此版本的 Office 无法在打开任务窗格前加载 Procsheet：仅在任务窗格打开时自动分配。",
  },
  "pane.movedTitle": { en: "Just routed", "zh-CN": "刚刚分配" },
  "pane.movedNone": { en: "Nothing routed yet in this session.", "zh-CN": "本次尚未分配任何事项。" },
  "pane.moveSelect": { en: "Show {id} in the register", "zh-CN": "在登记表中显示 {id}" },
  "pane.moveOwner": { en: "→ {owner}", "zh-CN": "→ {owner}" },
  "pane.moveOwnerDue": {
    en: "→ {owner}, due {due, date, short}",
    "zh-CN": "→ {owner}，截止 {due, date, short}",
  },
  "pane.moveStep": { en: "now in {step}", "zh-CN": "现在处于{step}" },
  "pane.moveClosed": { en: "finished", "zh-CN": "已完成" },
  "pane.moveCancelled": { en: "cancelled", "zh-CN": "已取消" },
  "pane.moveStarted": { en: "started in {step}", "zh-CN": "已在{step}开始" },
  "pane.moveOther": { en: "updated", "zh-CN": "已更新" },
  "pane.newCase": { en: "New case", "zh-CN": "新建事项" },
  "pane.newCaseIntro": {
    en: "Fill in the case; Procsheet adds it to the register, numbers it and routes it to its first owner.",
    "zh-CN": "填写事项后，Procsheet 会把它加入登记表、编号并分配给第一位负责人。",
  },
  "pane.newCaseAdd": { en: "Add case", "zh-CN": "添加事项" },
  "pane.newCaseAnother": { en: "Add another", "zh-CN": "再添加一个" },
  "pane.newCaseClear": { en: "Clear", "zh-CN": "清空" },
  "pane.newCaseKeys": {
    en: "Enter adds the case, Esc clears the form.",
    "zh-CN": "按 Enter 添加事项，按 Esc 清空表单。",
  },
  "pane.requiredMark": { en: "required", "zh-CN": "必填" },
  "pane.newCaseAdded": {
    en: "{id} → {owner}, due {due, date, medium} ({step})",
    "zh-CN": "{id} → {owner}，截止 {due, date, medium}（{step}）",
  },
  "pane.newCaseAddedNoDue": { en: "{id} → {owner} ({step})", "zh-CN": "{id} → {owner}（{step}）" },
  "pane.newCaseRoutedElsewhere": {
    en: "Added to the register; {name}'s Excel numbers and routes it.",
    "zh-CN": "已加入登记表；由 {name} 的 Excel 编号并分配。",
  },
  "pane.newCaseRoutedElsewhereNoName": {
    en: "Added to the register; a co-author's Excel numbers and routes it.",
    "zh-CN": "已加入登记表；由另一位协作者的 Excel 编号并分配。",
  },
  "pane.newCaseRowError": {
    en: "Added to the register, but it could not be routed: {problem}",
    "zh-CN": "已加入登记表，但无法分配：{problem}",
  },
  "pane.newCaseFix": {
    en: "{n, plural, one {# field needs a fix} other {# fields need a fix}}; nothing was added.",
    "zh-CN": "有 {n} 个字段需要修改；未添加任何内容。",
  },
  "pane.entryRequired": { en: "Fill this in.", "zh-CN": "请填写此项。" },
  "pane.entryNumber": { en: "“{text}” is not a number.", "zh-CN": "“{text}”不是数字。" },
  "pane.entryBelowMin": { en: "At least {min, number}.", "zh-CN": "不能小于 {min, number}。" },
  "pane.entryAboveMax": { en: "At most {max, number}.", "zh-CN": "不能大于 {max, number}。" },
  "pane.entryDate": {
    en: "“{text}” is not a date (for example 2026-03-09).",
    "zh-CN": "“{text}”不是日期（例如 2026-03-09）。",
  },
  "pane.entryChoice": { en: "Pick one from the list.", "zh-CN": "请从列表中选择。" },
  "pane.yes": { en: "Yes", "zh-CN": "是" },
  "pane.offerNewCase": {
    en: "A case to add? Use the New case form: it checks every field and routes the case at once.",
    "zh-CN": "要添加事项？请使用“新建事项”表单：它会检查每个字段并立即分配事项。",
  },
  "pane.myWorkTab": { en: "Run ({n})", "zh-CN": "实施（{n}）" },
  "pane.workAmount": { en: "{amount, number}", "zh-CN": "{amount, number}" },
});
