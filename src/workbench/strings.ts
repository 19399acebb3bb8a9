import type { Lang } from "../core/i18n/lang";

/** The workbench's own words (the pane has its own catalogue); it follows Office's display language. */
const EN = {
  locale: "en-US",
  title: "Procsheet workbench",
  subtitle: "the real task pane beside a simulated workbook",
  template: "Template",
  emptyWorkbook: "Empty workbook",
  language: "Office language",
  api: "ExcelApi",
  apiHelp: "1.7 is Office 2019; 1.17 is Office 2024 and Microsoft 365",
  restart: "New workbook",
  restartHelp: "Changing these starts a new workbook.",
  workbook: "Simulated workbook",
  sheets: "Sheets",
  sheetGrid: "Sheet {sheet}",
  pane: "Procsheet task pane",
  hiddenRows: "{n} rows hidden by a filter",
  hiddenRowsOne: "1 row hidden by a filter",
  hiddenRowsPlain: "{n} hidden rows",
  noHidden: "No hidden rows",
  selected: "Selected {address}",
  syncs: "{n} Excel syncs",
  editHint: "Type to replace a cell, double-click or Enter to edit it; Enter or Tab commits, Esc cancels.",
  refused: "Excel refused “{value}” in {address}: the cell only accepts a value from its list.",
  failed: "Excel refused the edit in {address}: {message}",
  charts: "Charts on this sheet",
  chartLabel: "Chart: {title}",
  untitled: "Untitled chart",
  noData: "No data",
  virtualised: "{n} rows: only those in view are drawn.",
  loading: "Starting the simulated Excel…",
  startFailed: "The workbench could not start: {message}",
  filtered: "Filtered",
};

export type WorkbenchStrings = typeof EN;

const ZH: WorkbenchStrings = {
  locale: "zh-CN",
  title: "Procsheet 工作台",
  subtitle: "真实的任务窗格与模拟的工作簿并排",
  template: "模板",
  emptyWorkbook: "空白工作簿",
  language: "Office 语言",
  api: "ExcelApi",
  apiHelp: "1.7 对应 Office 2019；1.17 对应 Office 2024 和 Microsoft 365",
  restart: "新建工作簿",
  restartHelp: "更改这些设置会新建工作簿。",
  workbook: "模拟工作簿",
  sheets: "工作表",
  sheetGrid: "工作表 {sheet}",
  pane: "Procsheet 任务窗格",
  hiddenRows: "筛选隐藏了 {n} 行",
  hiddenRowsOne: "筛选隐藏了 1 行",
  hiddenRowsPlain: "隐藏了 {n} 行",
  noHidden: "没有隐藏的行",
  selected: "已选择 {address}",
  syncs: "Excel 同步 {n} 次",
  editHint: "直接输入可替换单元格，双击或按 Enter 编辑；Enter 或 Tab 确认，Esc 取消。",
  refused: "Excel 拒绝在 {address} 输入“{value}”：此单元格只接受列表中的值。",
  failed: "Excel 拒绝了 {address} 的编辑：{message}",
  charts: "此工作表上的图表",
  chartLabel: "图表：{title}",
  untitled: "无标题图表",
  noData: "无数据",
  virtualised: "共 {n} 行：只绘制可见的行。",
  loading: "正在启动模拟的 Excel…",
  startFailed: "工作台无法启动：{message}",
  filtered: "已筛选",
};

export function workbenchStrings(lang: Lang): WorkbenchStrings {
  return lang === "zh-CN" ? ZH : EN;
}

/** Fills `{name}` placeholders; numbers get the locale's digit grouping (2,003). */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number>>,
  locale = "en-US",
): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = values[k];
    if (v === undefined) return m;
    return typeof v === "number" ? v.toLocaleString(locale) : v;
  });
}
