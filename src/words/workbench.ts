import { words } from "./book";

/** The workbench's own words (a development tool: the real pane beside a simulated workbook). */
export const WORKBENCH = words({
  "workbench.title": { en: "Procsheet workbench", "zh-CN": "Procsheet 工作台" },
  "workbench.subtitle": {
    en: "the real task pane beside a simulated workbook",
    "zh-CN": "真实的任务窗格与模拟的工作簿并排",
  },
  "workbench.template": { en: "Template", "zh-CN": "模板" },
  "workbench.emptyWorkbook": { en: "Empty workbook", "zh-CN": "空白工作簿" },
  "workbench.language": { en: "Office language", "zh-CN": "Office 语言" },
  "workbench.api": { en: "ExcelApi", "zh-CN": "ExcelApi" },
  "workbench.theme": { en: "Office theme", "zh-CN": "Office 主题" },
  "workbench.themeColorful": { en: "Colorful", "zh-CN": "彩色" },
  "workbench.themeDarkGray": { en: "Dark Gray", "zh-CN": "深灰色" },
  "workbench.themeBlack": { en: "Black", "zh-CN": "黑色" },
  "workbench.themeWhite": { en: "White", "zh-CN": "白色" },
  "workbench.apiHelp": {
    en: "1.13 is the oldest Excel Procsheet runs in (Office 2021); 1.17 is Office 2024 and Microsoft 365",
    "zh-CN": "1.13 是 Procsheet 能运行的最旧的 Excel（Office 2021）；1.17 对应 Office 2024 和 Microsoft 365",
  },
  "workbench.restart": { en: "New workbook", "zh-CN": "新建工作簿" },
  "workbench.restartHelp": {
    en: "Changing these starts a new workbook.",
    "zh-CN": "更改这些设置会新建工作簿。",
  },
  "workbench.workbook": { en: "Simulated workbook", "zh-CN": "模拟工作簿" },
  "workbench.sheets": { en: "Sheets", "zh-CN": "工作表" },
  "workbench.sheetGrid": { en: "Sheet {sheet}", "zh-CN": "工作表 {sheet}" },
  "workbench.pane": { en: "Procsheet task pane", "zh-CN": "Procsheet 任务窗格" },
  "workbench.hiddenRows": {
    en: "{n, plural, one {# row} other {# rows}} hidden by a filter",
    "zh-CN": "筛选隐藏了 {n} 行",
  },
  "workbench.hiddenRowsPlain": {
    en: "{n, plural, one {# hidden row} other {# hidden rows}}",
    "zh-CN": "隐藏了 {n} 行",
  },
  "workbench.noHidden": { en: "No hidden rows", "zh-CN": "没有隐藏的行" },
  "workbench.selected": { en: "Selected {address}", "zh-CN": "已选择 {address}" },
  "workbench.syncs": {
    en: "{n, plural, one {# Excel sync} other {# Excel syncs}}",
    "zh-CN": "Excel 同步 {n} 次",
  },
  "workbench.editHint": {
    en: "Type to replace a cell, double-click or Enter to edit it; Enter or Tab commits, Esc cancels.",
    "zh-CN": "直接输入可替换单元格，双击或按 Enter 编辑；Enter 或 Tab 确认，Esc 取消。",
  },
  "workbench.refused": {
    en: "Excel refused “{value}” in {address}: the cell only accepts a value from its list.",
    "zh-CN": "Excel 拒绝在 {address} 输入“{value}”：此单元格只接受列表中的值。",
  },
  "workbench.failed": {
    en: "Excel refused the edit in {address}: {message}",
    "zh-CN": "Excel 拒绝了 {address} 的编辑：{message}",
  },
  "workbench.charts": { en: "Charts on this sheet", "zh-CN": "此工作表上的图表" },
  "workbench.drawing": { en: "Shapes on this sheet", "zh-CN": "此工作表上的形状" },
  "workbench.chartLabel": { en: "Chart: {title}", "zh-CN": "图表：{title}" },
  "workbench.untitled": { en: "Untitled chart", "zh-CN": "无标题图表" },
  "workbench.noData": { en: "No data", "zh-CN": "无数据" },
  "workbench.virtualised": {
    en: "{n, plural, one {# row} other {# rows}}: only those in view are drawn.",
    "zh-CN": "共 {n} 行：只绘制可见的行。",
  },
  "workbench.loading": { en: "Starting the simulated Excel…", "zh-CN": "正在启动模拟的 Excel…" },
  "workbench.startFailed": {
    en: "The workbench could not start: {message}",
    "zh-CN": "工作台无法启动：{message}",
  },
  "workbench.filtered": { en: "Filtered", "zh-CN": "已筛选" },
});
