import { words } from "./book";

export const PANE_SHELL = words({
  "pane.adoptMergedNotChecked": {
    en: "Excel could not list the merged cells here (it lists at most 512); if the data has any, Excel will refuse to make the table and say where.",
    "zh-CN":
      "Excel 无法列出此处的合并单元格（最多只能列出 512 个）；如果数据中有合并单元格，Excel 会拒绝创建表格并指出位置。",
  },
  "pane.ribbonSynced": {
    en: "Synced {process} from the ribbon: {rows, plural, one {# row} other {# rows}} changed, {events, plural, one {# event} other {# events}} recorded.",
    "zh-CN": "已从功能区同步“{process}”：更改了 {rows} 行，记录了 {events} 条事件。",
  },
  "pane.ribbonNoProcess": {
    en: "Sync process: put the cursor in a register first (this workbook holds several processes), or create one on the Start tab.",
    "zh-CN": "同步流程：请先将光标放在某个登记表中（此工作簿包含多个流程），或在“开始”页创建登记表。",
  },
  "pane.ribbonFailed": { en: "Sync process from the ribbon failed:", "zh-CN": "从功能区同步流程失败：" },
  "pane.noProcess": {
    en: "This step needs a process. Create a register from a template or adopt the sheet you have on the Start tab.",
    "zh-CN": "此步骤需要一个流程。请在“开始”选项卡中用模板创建登记表，或采用当前工作表。",
  },
  "pane.goToStart": { en: "Go to Start", "zh-CN": "前往“开始”" },
  "pane.close": { en: "Close", "zh-CN": "关闭" },
  "pane.moreMenu": { en: "More", "zh-CN": "更多" },
  "pane.selfCheck": { en: "Self-check", "zh-CN": "自检" },
  "pane.cancel": { en: "Cancel", "zh-CN": "取消" },
  "pane.done": { en: "Done", "zh-CN": "完成" },
  "pane.delete": { en: "Delete", "zh-CN": "删除" },
  "pane.keep": { en: "Keep", "zh-CN": "保留" },
  "pane.refresh": { en: "Refresh", "zh-CN": "刷新" },
  "pane.open": { en: "Open", "zh-CN": "打开" },
  "pane.current": { en: "current", "zh-CN": "当前" },
  "pane.end": { en: "End", "zh-CN": "结束" },
  "pane.or": { en: " or ", "zh-CN": "或" },
  "pane.listSeparator": { en: ", ", "zh-CN": "、" },
  "pane.empty": { en: "(empty)", "zh-CN": "（空）" },
  "pane.step": { en: "Step", "zh-CN": "步骤" },
  "pane.owner": { en: "Owner", "zh-CN": "负责人" },
  "pane.sla": { en: "SLA", "zh-CN": "时限" },
  "pane.daysUnit": { en: "days", "zh-CN": "天" },
  "pane.workingDaysUnit": { en: "working days", "zh-CN": "个工作日" },
  "pane.daysValue": { en: "{n} d", "zh-CN": "{n} 天" },
  "pane.notANumber": { en: "Enter a number.", "zh-CN": "请输入数字。" },
  "pane.outOfRange": {
    en: "Enter a number from {min} to {max}.",
    "zh-CN": "请输入 {min} 到 {max} 之间的数字。",
  },
});
