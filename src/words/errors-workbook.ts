import { words } from "./book";

export const ERRORS_WORKBOOK = words({
  "people.noNameColumn": {
    en: 'The sheet "{sheet}" has no Name column, so it names no people. Add a column headed Name (or 姓名).',
    "zh-CN": "工作表“{sheet}”没有“姓名”列，因此不含任何人员。请添加标题为“姓名”（或 Name）的列。",
  },
  "people.noName": {
    en: 'Row {row} of the sheet "{sheet}" has no name in the column "{column}". Give the person a name or clear the row.',
    "zh-CN": "工作表“{sheet}”第 {row} 行的“{column}”列没有姓名。请填写姓名或清空该行。",
  },
  "people.duplicate": {
    en: 'Row {row} of the sheet "{sheet}" names {name} again (column "{column}"). Keep one row per person.',
    "zh-CN": "工作表“{sheet}”第 {row} 行再次出现 {name}（“{column}”列）。每人只保留一行。",
  },
  "people.badDate": {
    en: 'Row {row} of the sheet "{sheet}": "{value}" in the column "{column}" is not a date. Write a date such as 2026-03-20, or leave it empty.',
    "zh-CN":
      "工作表“{sheet}”第 {row} 行：“{column}”列中的“{value}”不是日期。请填写如 2026-03-20 的日期，或留空。",
  },
  "people.badLanguage": {
    en: 'Row {row} of the sheet "{sheet}": "{value}" in the column "{column}" is not a language Procsheet writes. Write en or zh-CN, or leave it empty.',
    "zh-CN":
      "工作表“{sheet}”第 {row} 行：“{column}”列中的“{value}”不是 Procsheet 支持的语言。请填写 en 或 zh-CN，或留空。",
  },
  "people.missing": {
    en: "{n, plural, one {# name in the roles is} other {# names in the roles are}} not in People: {names}. Add each to the People sheet so reminders can reach them.",
    "zh-CN": "角色中有 {n} 个姓名不在人员表中：{names}。请把他们添加到人员工作表，以便提醒能送达。",
  },
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
  "register.stepHasCases": {
    en: "The step “{step}” still has {n, plural, one {# case} other {# cases}} not closed: {cases}. Move them to another step or let them close, then delete the step. Nothing was saved.",
    "zh-CN":
      "步骤“{step}”仍有 {n} 个事项尚未结束：{cases}。请先把它们移到其他步骤或等其结束，再删除该步骤。未保存任何内容。",
  },
  "sheet.missingColumns": {
    en: "The register of “{process}” lacks the columns {columns}. Adopt the sheet again to add them.",
    "zh-CN": "“{process}”的登记表缺少以下列：{columns}。请重新采用该工作表以添加这些列。",
  },
  "routing.heldBy": {
    en: "Cases are being routed in {name}'s Excel; your edits are routed there. Nothing was written.",
    "zh-CN": "事项正在 {name} 的 Excel 中自动分配；你的修改会在那里处理。未写入任何内容。",
  },
  "routing.lost": {
    en: "This Excel no longer routes this register's cases: another co-author's Excel has taken over.",
    "zh-CN": "此 Excel 不再为该登记表自动分配事项：另一位协作者的 Excel 已接手。",
  },
  "sheet.moving": {
    en: "The register kept changing while Procsheet synced (rows sorted, filtered, inserted or deleted). Nothing was written; sync again.",
    "zh-CN": "同步期间登记表仍在变化（行被排序、筛选、插入或删除）。未写入任何内容，请重新同步。",
  },
  "backtest.cancelled": {
    en: "Trying on past cases was cancelled. Nothing was changed.",
    "zh-CN": "用过去的事项试验已取消。未做任何更改。",
  },
  "backtest.notInRegister": {
    en: "History has this case, but no row of the register carries its ID, so it was left out.",
    "zh-CN": "历史记录中有此事项，但登记表中没有带此编号的行，因此未计入。",
  },
  "sheet.noSuchCase": {
    en: "No row has the ID {id}.",
    "zh-CN": "没有编号为 {id} 的行。",
  },
  "sync.cancelled": {
    en: "The sync was cancelled; nothing was written. Sync again when you are ready.",
    "zh-CN": "同步已取消，未写入任何内容。准备好后请再次同步。",
  },
  "undo.nothing": {
    en: "There is no sync to undo.",
    "zh-CN": "没有可撤消的同步。",
  },
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
    "zh-CN": "此工作簿已在运行流程“{id}”。请从流程列表中打开它，或为该流程制作副本并使用新编号。",
  },
  "register.tableExists": {
    en: "A table named {table} already exists; rename it first.",
    "zh-CN": "已存在名为 {table} 的表格，请先将其重命名。",
  },
  "sheet.duplicateColumn": {
    en: 'Columns {first} and {second} both hold "{key}". Rename or remove one of them.',
    "zh-CN": "{first} 列和 {second} 列都对应“{key}”。请重命名或删除其中一列。",
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
    "zh-CN": "已在登记表右侧添加“本步骤天数”列，其中的数据条显示每个事项在当前步骤停留的时间。",
  },
  "formats.listsSheetCreated": {
    en: "The process calendar's holidays and make-up working days were written to a hidden sheet Procsheet keeps, so due-soon highlights follow the calendar. Keep that sheet.",
    "zh-CN":
      "流程日历中的节假日和调休工作日已写入 Procsheet 的一个隐藏工作表，使“即将到期”标记遵循流程日历。请保留该工作表。",
  },
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
  "template.unloadable": {
    en: 'The template "{id}" could not be loaded: {detail}',
    "zh-CN": "无法加载模板“{id}”：{detail}",
  },
  "upgrade.notNewer": {
    en: 'Version {version} of "{id}" is not newer than the workbook\'s version {current}. Nothing was changed.',
    "zh-CN": "“{id}”的版本 {version} 并不比工作簿中的版本 {current} 新。未做任何更改。",
  },
  "upgrade.noProcess": {
    en: 'This workbook no longer runs the process "{id}". Nothing was changed.',
    "zh-CN": "此工作簿已不再运行流程“{id}”。未做任何更改。",
  },
});
