import type { ProcsheetError } from "../result";
import type { Lang } from "./lang";

type Template = Readonly<Record<Lang, string>>;

/**
 * Every error a user can meet, in both languages, keyed by the error's `key` (result.ts). `{name}` is
 * replaced by `params.name`. JSONata's own detail text exists only in English; it is quoted as is.
 */
export const ERROR_MESSAGES = {
  "rule.syntax": {
    en: "JSONata syntax error at {position}: {detail}",
    "zh-CN": "JSONata 语法错误（第 {position} 个字符）：{detailZh}",
  },
  "rule.eval": {
    en: "The rule failed ({jsonataCode} at {position}): {detail}",
    "zh-CN": "规则运行出错（{jsonataCode}，第 {position} 个字符）：{detailZh}",
  },
  "rule.limit": {
    en: "The rule ran too long or too deep and was stopped ({jsonataCode}). Simplify it or check for endless repetition.",
    "zh-CN": "规则运行过久或嵌套过深，已被停止（{jsonataCode}）。请简化规则或检查是否无限循环。",
  },
  "rule.result": { en: "{detail}", "zh-CN": "规则结果无效：{detailZh}" },
  "rule.noOwner": {
    en: 'No owner rule matched at step "{step}". Add a last clause without "when" as a fallback.',
    "zh-CN": "步骤“{step}”没有匹配的负责人规则。请添加一条不带条件的兜底规则。",
  },
  "rule.noNext": {
    en: 'No "next" rule matched at step "{step}". Add a last clause without "when" as a fallback.',
    "zh-CN": "步骤“{step}”没有匹配的下一步规则。请添加一条不带条件的兜底规则。",
  },
  "data.cell": { en: 'Column "{column}": {detail}', "zh-CN": "“{column}”列：{detailZh}" },
  "data.ambiguousNumber": {
    en: 'Column "{column}": "{value}" is ambiguous: {readings}; write it without thousands separators, or give the register\'s number locale',
    "zh-CN": "“{column}”列：“{value}”有歧义：{readingsZh}；请去掉千位分隔符，或指明登记表的数字格式区域",
  },
  "data.duplicateId": {
    en: "The ID {id} is used by more than one row; give each row its own ID.",
    "zh-CN": "编号 {id} 被多行使用；请为每行设置不同的编号。",
  },
  "data.badStatus": {
    en: '"{value}" is not a status (To do, In progress, Waiting, Blocked, Done, Cancelled).',
    "zh-CN": "“{value}”不是有效状态（待办、进行中、等待、受阻、完成、已取消）。",
  },
  "data.unknownStep": {
    en: '"{value}" is not a step of this process.',
    "zh-CN": "“{value}”不是此流程的步骤。",
  },
  "data.required": { en: 'Column "{column}" needs a value.', "zh-CN": "“{column}”列必须填写。" },
  "data.formulaCell": {
    en: 'Column "{column}" holds a formula; Procsheet never overwrites a formula. Clear the cell or move the formula out of the register.',
    "zh-CN": "“{column}”列是公式；Procsheet 从不覆盖公式。请清除该单元格，或把公式移出登记表。",
  },
  "data.uncalculated": {
    en: 'Column "{column}" holds a formula that was never calculated (the program that saved the file does not calculate). Open the file in Excel or LibreOffice, save it, and sync again.',
    "zh-CN":
      "“{column}”列的公式从未计算过（保存该文件的程序不计算公式）。请用 Excel 或 LibreOffice 打开并保存后再同步。",
  },
  // Problems in a process definition (src/core/definition): where, then what, in the reader's language.
  "definition.unknownKey": { en: '{path}: unknown key "{name}"', "zh-CN": "{path}：未知的键“{name}”" },
  "definition.missingKey": { en: '{path}: missing "{name}"', "zh-CN": "{path}：缺少“{name}”" },
  "definition.mustBeObject": { en: "{path}: must be an object", "zh-CN": "{path}：必须是对象" },
  "definition.mustBeList": { en: "{path}: must be a list", "zh-CN": "{path}：必须是列表" },
  "definition.mustBeText": { en: "{path}: must be a string", "zh-CN": "{path}：必须是文本" },
  "definition.mustBeNumber": { en: "{path}: must be a number", "zh-CN": "{path}：必须是数字" },
  "definition.mustBeInteger": { en: "{path}: must be an integer", "zh-CN": "{path}：必须是整数" },
  "definition.mustBeBoolean": {
    en: "{path}: must be true or false",
    "zh-CN": "{path}：必须是 true 或 false",
  },
  "definition.oneOf": { en: "{path}: must be one of: {values}", "zh-CN": "{path}：必须是以下之一：{values}" },
  "definition.mustEqual": { en: "{path}: must be {value}", "zh-CN": "{path}：必须是 {value}" },
  "definition.reservedName": { en: "{path}: is a reserved name", "zh-CN": "{path}：是保留名称" },
  "definition.pattern": {
    en: "{path}: does not have the allowed form ({pattern})",
    "zh-CN": "{path}：格式不符合要求（{pattern}）",
  },
  "definition.empty": { en: "{path}: must not be empty", "zh-CN": "{path}：不能为空" },
  "definition.minItems": {
    en: "{path}: needs at least {limit} items",
    "zh-CN": "{path}：至少需要 {limit} 项",
  },
  "definition.maxItems": {
    en: "{path}: allows at most {limit} items",
    "zh-CN": "{path}：最多允许 {limit} 项",
  },
  "definition.minLength": {
    en: "{path}: must not be shorter than {limit} characters",
    "zh-CN": "{path}：不能少于 {limit} 个字符",
  },
  "definition.maxLength": {
    en: "{path}: must not be longer than {limit} characters",
    "zh-CN": "{path}：不能超过 {limit} 个字符",
  },
  "definition.minimum": { en: "{path}: must be at least {limit}", "zh-CN": "{path}：不能小于 {limit}" },
  "definition.maximum": { en: "{path}: must be at most {limit}", "zh-CN": "{path}：不能大于 {limit}" },
  "definition.exclusiveMinimum": {
    en: "{path}: must be more than {limit}",
    "zh-CN": "{path}：必须大于 {limit}",
  },
  "definition.minProperties": {
    en: "{path}: needs at least {limit} entries",
    "zh-CN": "{path}：至少需要 {limit} 项",
  },
  "definition.maxProperties": {
    en: "{path}: allows at most {limit} entries",
    "zh-CN": "{path}：最多允许 {limit} 项",
  },
  "definition.uniqueItems": {
    en: "{path}: items {first} and {second} are the same",
    "zh-CN": "{path}：第 {first} 项与第 {second} 项重复",
  },
  "definition.propertyName": {
    en: '{path}: the name "{name}" is not allowed',
    "zh-CN": "{path}：名称“{name}”不允许",
  },
  "definition.tooLarge": {
    en: "{path}: the file is larger than {mb} MB",
    "zh-CN": "{path}：文件超过 {mb} MB",
  },
  "definition.notJson": {
    en: "{path}: not valid JSON: {detail}",
    "zh-CN": "{path}：不是有效的 JSON：{detail}",
  },
  "definition.notStepId": {
    en: '{path}: "{value}" is not a step id',
    "zh-CN": "{path}：“{value}”不是步骤编号",
  },
  "definition.notStatusWord": {
    en: '{path}: "{value}" is not a status word (todo, doing, waiting, blocked, done, cancelled)',
    "zh-CN": "{path}：“{value}”不是状态词（todo、doing、waiting、blocked、done、cancelled）",
  },
  "definition.notDate": {
    en: "{path}: must be an ISO date or date-time",
    "zh-CN": "{path}：必须是 ISO 格式的日期或日期时间",
  },
  "definition.unknownRowKey": {
    en: '{path}: unknown key "{name}" (not a field or system column)',
    "zh-CN": "{path}：未知的键“{name}”（既不是字段，也不是系统列）",
  },
  "definition.notChoice": {
    en: '{path}: "{value}" is not one of the choices',
    "zh-CN": "{path}：“{value}”不在可选项中",
  },
  "definition.duplicateStep": {
    en: '{path}: duplicate step id "{value}"',
    "zh-CN": "{path}：步骤编号“{value}”重复",
  },
  "definition.duplicateField": {
    en: '{path}: duplicate field key "{value}"',
    "zh-CN": "{path}：字段键“{value}”重复",
  },
  "definition.choicesMissing": {
    en: "{path}: a choice field needs its choices",
    "zh-CN": "{path}：选项字段需要列出其选项",
  },
  "definition.choicesNotAllowed": {
    en: "{path}: only choice fields have choices (this one is {type})",
    "zh-CN": "{path}：只有选项字段才有选项（此字段类型为 {type}）",
  },
  "definition.formatNotAllowed": {
    en: "{path}: only number fields have a format",
    "zh-CN": "{path}：只有数字字段才有格式",
  },
  "definition.duplicateChoice": {
    en: '{path}: duplicate choice "{value}"',
    "zh-CN": "{path}：选项“{value}”重复",
  },
  "definition.roleCase": {
    en: '{path}: "{value}" looks like the role "{role}"; write it exactly',
    "zh-CN": "{path}：“{value}”看起来是角色“{role}”，请与角色名完全一致",
  },
  "definition.noSuchGoto": {
    en: '{path}: no step with id "{value}" (use a step id or "end")',
    "zh-CN": '{path}：没有编号为“{value}”的步骤（请使用步骤编号或 "end"）',
  },
  "definition.noSuchStep": {
    en: '{path}: no step with id "{value}"',
    "zh-CN": "{path}：没有编号为“{value}”的步骤",
  },
  "definition.required": { en: "{path}: is required", "zh-CN": "{path}：必填" },
  "definition.idFixed": {
    en: "{path}: the id of a bound process cannot change; duplicate the process instead",
    "zh-CN": "{path}：已绑定流程的编号不能更改；请改为复制该流程",
  },
  "definition.otherProcess": {
    en: '{path}: the catalogue\'s process "{value}" is not the workbook\'s "{current}"',
    "zh-CN": "{path}：目录中的流程“{value}”不是此工作簿的流程“{current}”",
  },
  "definition.schema": { en: "{path}: {detail}", "zh-CN": "{path}：{detail}" },
  "definition.semantic": { en: "{path}: {detail}", "zh-CN": "{path}：{detail}" },
  "history.protected": {
    en: 'The sheet "{sheet}" that holds the History table "{table}" is protected. Unprotect it (Review > Unprotect Sheet), then try again. Nothing was changed.',
    "zh-CN":
      "存放历史记录表“{table}”的工作表“{sheet}”受保护。请取消保护（审阅 > 撤消工作表保护）后重试。未做任何更改。",
  },
  "history.cellsBelow": {
    en: 'The History table "{table}" grows downwards, but cells {cells} on sheet "{sheet}" are in its way. Move them further down or to another sheet, then try again. Nothing was changed.',
    "zh-CN":
      "历史记录表“{table}”需要向下扩展，但工作表“{sheet}”中的单元格 {cells} 挡住了它。请把它们移到更下方或其他工作表，然后重试。未做任何更改。",
  },
  "sheet.missingColumns": {
    en: 'The register "{table}" lacks the columns {columns}. Adopt the sheet again to add them.',
    "zh-CN": "登记表“{table}”缺少以下列：{columns}。请重新采用该工作表以添加这些列。",
  },
  "sheet.moving": {
    en: "The register kept changing while Procsheet synced (rows sorted, filtered, inserted or deleted). Nothing was written; sync again.",
    "zh-CN": "同步期间登记表仍在变化（行被排序、筛选、插入或删除）。未写入任何内容，请重新同步。",
  },
  "sheet.noSuchCase": { en: "No row has the ID {id}.", "zh-CN": "没有编号为 {id} 的行。" },
  "sync.cancelled": {
    en: "The sync was cancelled; nothing was written. Sync again when you are ready.",
    "zh-CN": "同步已取消，未写入任何内容。准备好后请再次同步。",
  },
  "undo.nothing": { en: "There is no sync to undo.", "zh-CN": "没有可撤消的同步。" },
  "undo.truncated": {
    en: "The last sync changed too many cells to keep their old values; it cannot be undone.",
    "zh-CN": "上次同步更改的单元格过多，未保留原值，无法撤消。",
  },
  "undo.unfinished": {
    en: "The last sync did not finish; sync again to complete it before undoing.",
    "zh-CN": "上次同步未完成；请先重新同步以完成它，然后再撤消。",
  },
  "register.exists": {
    en: 'This workbook already runs the process "{id}". Open it from the process list, or duplicate the process under a new id.',
    "zh-CN": "此工作簿已在运行流程“{id}”。请从流程列表中打开它，或以新编号复制该流程。",
  },
  "register.tableExists": {
    en: "A table named {table} already exists; rename it first.",
    "zh-CN": "已存在名为 {table} 的表格，请先将其重命名。",
  },
  "sheet.duplicateColumn": {
    en: 'Columns {first} and {second} both hold "{key}". Rename or remove one of them.',
    "zh-CN": "{first} 列和 {second} 列都对应“{key}”。请重命名或删除其中一列。",
  },
  // Notes from "Apply status formats" (src/excel/formats.ts FORMAT_NOTES): what was skipped or added.
  "formats.unsupported": {
    en: "This version of Excel has no conditional formats for add-ins (ExcelApi 1.6). Nothing was changed; the status words still show each case's state.",
    "zh-CN":
      "此版本的 Excel 不支持加载项设置条件格式（ExcelApi 1.6）。未做任何更改；状态文字仍显示每个案例的状态。",
  },
  "formats.noStatus": {
    en: "The register has no Status column, so no status colours, overdue or due-soon highlights were added. Sync the process to add the column.",
    "zh-CN": "登记表没有“状态”列，因此未添加状态颜色及逾期、即将到期的标记。请同步流程以添加该列。",
  },
  "formats.noDue": {
    en: "The register has no Due column, so overdue and due-soon rows are not highlighted. Status colours were added.",
    "zh-CN": "登记表没有“截止日期”列，因此不会标记逾期和即将到期的行。已添加状态颜色。",
  },
  "formats.noAge": {
    en: 'No age bars: the register has no Step started column, or a field already uses the header "Days in step".',
    "zh-CN": "未添加停留时长条：登记表没有“步骤开始”列，或已有字段使用了“本步骤天数”这一标题。",
  },
  "formats.ageColumnAdded": {
    en: 'A "Days in step" column was added at the right of the register; its bars show how long each case has been in its step.',
    "zh-CN": "已在登记表右侧添加“本步骤天数”列，其中的数据条显示每个案例在当前步骤停留的时间。",
  },
  "formats.listsSheetCreated": {
    en: 'The process calendar\'s holidays and make-up working days were written to a hidden sheet, "Procsheet lists", so due-soon highlights follow the calendar. Keep that sheet.',
    "zh-CN":
      "流程日历中的节假日和调休工作日已写入隐藏工作表“Procsheet lists”，使“即将到期”标记遵循流程日历。请保留该工作表。",
  },
  // Filtered views (src/excel/views.ts).
  "view.noColumn": {
    en: 'The register has no "{column}" column, which this view filters on. Sync the process to add it.',
    "zh-CN": "登记表没有此视图要筛选的“{column}”列。请同步流程以添加该列。",
  },
  "view.unknownStep": {
    en: 'The process has no step "{step}". Choose a step from the list.',
    "zh-CN": "流程中没有步骤“{step}”。请从列表中选择步骤。",
  },
  "view.badDate": {
    en: '"{date}" is not a date Procsheet can read (use YYYY-MM-DD).',
    "zh-CN": "“{date}”不是 Procsheet 可识别的日期（请使用 YYYY-MM-DD 格式）。",
  },
  "adopt.noData": {
    en: "There is no data on {sheet} to adopt.",
    "zh-CN": "工作表 {sheet} 上没有可采用的数据。",
  },
  "adopt.noHeader": {
    en: "No header row found in {address}: Procsheet looks for the first row with at least two text cells and data below it. Select the table, its header row included, and look again.",
    "zh-CN":
      "在 {address} 中找不到标题行：Procsheet 寻找第一行至少有两个文本单元格且下方有数据的行。请选中整个表格（包括标题行）后重新查看。",
  },
  "adopt.blankHeader": {
    en: "The header cells {cells} are blank. Give each column a header, or select only the columns to adopt, and look again.",
    "zh-CN": "标题单元格 {cells} 为空。请为每一列填写标题，或只选中要采用的列，然后重新查看。",
  },
  "adopt.headerNotText": {
    en: "The header cells {cells} hold numbers, dates or formulas, which an Excel table would turn into text. Type these headers as text and look again.",
    "zh-CN":
      "标题单元格 {cells} 中是数字、日期或公式，转换为 Excel 表格时会被改成文本。请将这些标题输入为文本后重新查看。",
  },
  "adopt.duplicateHeader": {
    en: 'The headers {cells} all read "{header}". Make each header different and look again.',
    "zh-CN": "标题 {cells} 都是“{header}”。请让每个标题各不相同后重新查看。",
  },
  "adopt.mergedCells": {
    en: "Merged cells {cells} are in the way: a table cannot hold merged cells. Unmerge them and look again.",
    "zh-CN": "合并单元格 {cells} 妨碍了操作：表格中不能有合并单元格。请取消合并后重新查看。",
  },
  "adopt.tableInTheWay": {
    en: 'The table "{table}" ({cells}) overlaps the data or the columns Procsheet adds at the right. Move it, or select only the data to adopt, and look again.',
    "zh-CN":
      "表格“{table}”（{cells}）与数据或 Procsheet 要在右侧添加的列重叠。请移开它，或只选中要采用的数据，然后重新查看。",
  },
  "adopt.cellsInTheWay": {
    en: "Cells {cells} are where Procsheet adds its columns, at the right of the data. Move or clear them and look again.",
    "zh-CN": "单元格 {cells} 位于 Procsheet 要在数据右侧添加列的位置。请移走或清除它们后重新查看。",
  },
  "adopt.cellsWouldMove": {
    en: "Cells {cells} are right of the table, in its rows; adding columns to a table in this version of Excel would move them. Move them above or below the table and look again.",
    "zh-CN":
      "单元格 {cells} 位于表格右侧的同一行中；在此版本的 Excel 中为表格添加列会移动它们。请将它们移到表格上方或下方后重新查看。",
  },
  "adopt.changed": {
    en: "The sheet changed since the preview ({detail}). Nothing was changed; look again.",
    "zh-CN": "自预览以来工作表已更改（{detail}）。未做任何更改，请重新查看。",
  },
  "adopt.processExists": {
    en: 'This workbook already runs the process "{id}".',
    "zh-CN": "此工作簿已在运行流程“{id}”。",
  },
  "adopt.tableNameTaken": {
    en: "A table named {table} already exists; rename it first.",
    "zh-CN": "已存在名为 {table} 的表格，请先将其重命名。",
  },
  "adopt.tableBound": {
    en: 'The table {table} is already the register of "{id}".',
    "zh-CN": "表格 {table} 已是流程“{id}”的登记表。",
  },
  "adopt.unknownKey": {
    en: 'Column "{header}" is set to "{key}", which is not a column of this process.',
    "zh-CN": "“{header}”列被设为“{key}”，但该流程没有这一列。",
  },
  // Upgrading a workbook's process to the organisation catalogue's version (src/excel/processes.ts).
  "upgrade.notNewer": {
    en: 'Version {version} of "{id}" is not newer than the workbook\'s version {current}. Nothing was changed.',
    "zh-CN": "“{id}”的版本 {version} 并不比工作簿中的版本 {current} 新。未做任何更改。",
  },
  "upgrade.noProcess": {
    en: 'This workbook no longer runs the process "{id}". Nothing was changed.',
    "zh-CN": "此工作簿已不再运行流程“{id}”。未做任何更改。",
  },
} as const satisfies Readonly<Record<string, Template>>;

