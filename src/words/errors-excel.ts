import { words } from "./book";

export const ERRORS_EXCEL = words({
  "app.unexpected": {
    en: "Something went wrong: {detail}. Try again; if it keeps happening, close and reopen the pane.",
    "zh-CN": "出现问题：{detail}。请重试；如果问题持续，请关闭并重新打开任务窗格。",
  },
  "excel.notSaved": {
    en: "The process {id} could not be saved. Try again.",
    "zh-CN": "无法保存流程 {id}。请重试。",
  },
  "excel.ItemNotFound": {
    en: "Something Procsheet needs was renamed or deleted ({detail}). Reopen the process in the pane to bind it again.",
    "zh-CN": "Procsheet 需要的对象已被重命名或删除（{detail}）。请在任务窗格中重新打开该流程以重新绑定。",
  },
  "excel.InvalidOperationInCellEditMode": {
    en: "A cell is being edited. Press Enter or Esc in the sheet, then try again.",
    "zh-CN": "有单元格正在编辑中。请在工作表中按 Enter 或 Esc，然后重试。",
  },
  "excel.AccessDenied": {
    en: "The sheet is protected. Unprotect it (Review > Unprotect Sheet) or allow editing of the register, then try again. Nothing was changed.",
    "zh-CN": "工作表受保护。请取消保护（审阅 > 撤消工作表保护）或允许编辑登记表后重试。未做任何更改。",
  },
  "excel.MergedRangeConflict": {
    en: "Merged cells are in the way ({detail}). Unmerge them and try again.",
    "zh-CN": "存在合并单元格（{detail}）。请取消合并后重试。",
  },
  "excel.GeneralException": {
    en: "Excel could not finish the request (the data may not be current on the server). Try again in a moment.",
    "zh-CN": "Excel 未能完成请求（服务器上的数据可能不是最新的）。请稍后重试。",
  },
  "excel.Conflict": {
    en: "Someone else changed the workbook at the same time. Try again.",
    "zh-CN": "其他人同时修改了工作簿。请重试。",
  },
  "excel.RequestPayloadSizeLimitExceeded": {
    en: "The request was too large for Excel on the web. Try again; Procsheet will use smaller blocks.",
    "zh-CN": "请求超出了网页版 Excel 的大小限制。请重试，Procsheet 会使用更小的数据块。",
  },
  "excel.ApiNotFound": {
    en: "This version of Excel lacks a feature Procsheet needs ({detail}). Update Office to use it.",
    "zh-CN": "此版本的 Excel 缺少 Procsheet 所需的功能（{detail}）。请更新 Office 后使用。",
  },
  "excel.default": {
    en: "Excel reported an error ({code}): {detail}",
    "zh-CN": "Excel 报告了错误（{code}）：{detail}",
  },
});
