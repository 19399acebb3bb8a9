import { words } from "./book";

/**
 * What the command line says when it cannot go on: each problem is two entries, `….what` (what is wrong)
 * and `….todo` (what to do about it), printed `procsheet: what — todo`.
 */
export const CLI_PROBLEMS = words({
  "cli.noCommand.what": { en: "no command given", "zh-CN": "未指定命令" },
  "cli.noCommand.todo": {
    en: "run procsheet --help to see the commands",
    "zh-CN": "运行 procsheet --help 查看命令",
  },
  "cli.unknownCommand.what": { en: 'unknown command "{name}"', "zh-CN": "未知命令“{name}”" },
  "cli.unknownCommand.todo": {
    en: "run procsheet --help to see the commands",
    "zh-CN": "运行 procsheet --help 查看命令",
  },
  "cli.unknownOption.what": { en: "unknown option {option}", "zh-CN": "未知选项 {option}" },
  "cli.unknownOption.todo": {
    en: "run procsheet {command} --help to see the options",
    "zh-CN": "运行 procsheet {command} --help 查看选项",
  },
  "cli.optionValue.what": { en: "option {option} needs a value", "zh-CN": "选项 {option} 需要一个值" },
  "cli.optionValue.todo": {
    en: "run procsheet {command} --help to see the options",
    "zh-CN": "运行 procsheet {command} --help 查看选项",
  },
  "cli.badArguments.what": { en: "{detail}", "zh-CN": "{detail}" },
  "cli.badArguments.todo": {
    en: "run procsheet {command} --help",
    "zh-CN": "运行 procsheet {command} --help",
  },
  "cli.missingArguments.what": { en: "missing arguments", "zh-CN": "缺少参数" },
  "cli.missingArguments.todo": {
    en: "run procsheet {command} --help to see what it needs",
    "zh-CN": "运行 procsheet {command} --help 查看所需参数",
  },
  "cli.extraArguments.what": { en: "unexpected arguments: {extra}", "zh-CN": "多余的参数：{extra}" },
  "cli.extraArguments.todo": {
    en: "run procsheet {command} --help to see what it takes",
    "zh-CN": "运行 procsheet {command} --help 查看用法",
  },
  "cli.badLang.what": { en: 'unknown language "{value}"', "zh-CN": "未知语言“{value}”" },
  "cli.badLang.todo": { en: "use --lang en or --lang zh-CN", "zh-CN": "请使用 --lang en 或 --lang zh-CN" },
  "cli.badNow.what": { en: '--now "{value}" is not a date or time', "zh-CN": "--now“{value}”不是日期或时间" },
  "cli.badNow.todo": {
    en: "write it as YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss (local time, no zone)",
    "zh-CN": "请写成 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm:ss（本地时间，不带时区）",
  },
  "cli.badNumberLocale.what": {
    en: '--number-locale "{value}" is not a locale this machine knows',
    "zh-CN": "--number-locale“{value}”不是本机可识别的区域",
  },
  "cli.badNumberLocale.todo": {
    en: "give a BCP 47 tag such as de-DE, en-US, fr-FR or zh-CN",
    "zh-CN": "请给出 BCP 47 标记，例如 de-DE、en-US、fr-FR 或 zh-CN",
  },
  "cli.internal.what": { en: "internal error: {detail}", "zh-CN": "内部错误：{detail}" },
  "cli.internal.todo": {
    en: "please report it with the command you ran (PROCSHEET_DEBUG=1 shows where)",
    "zh-CN": "请连同所运行的命令一起报告（设置 PROCSHEET_DEBUG=1 可查看出错位置）",
  },
  "cli.fileMissing.what": { en: "{file} does not exist", "zh-CN": "{file} 不存在" },
  "cli.fileMissing.todo": { en: "check the path", "zh-CN": "请检查路径" },
  "cli.isDirectory.what": { en: "{file} is a folder, not a file", "zh-CN": "{file} 是文件夹，不是文件" },
  "cli.isDirectory.todo": { en: "give the path of a file", "zh-CN": "请给出文件路径" },
  "cli.fileUnreadable.what": { en: "cannot read {file} ({reason})", "zh-CN": "无法读取 {file}（{reason}）" },
  "cli.fileUnreadable.todo": {
    en: "check that the file exists and you may read it",
    "zh-CN": "请检查文件是否存在以及是否有读取权限",
  },
  "cli.cannotWrite.what": { en: "cannot write {file} ({reason})", "zh-CN": "无法写入 {file}（{reason}）" },
  "cli.cannotWrite.todo": {
    en: "check that the folder exists and you may write there",
    "zh-CN": "请检查文件夹是否存在以及是否有写入权限",
  },
  "cli.unsupportedFile.what": {
    en: "{file} is neither .csv nor .xlsx",
    "zh-CN": "{file} 既不是 .csv 也不是 .xlsx",
  },
  "cli.unsupportedFile.todo": {
    en: "use a .csv or .xlsx file (save .xls or .ods files as .xlsx)",
    "zh-CN": "请使用 .csv 或 .xlsx 文件（.xls、.ods 请另存为 .xlsx）",
  },
  "cli.invalidDefinition.what": {
    en: "{file} is not a valid process definition ({count, plural, one {# problem} other {# problems}}; first: {first})",
    "zh-CN": "{file} 不是有效的流程定义（{count} 个问题；第一个：{first}）",
  },
  "cli.invalidDefinition.todo": {
    en: "run procsheet validate {file} to see every problem",
    "zh-CN": "运行 procsheet validate {file} 查看全部问题",
  },
  "cli.unknownTemplate.what": { en: 'no template "{id}"', "zh-CN": "没有模板“{id}”" },
  "cli.unknownTemplate.todo": {
    en: "use one of {known}, or the path of a .process.json file",
    "zh-CN": "请使用 {known} 之一，或 .process.json 文件的路径",
  },
  "cli.unknownTemplate.todoNone": {
    en: "give the path of a .process.json file",
    "zh-CN": "请给出 .process.json 文件的路径",
  },
  "cli.csvMalformed.what": {
    en: "{file} is not valid CSV: {detail}",
    "zh-CN": "{file} 不是有效的 CSV：{detail}",
  },
  "cli.csvMalformed.todo": {
    en: "fix the quoting on that line, or export the file again",
    "zh-CN": "请修正该行的引号，或重新导出文件",
  },
  "cli.undecodable.what": {
    en: "{file} is not text in UTF-8, UTF-16 or GB18030: byte {offset} (counting from 0) makes no sense in any of them",
    "zh-CN": "{file} 不是 UTF-8、UTF-16 或 GB18030 文本：第 {offset} 个字节（从 0 起算）在这些编码中都无意义",
  },
  "cli.undecodable.todo": {
    en: "open it in Excel and save it again as CSV UTF-8 or .xlsx (nothing was written)",
    "zh-CN": "请在 Excel 中打开，另存为“CSV UTF-8”或 .xlsx（未写入任何内容）",
  },
  "cli.cannotEncode.what": {
    en: "{file} cannot be written in {encoding} without changing some text",
    "zh-CN": "无法以 {encoding} 写入 {file} 而不改变部分文字",
  },
  "cli.cannotEncode.todo": {
    en: "save the file as CSV UTF-8 in Excel and run again (nothing was written)",
    "zh-CN": "请在 Excel 中将文件另存为“CSV UTF-8”后重新运行（未写入任何内容）",
  },
  "cli.xlsxUnreadable.what": {
    en: "{file} cannot be read as an .xlsx workbook ({detail})",
    "zh-CN": "无法把 {file} 作为 .xlsx 工作簿读取（{detail}）",
  },
  "cli.xlsxUnreadable.todo": {
    en: "open it in Excel and save it as .xlsx",
    "zh-CN": "请在 Excel 中打开并另存为 .xlsx",
  },
  "cli.tooLarge.what": {
    en: "{file} is too large to sync in this process's memory: about {rows, number} rows ({size, number} MB of cells) need about {need, number} MB, and the limit here is {limit, number} MB",
    "zh-CN":
      "{file} 太大，命令行程序的内存无法完成同步：约 {rows, number} 行（单元格数据 {size, number} MB）约需 {need, number} MB，而此处的上限为 {limit, number} MB",
  },
  "cli.tooLarge.todo": {
    en: "split the register into smaller files, or give Node more memory: NODE_OPTIONS=--max-old-space-size={suggest} (nothing was read or written)",
    "zh-CN":
      "请把登记表拆分为较小的文件，或给 Node 更多内存：NODE_OPTIONS=--max-old-space-size={suggest}（未读取或写入任何内容）",
  },
  "cli.xlsxNoSheet.what": { en: "{file} has no worksheet", "zh-CN": "{file} 没有工作表" },
  "cli.xlsxNoSheet.todo": {
    en: "give a workbook that holds the register",
    "zh-CN": "请给出包含登记表的工作簿",
  },
  "cli.registerEmpty.what": { en: "{file} is empty", "zh-CN": "{file} 是空的" },
  "cli.registerEmpty.todo": {
    en: "the first row must be the register's header (ID, Step, Status, … and the process's fields)",
    "zh-CN": "第一行必须是登记表的表头（编号、步骤、状态……以及流程的字段）",
  },
  "cli.registerNoMatch.what": {
    en: "{file} holds no register of this process: no column header matches",
    "zh-CN": "{file} 中没有此流程的登记表：没有匹配的列标题",
  },
  "cli.registerNoMatch.todo": {
    en: "the header row needs columns such as ID, Step, Status, Owner or the process's field headers (procsheet init makes one)",
    "zh-CN": "表头需要包含编号、步骤、状态、负责人或流程字段等列（可用 procsheet init 新建）",
  },
  "cli.registerShape.what": {
    en: "the register in {file} cannot be used: {detail}",
    "zh-CN": "{file} 中的登记表无法使用：{detail}",
  },
  "cli.registerShape.todo": {
    en: "rename or remove one of those columns",
    "zh-CN": "请重命名或删除其中一列",
  },
  "cli.columnBlocked.what": {
    en: 'cannot add the column "{header}" to the register in {file}: {cell} is not empty',
    "zh-CN": "无法在 {file} 的登记表中添加“{header}”列：{cell} 不为空",
  },
  "cli.columnBlocked.todo": {
    en: "make room to the right of the register, or add the column by hand",
    "zh-CN": "请在登记表右侧留出空间，或手动添加该列",
  },
  "cli.eventsIntoRegister.what": {
    en: "--events {file} is the register itself",
    "zh-CN": "--events {file} 就是登记表本身",
  },
  "cli.eventsIntoRegister.todo": {
    en: "give the events their own file, e.g. --events history.csv",
    "zh-CN": "请为事件使用单独的文件，例如 --events history.csv",
  },
  "cli.historyNotFound.what": {
    en: "{file} has no History table or sheet",
    "zh-CN": "{file} 中没有历史记录表格或工作表",
  },
  "cli.historyNotFound.todo": {
    en: "use the workbook made by procsheet init, or a sheet named History with the columns caseId,at,type,step,status",
    "zh-CN": "请使用 procsheet init 生成的工作簿，或名为 History 且含 caseId,at,type,step,status 列的工作表",
  },
  "cli.historyColumns.what": {
    en: "the History in {file} lacks the columns {missing}",
    "zh-CN": "{file} 的历史记录缺少以下列：{missing}",
  },
  "cli.historyColumns.todo": {
    en: "the first row must be the header: Case ID, At, Event, Step, From step, Status, Owner, By (or caseId,at,type,…)",
    "zh-CN": "第一行必须是表头：编号、时间、事件、步骤、原步骤、状态、负责人、操作人（或 caseId,at,type,…）",
  },
  "cli.historyBadLine.what": { en: "{file} {where}: {detail}", "zh-CN": "{file} {where}：{detail}" },
  "cli.historyBadLine.todo": { en: "fix or remove that line", "zh-CN": "请修正或删除该行" },
  "cli.historyBlocked.what": {
    en: 'cannot append to the History in {file}: cells {cells} on sheet "{sheet}" are in its way',
    "zh-CN": "无法追加到 {file} 的历史记录：工作表“{sheet}”中的单元格 {cells} 挡住了它",
  },
  "cli.historyBlocked.todo": {
    en: "move what is below the History table; nothing was written",
    "zh-CN": "请移走历史记录表格下方的内容；未写入任何内容",
  },
  "cli.registerAmbiguous.what": {
    en: "{file} holds more than one table that could be this process's register: {places}",
    "zh-CN": "{file} 中有不止一个表格可能是此流程的登记表：{places}",
  },
  "cli.registerAmbiguous.todo": {
    en: "rename the register's table to {table}, the name the add-in uses, or keep only one; nothing was written",
    "zh-CN": "请把登记表的表格改名为 {table}（加载项使用的名称），或只保留一个；未写入任何内容",
  },
  "cli.eventsNeedOut.what": {
    en: "--events without --out would log events the register does not show (the next sync records them again)",
    "zh-CN": "只有 --events 而没有 --out，会记录登记表中看不到的事件（下次同步会再次记录）",
  },
  "cli.eventsNeedOut.todo": {
    en: "add --out to save the register and its events together",
    "zh-CN": "请添加 --out，让登记表和它的事件一起保存",
  },
  "cli.outRequired.what": { en: "init needs --out", "zh-CN": "init 需要 --out" },
  "cli.outRequired.todo": { en: "add --out register.xlsx", "zh-CN": "请添加 --out 登记表.xlsx" },
  "cli.outNotXlsx.what": { en: "--out {file} is not an .xlsx file", "zh-CN": "--out {file} 不是 .xlsx 文件" },
  "cli.outNotXlsx.todo": {
    en: "init writes workbooks: use a name ending in .xlsx",
    "zh-CN": "init 生成工作簿：请使用以 .xlsx 结尾的文件名",
  },
  "cli.outExists.what": { en: "{file} already exists", "zh-CN": "{file} 已存在" },
  "cli.outExists.todo": {
    en: "choose another --out, or add --force to overwrite it",
    "zh-CN": "请换一个 --out，或加上 --force 覆盖",
  },
  "cli.badStore.what": {
    en: '--store "{value}" is not a place Office finds add-ins',
    "zh-CN": "--store“{value}”不是 Office 获取加载项的位置",
  },
  "cli.badStore.todo": {
    en: "use EXCatalog, filesystem:\\\\server\\share, omex:<asset id> or registry",
    "zh-CN": "请使用 EXCatalog、filesystem:\\\\服务器\\共享、omex:<资产编号> 或 registry",
  },
  "cli.manifestUnreadable.what": {
    en: "cannot read the add-in's Id and Version from {file} ({reason})",
    "zh-CN": "无法从 {file} 读取加载项的 Id 和 Version（{reason}）",
  },
  "cli.manifestUnreadable.todo": {
    en: "run procsheet from the Procsheet package, or add --no-auto-open",
    "zh-CN": "请从 Procsheet 软件包中运行 procsheet，或加上 --no-auto-open",
  },
  "cli.catalogNoFolder.what": { en: "{folder} is not a folder", "zh-CN": "{folder} 不是文件夹" },
  "cli.catalogNoFolder.todo": {
    en: "give the deployed add-in folder (the one with manifest.xml and catalog/), or its catalog folder",
    "zh-CN": "请指定已部署的加载项文件夹（含 manifest.xml 和 catalog/ 的文件夹），或其中的 catalog 文件夹",
  },
  "cli.exportNoOutput.what": {
    en: "export needs --xes FILE or --csv FILE",
    "zh-CN": "export 需要 --xes 文件 或 --csv 文件",
  },
  "cli.exportNoOutput.todo": {
    en: "add --xes log.xes for process-mining tools, or --csv log.csv for BI",
    "zh-CN": "请添加 --xes log.xes（用于流程挖掘工具）或 --csv log.csv（用于 BI）",
  },
  "cli.exportOutKind.what": {
    en: "{option} {file} does not end in {ext}",
    "zh-CN": "{option} {file} 不是以 {ext} 结尾",
  },
  "cli.exportOutKind.todo": {
    en: "use a name ending in {ext}",
    "zh-CN": "请使用以 {ext} 结尾的文件名",
  },
  "cli.exportOverInput.what": {
    en: "{file} is one of the inputs",
    "zh-CN": "{file} 是输入文件之一",
  },
  "cli.exportOverInput.todo": {
    en: "write the log to another file",
    "zh-CN": "请把日志写入另一个文件",
  },
  "cli.badOffset.what": {
    en: '"{value}" is not an offset from UTC',
    "zh-CN": "“{value}”不是相对 UTC 的时差",
  },
  "cli.badOffset.todo": {
    en: "write it as +08:00, -05:00, +0530 or Z",
    "zh-CN": "请写成 +08:00、-05:00、+0530 或 Z",
  },
  "cli.outboxBlocked.what": {
    en: 'cannot add to the Outbox in {file}: cells {cells} on sheet "{sheet}" are in its way',
    "zh-CN": "无法追加到 {file} 的发件箱：工作表“{sheet}”中的单元格 {cells} 挡住了它",
  },
  "cli.outboxBlocked.todo": {
    en: "move them further down or to another sheet, then run again; nothing was changed",
    "zh-CN": "请把它们移到更下方或其他工作表后重新运行；未做任何更改",
  },
  "cli.peopleInvalid.what": {
    en: "the People in {file} cannot be read: {problem}",
    "zh-CN": "无法读取 {file} 中的人员：{problem}",
  },
  "cli.peopleInvalid.todo": {
    en: "fix the People sheet (or the file given with --people) and run again; nothing was changed",
    "zh-CN": "请修正人员工作表（或 --people 指定的文件）后重新运行；未做任何更改",
  },
  "cli.notifyNeedsHistory.what": {
    en: "a CSV register keeps no History, so notify cannot know what it already produced",
    "zh-CN": "CSV 登记表不含历史记录，notify 无法知道已生成过哪些提醒",
  },
  "cli.notifyNeedsHistory.todo": {
    en: "give --history FILE (the file sync --events writes; created when missing)",
    "zh-CN": "请用 --history 文件 指定历史记录（即 sync --events 写入的文件；不存在时会新建）",
  },
  "cli.notifyDelivery.what": { en: "cannot deliver: {detail}", "zh-CN": "无法发送：{detail}" },
  "cli.notifyDelivery.todo": {
    en: "give --smtp smtp://user:pass@host:port with --from ADDRESS, or --webhook URL with --format teams|wecom|dingtalk|slack|json",
    "zh-CN":
      "请指定 --smtp smtp://用户:密码@主机:端口 和 --from 地址，或 --webhook URL 和 --format teams|wecom|dingtalk|slack|json",
  },
});