function templateFor(key: string): Template | undefined {
  if (!key.startsWith("excel.")) return (ERROR_MESSAGES as Readonly<Record<string, Template>>)[key];
  const code = key.slice("excel.".length);
  return Object.prototype.hasOwnProperty.call(EXCEL_ERROR_MESSAGES, code)
    ? EXCEL_ERROR_MESSAGES[code]
    : EXCEL_ERROR_MESSAGES.default;
}

/** `{name}` in a template replaced by `params.name` (empty when absent). */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name] ?? ""));
}

/**
 * The error in the user's language; falls back to the English message the error carries.
 * @example describeError(err, "zh-CN")
 */
export function describeError(error: ProcsheetError, lang: Lang): string {
  const template = error.key ? templateFor(error.key)?.[lang] : undefined;
  if (!template) return error.message;
  const text = fillTemplate(template, error.params);
  const where = error.rowId ? (lang === "zh-CN" ? `${error.rowId}：` : `${error.rowId}: `) : "";
  return where + text;
}

/** Excel's error codes (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling), said so a person knows what to do. */
export const EXCEL_ERROR_MESSAGES: Readonly<Record<string, Template>> = {
  ItemNotFound: {
    en: "Something Procsheet needs was renamed or deleted ({detail}). Reopen the process in the pane to bind it again.",
    "zh-CN": "Procsheet 需要的对象已被重命名或删除（{detail}）。请在任务窗格中重新打开该流程以重新绑定。",
  },
  InvalidOperationInCellEditMode: {
    en: "A cell is being edited. Press Enter or Esc in the sheet, then try again.",
    "zh-CN": "有单元格正在编辑中。请在工作表中按 Enter 或 Esc，然后重试。",
  },
  AccessDenied: {
    en: "The sheet is protected. Unprotect it (Review > Unprotect Sheet) or allow editing of the register, then try again. Nothing was changed.",
    "zh-CN": "工作表受保护。请取消保护（审阅 > 撤消工作表保护）或允许编辑登记表后重试。未做任何更改。",
  },
  MergedRangeConflict: {
    en: "Merged cells are in the way ({detail}). Unmerge them and try again.",
    "zh-CN": "存在合并单元格（{detail}）。请取消合并后重试。",
  },
  GeneralException: {
    en: "Excel could not finish the request (the data may not be current on the server). Try again in a moment.",
    "zh-CN": "Excel 未能完成请求（服务器上的数据可能不是最新的）。请稍后重试。",
  },
  Conflict: {
    en: "Someone else changed the workbook at the same time. Try again.",
    "zh-CN": "其他人同时修改了工作簿。请重试。",
  },
  RequestPayloadSizeLimitExceeded: {
    en: "The request was too large for Excel on the web. Try again; Procsheet will use smaller blocks.",
    "zh-CN": "请求超出了网页版 Excel 的大小限制。请重试，Procsheet 会使用更小的数据块。",
  },
  ApiNotFound: {
    en: "This version of Excel lacks a feature Procsheet needs ({detail}). Update Office to use it.",
    "zh-CN": "此版本的 Excel 缺少 Procsheet 所需的功能（{detail}）。请更新 Office 后使用。",
  },
  default: {
    en: "Excel reported an error ({code}): {detail}",
    "zh-CN": "Excel 报告了错误（{code}）：{detail}",
  },
};
