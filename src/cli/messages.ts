import type { Lang } from "../core/i18n/lang";

/** A bad-input message: what is wrong, and what to do about it (printed `procsheet: what — todo`). */
export type Problem = readonly [what: string, todo: string];

/** Every text the command line shows a person, in each language it ships (style.md §4). */
export interface Messages {
  readonly help: Readonly<
    Record<"main" | "validate" | "test" | "sync" | "analyze" | "init" | "catalog", string>
  >;

  // arguments
  noCommand: Problem;
  unknownCommand(name: string): Problem;
  unknownOption(command: string, option: string): Problem;
  optionValue(command: string, option: string): Problem;
  badArguments(command: string, detail: string): Problem;
  missingArguments(command: string): Problem;
  extraArguments(command: string, extra: string): Problem;
  badLang(value: string): Problem;
  badNow(value: string): Problem;
  badNumberLocale(value: string): Problem;
  internal(detail: string): Problem;

  // files
  fileMissing(file: string): Problem;
  isDirectory(file: string): Problem;
  fileUnreadable(file: string, reason: string): Problem;
  cannotWrite(file: string, reason: string): Problem;
  unsupportedFile(file: string): Problem;
  invalidDefinition(file: string, count: number, first: string): Problem;
  unknownTemplate(id: string, known: readonly string[]): Problem;
  csvMalformed(file: string, detail: string): Problem;
  undecodable(file: string, offset: number): Problem;
  cannotEncode(file: string, encoding: string): Problem;
  readEncoding(file: string, encoding: string): string;
  xlsxUnreadable(file: string, detail: string): Problem;
  tooLarge(
    file: string,
    rows: number,
    sizeMB: number,
    needMB: number,
    limitMB: number,
    suggestMB: number,
  ): Problem;
  xlsxNoSheet(file: string): Problem;
  registerEmpty(file: string): Problem;
  registerNoMatch(file: string): Problem;
  registerShape(file: string, detail: string): Problem;
  columnBlocked(file: string, header: string, cell: string): Problem;
  eventsIntoRegister(file: string): Problem;
  historyNotFound(file: string): Problem;
  historyColumns(file: string, missing: string): Problem;
  historyBadLine(file: string, where: string, detail: string): Problem;
  historyBlocked(file: string, sheet: string, cells: string): Problem;
  registerAmbiguous(file: string, places: readonly string[]): Problem;
  readonly eventsNeedOut: Problem;
  outRequired: Problem;
  outNotXlsx(file: string): Problem;
  outExists(file: string): Problem;
  lineLabel(line: number): string;
  rowLabel(sheet: string, row: number): string;
  readonly eventNoCase: string;
  eventType(value: string): string;
  eventAt(value: string): string;
  readonly eventStep: string;
  eventStatus(value: string): string;

  // validate / test
  valid(file: string, name: string, id: string, steps: number, fields: number, tests: number): string;
  invalid(file: string, count: number): string;
  testSummary(total: number, passed: number, failed: number): string;
  readonly noTests: string;

  // sync
  syncHeading(name: string, now: string, file: string): string;
  readonly changeColumns: readonly [id: string, column: string, old: string, arrow: string, now: string];
  readonly noChanges: string;
  syncSummary(rows: number, cells: number, events: number, errors: number): string;
  rowNumber(row: number): string;
  readonly dryRun: string;
  saved(file: string): string;
  eventsAppended(count: number, file: string): string;
  eventsNotRecorded(count: number, file: string): string;

  // analyze
  analyzeHeading(name: string, events: number, now: string): string;
  cases(closed: number, cancelled: number, open: number): string;
  setAsideExample(caseId: string, type: string, step: string, at: string): string;
  setAside(
    reason: "unknownStep" | "beforeCreated" | "duplicate",
    count: number,
    examples: readonly string[],
    more: number,
  ): string;
  casesWithoutCreated(count: number, examples: readonly string[], more: number): string;
  readonly statsColumns: readonly [count: string, mean: string, p50: string, p85: string, p95: string];
  readonly cycleTime: string;
  readonly calendarDays: string;
  readonly workingDays: string;
  goalCycle(days: number): string;
  readonly stepTime: string;
  readonly wipTitle: string;
  readonly wipColumns: readonly [open: string, oldest: string];
  throughputTitle(shown: number, total: number): string;
  onTime(rate: string, target: string | undefined): string;
  forecast(open: number, p50: string, p85: string, p95: string, trials: number): string;
  readonly forecastNone: string;
  readonly forecastDone: string;

  // init
  initDone(
    file: string,
    sheet: string,
    table: string,
    columns: number,
    rows: number,
    history: string,
  ): string;
  initEmbedded(id: string, version: number, store: string | undefined): string;
  badStore(value: string): Problem;
  manifestUnreadable(file: string, reason: string): Problem;
  readonly validationTitle: string;
  readonly validationError: string;

  // catalog
  catalogNoFolder(folder: string): Problem;
  catalogValid(file: string, name: string, id: string, version: number, newest: number | undefined): string;
  catalogInvalid(file: string, count: number): string;
  catalogDuplicate(file: string, other: string): string;
  catalogDuplicateWarning(file: string, other: string, id: string, version: number): string;
  catalogLinkSkipped(file: string): string;
  readonly catalogEmpty: string;
  catalogWritten(file: string, files: number, invalid: number): string;
}

const HELP_EN = {
  main: `procsheet — run business processes as registers (.xlsx or .csv) from the command line

Usage: procsheet <command> [options]

Commands:
  validate <process.json>                    check a process definition
  test <process.json>...                     run the definitions' rule tests
  sync <process.json> <register>             one engine tick over a register (.csv or .xlsx)
  analyze <process.json> <history>           cycle time, throughput, WIP, on-time rate, forecast
  init <template | process.json> --out F     a new register workbook (.xlsx) with the process in it
  catalog <folder>                           index the organisation's process catalogue (catalog/)

Options for every command:
  --lang en|zh-CN   language of messages and of headers written (default from LANG / LC_ALL)
  -h, --help        help for a command: procsheet <command> --help
  --version         the version

Exit codes: 0 fine · 1 ran, but something failed (invalid, failing test, rows with errors)
            2 bad input (file, option, register) · 3 internal error`,
  validate: `Usage: procsheet validate <process.json> [--json]

Checks a process definition against the schema and its rules. Prints every problem as
"path: message", one per line.
  --json   print { "valid", "problems": [{ "path", "message" }] }
Exit: 0 valid · 1 invalid · 2 file missing`,
  test: `Usage: procsheet test <process.json>... [--now ISO] [--json]

Runs the rule tests in each definition ("tests") and prints ✓ or ✗ for each, with what failed.
  --now ISO   the time tests without their own "now" run at (default: now)
  --json      print the outcomes as JSON
Exit: 0 all pass · 1 a test failed · 2 bad input`,
  sync: `Usage: procsheet sync <process.json> <register.csv|.xlsx> [options]

One tick of the engine: numbers new cases, starts them, moves finished steps on, routes
owners and sets due dates. Without --out the register is left as it is (a dry run).
  --now ISO        the tick's time, YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss (default: now, local time)
  --out FILE       write the register to FILE (.csv or .xlsx; may be the input, to update in place)
  --events FILE    append the tick's events to FILE (.csv or .xlsx History; created when missing)
  --reroute        route owners again even where a person typed one
  --no-bom         write new CSV files without the BOM that tells Excel they are UTF-8 (for machines)
  --number-locale L  the locale numbers typed as text are written in (de-DE: 60.000 is sixty
                   thousand, 1,5 is one and a half); without it, a text such as 60.000 or 1,500
                   that reads two ways is that row's error
  --json           print { "rows", "events", "errors" } instead of the table of changes
A CSV may be UTF-8, UTF-16 (Excel's "Unicode text") or GB18030 (GBK), separated by commas,
semicolons or tabs; it is written back the way it came.
Size: a register whose sync would not fit in Node's heap is refused before it is read (about 4 KB
a row: 200,000 rows need about 1 GB); NODE_OPTIONS=--max-old-space-size=MB gives Node more.
Exit: 0 all rows fine · 1 some rows carry errors · 2 bad input`,
  analyze: `Usage: procsheet analyze <process.json> <history.csv|.xlsx> [--now ISO] [--json]

Measures the process from its History: cycle and step times (count, mean, p50, p85, p95 in
days), throughput per ISO week, work in progress, on-time rate and a seeded forecast.
The History has the columns caseId,at,type,step,fromStep,status,owner,by (header required).
  --now ISO   the time of the analysis (default: now, local time)
  --json      print the figures as JSON (numbers rounded to 6 decimals), with "setAside" and
              "casesWithoutCreated" when there are any
Events at a step the process lacks, dated before their case's "created" event, or repeating
another exactly are set aside and listed. A case with no "created" event (the History starts
after it) counts from its first event; the stay it is first seen in counts in no step time.
Exit: 0 · 2 bad input`,
  init: `Usage: procsheet init <template id | process.json> --out register.xlsx [--sample] [--lang zh-CN]

Writes a new register workbook: the register as an Excel table with formats, drop-down lists
and status colours, and a History sheet. The process is stored in the workbook where the add-in
keeps it, so whoever opens the workbook with Procsheet finds it bound; and the workbook asks
Excel to open the Procsheet pane where the add-in is deployed.
  --out FILE       the workbook to write (.xlsx)
  --sample         fill in the definition's sample rows
  --force          overwrite FILE if it exists
  --now ISO        when the process is bound (default: now, local time)
  --store WHERE    where Office finds the add-in: EXCatalog (default: Microsoft 365 centralized
                   deployment), filesystem:\\\\server\\share (a network-share catalogue),
                   omex:<asset id> (AppSource) or registry (sideloaded, for testing)
  --no-auto-open   do not ask Excel to open the pane with the workbook
Exit: 0 · 2 bad input`,
  catalog: `Usage: procsheet catalog <folder>

Writes catalog/index.json for an organisation's process catalogue: every *.process.json in
<folder>/catalog (or in <folder> itself when it holds them), with id, version, name and a
content hash. Run it on the deployed add-in folder after adding, changing or removing a file;
the Procsheet pane lists the catalogue from this index. Each file is checked as a process
definition; files with problems are listed too, and the pane shows their problems.
Exit: 0 · 1 some files have problems (the index is still written) · 2 bad input`,
} as const;

const HELP_ZH = {
  main: `procsheet —— 在命令行中把业务流程作为登记表（.xlsx 或 .csv）运行

用法：procsheet <命令> [选项]

命令：
  validate <process.json>                    检查流程定义
  test <process.json>...                     运行定义中的规则测试
  sync <process.json> <登记表>               对登记表（.csv 或 .xlsx）执行一次引擎同步
  analyze <process.json> <历史记录>          周期时间、吞吐量、在制品、准时率、预测
  init <模板 | process.json> --out 文件      新建登记表工作簿（.xlsx），流程保存在其中
  catalog <文件夹>                           为组织的流程目录（catalog/）生成索引

所有命令通用的选项：
  --lang en|zh-CN   提示信息和写入表头的语言（默认取自 LANG / LC_ALL）
  -h, --help        命令帮助：procsheet <命令> --help
  --version         版本号

退出码：0 正常 · 1 已运行但有失败（定义无效、测试失败、行有错误）
        2 输入有误（文件、选项、登记表） · 3 内部错误`,
  validate: `用法：procsheet validate <process.json> [--json]

按架构和规则检查流程定义，每个问题一行，格式为“路径: 说明”。
  --json   输出 { "valid", "problems": [{ "path", "message" }] }
退出码：0 有效 · 1 无效 · 2 文件不存在`,
  test: `用法：procsheet test <process.json>... [--now 时间] [--json]

运行每个定义中的规则测试（"tests"），逐条显示 ✓ 或 ✗ 及失败原因。
  --now 时间   未指定 "now" 的测试所用的时间（默认：当前时间）
  --json       以 JSON 输出结果
退出码：0 全部通过 · 1 有测试失败 · 2 输入有误`,
  sync: `用法：procsheet sync <process.json> <登记表.csv|.xlsx> [选项]

执行一次引擎同步：为新事项编号并启动，推进已完成的步骤，分配负责人并设置截止日期。
未指定 --out 时不修改登记表（仅预览）。
  --now 时间       同步时间，YYYY-MM-DD 或 YYYY-MM-DDTHH:mm:ss（默认：当前本地时间）
  --out 文件       把登记表写入该文件（.csv 或 .xlsx；可与输入相同，即原地更新）
  --events 文件    把本次事件追加到该文件（.csv 或 .xlsx 历史记录；不存在时新建）
  --reroute        即使负责人是手工填写的，也重新分配
  --no-bom         新写的 CSV 文件不带 BOM（BOM 让 Excel 识别 UTF-8；供程序读取时使用）
  --number-locale 区域  以文本填写的数字所用的区域格式（de-DE：60.000 为六万，1,5 为一点五）；
                   未指定时，60.000、1,500 这类可有两种读法的文本为该行的错误
  --json           输出 { "rows", "events", "errors" }，而不是变更表
CSV 可以是 UTF-8、UTF-16（Excel 的“Unicode 文本”）或 GB18030（GBK），以逗号、分号或制表符分隔；
写回时保持原样。
大小：同步所需内存超出 Node 堆上限的登记表在读取前即被拒绝（每行约 4 KB：20 万行约需 1 GB）；
NODE_OPTIONS=--max-old-space-size=MB 可给 Node 更多内存。
退出码：0 所有行正常 · 1 部分行有错误 · 2 输入有误`,
  analyze: `用法：procsheet analyze <process.json> <历史记录.csv|.xlsx> [--now 时间] [--json]

根据历史记录度量流程：周期时间和步骤时间（个数、平均、p50、p85、p95，单位为天）、
每个 ISO 周的吞吐量、在制品、准时率，以及固定随机种子的完成预测。
历史记录的列为 caseId,at,type,step,fromStep,status,owner,by（必须有表头）。
  --now 时间   分析时间（默认：当前本地时间）
  --json       以 JSON 输出（数字保留 6 位小数）；有排除的事件时含 "setAside" 和 "casesWithoutCreated"
步骤不属于此流程、早于事项“created”事件或与另一事件完全重复的事件会被排除并列出；
没有“created”事件的事项（历史记录始于其后）从其第一个事件起计算；最先见到的那段停留不计入步骤用时。
退出码：0 · 2 输入有误`,
  init: `用法：procsheet init <模板编号 | process.json> --out 登记表.xlsx [--sample] [--lang zh-CN]

新建登记表工作簿：登记表为 Excel 表格，带数字格式、下拉列表和状态颜色，另有历史记录工作表。
流程保存在工作簿中加载项存放它的位置，因此用 Procsheet 打开该工作簿的人会看到流程已绑定；
在已部署加载项的地方，工作簿还会让 Excel 自动打开 Procsheet 窗格。
  --out 文件       要写入的工作簿（.xlsx）
  --sample         填入定义中的示例行
  --force          文件已存在时覆盖
  --now 时间       流程的绑定时间（默认：当前本地时间）
  --store 位置     Office 从何处获取加载项：EXCatalog（默认：Microsoft 365 集中部署）、
                   filesystem:\\\\服务器\\共享（网络共享目录）、omex:<资产编号>（AppSource）
                   或 registry（旁加载，用于测试）
  --no-auto-open   不让 Excel 随工作簿自动打开窗格
退出码：0 · 2 输入有误`,
  catalog: `用法：procsheet catalog <文件夹>

为组织的流程目录生成 catalog/index.json：列出 <文件夹>/catalog 中（若 <文件夹> 本身含有这些文件，
则为 <文件夹> 中）的每个 *.process.json，包括编号、版本、名称和内容哈希。在已部署的加载项文件夹中
添加、修改或删除文件后运行一次；Procsheet 窗格根据此索引列出目录。每个文件都会按流程定义检查；
有问题的文件也会列出，窗格会显示其问题。
退出码：0 · 1 部分文件有问题（索引仍会写入） · 2 输入有误`,
} as const;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: Messages = {
  help: HELP_EN,
  noCommand: ["no command given", "run procsheet --help to see the commands"],
  unknownCommand: (name) => [`unknown command "${name}"`, "run procsheet --help to see the commands"],
  unknownOption: (c, o) => [`unknown option ${o}`, `run procsheet ${c} --help to see the options`],
  optionValue: (c, o) => [`option ${o} needs a value`, `run procsheet ${c} --help to see the options`],
  badArguments: (c, d) => [d, `run procsheet ${c} --help`],
  missingArguments: (c) => ["missing arguments", `run procsheet ${c} --help to see what it needs`],
  extraArguments: (c, x) => [`unexpected arguments: ${x}`, `run procsheet ${c} --help to see what it takes`],
  badLang: (v) => [`unknown language "${v}"`, "use --lang en or --lang zh-CN"],
  badNow: (v) => [
    `--now "${v}" is not a date or time`,
    "write it as YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss (local time, no zone)",
  ],
  badNumberLocale: (v) => [
    `--number-locale "${v}" is not a locale this machine knows`,
    "give a BCP 47 tag such as de-DE, en-US, fr-FR or zh-CN",
  ],
  internal: (d) => [
    `internal error: ${d}`,
    "please report it with the command you ran (PROCSHEET_DEBUG=1 shows where)",
  ],
  fileMissing: (f) => [`${f} does not exist`, "check the path"],
  isDirectory: (f) => [`${f} is a folder, not a file`, "give the path of a file"],
  fileUnreadable: (f, r) => [`cannot read ${f} (${r})`, "check that the file exists and you may read it"],
  cannotWrite: (f, r) => [`cannot write ${f} (${r})`, "check that the folder exists and you may write there"],
  unsupportedFile: (f) => [
    `${f} is neither .csv nor .xlsx`,
    "use a .csv or .xlsx file (save .xls or .ods files as .xlsx)",
  ],
  invalidDefinition: (f, n, first) => [
    `${f} is not a valid process definition (${plural(n, "problem", "problems")}; first: ${first})`,
    `run procsheet validate ${f} to see every problem`,
  ],
  unknownTemplate: (id, known) => [
    `no template "${id}"`,
    known.length > 0
      ? `use one of ${known.join(", ")}, or the path of a .process.json file`
      : "give the path of a .process.json file",
  ],
  csvMalformed: (f, d) => [
    `${f} is not valid CSV: ${d}`,
    "fix the quoting on that line, or export the file again",
  ],
  undecodable: (f, n) => [
    `${f} is not text in UTF-8, UTF-16 or GB18030: byte ${n} (counting from 0) makes no sense in any of them`,
    "open it in Excel and save it again as CSV UTF-8 or .xlsx (nothing was written)",
  ],
  cannotEncode: (f, e) => [
    `${f} cannot be written in ${e} without changing some text`,
    "save the file as CSV UTF-8 in Excel and run again (nothing was written)",
  ],
  readEncoding: (f, e) => `procsheet: note — read ${f} as ${e} (a file written back keeps it)`,
  tooLarge: (f, rows, size, need, limit, suggest) => [
    `${f} is too large to sync in this process's memory: about ${rows.toLocaleString("en")} rows (${size} MB of cells) need about ${need} MB, and the limit here is ${limit} MB`,
    `split the register into smaller files, or give Node more memory: NODE_OPTIONS=--max-old-space-size=${suggest} (nothing was read or written)`,
  ],
  xlsxUnreadable: (f, d) => [
    `${f} cannot be read as an .xlsx workbook (${d})`,
    "open it in Excel and save it as .xlsx",
  ],
  xlsxNoSheet: (f) => [`${f} has no worksheet`, "give a workbook that holds the register"],
  registerEmpty: (f) => [
    `${f} is empty`,
    "the first row must be the register's header (ID, Step, Status, … and the process's fields)",
  ],
  registerNoMatch: (f) => [
    `${f} holds no register of this process: no column header matches`,
    "the header row needs columns such as ID, Step, Status, Owner or the process's field headers (procsheet init makes one)",
  ],
  registerShape: (f, d) => [
    `the register in ${f} cannot be used: ${d}`,
    "rename or remove one of those columns",
  ],
  columnBlocked: (f, h, cell) => [
    `cannot add the column "${h}" to the register in ${f}: ${cell} is not empty`,
    "make room to the right of the register, or add the column by hand",
  ],
  eventsIntoRegister: (f) => [
    `--events ${f} is the register itself`,
    "give the events their own file, e.g. --events history.csv",
  ],
  historyNotFound: (f) => [
    `${f} has no History table or sheet`,
    "use the workbook made by procsheet init, or a sheet named History with the columns caseId,at,type,step,status",
  ],
  historyColumns: (f, missing) => [
    `the History in ${f} lacks the columns ${missing}`,
    "the first row must be the header: Case ID, At, Event, Step, From step, Status, Owner, By (or caseId,at,type,…)",
  ],
  historyBadLine: (f, where, d) => [`${f} ${where}: ${d}`, "fix or remove that line"],
  historyBlocked: (f, sheet, cells) => [
    `cannot append to the History in ${f}: cells ${cells} on sheet "${sheet}" are in its way`,
    "move what is below the History table; nothing was written",
  ],
  registerAmbiguous: (f, places) => [
    `${f} holds more than one table that could be this process's register: ${places.join(", ")}`,
    `rename the register's table to the one the add-in uses, or keep only one; nothing was written`,
  ],
  eventsNeedOut: [
    "--events without --out would log events the register does not show (the next sync records them again)",
    "add --out to save the register and its events together",
  ],
  outRequired: ["init needs --out", "add --out register.xlsx"],
  outNotXlsx: (f) => [`--out ${f} is not an .xlsx file`, "init writes workbooks: use a name ending in .xlsx"],
  outExists: (f) => [`${f} already exists`, "choose another --out, or add --force to overwrite it"],
  lineLabel: (n) => `line ${n}`,
  rowLabel: (s, r) => `sheet "${s}" row ${r}`,
  eventNoCase: "the case ID is empty",
  eventType: (v) =>
    `"${v}" is not an event (Created, Moved to next step, Closed, Cancelled, Assigned, Status changed)`,
  eventAt: (v) => `the time "${v}" is not a date-time (YYYY-MM-DD HH:mm:ss)`,
  eventStep: "the step is empty",
  eventStatus: (v) => `"${v}" is not a status (To do, In progress, Waiting, Blocked, Done, Cancelled)`,
  valid: (f, name, id, s, fl, t) =>
    `✓ ${f}: ${name} (${id}) — ${plural(s, "step", "steps")}, ${plural(fl, "field", "fields")}, ${plural(t, "test", "tests")}`,
  invalid: (f, n) => `✗ ${f}: ${plural(n, "problem", "problems")}`,
  testSummary: (total, p, f) => `${plural(total, "test", "tests")}: ${p} passed, ${f} failed`,
  noTests: "(no tests)",
  syncHeading: (name, now, f) => `${name} · sync at ${now} · ${f}`,
  changeColumns: ["ID", "Column", "Old", "", "New"],
  noChanges: "No changes.",
  syncSummary: (rows, cells, ev, err) =>
    `${plural(rows, "row", "rows")} changed (${plural(cells, "cell", "cells")}) · ${plural(ev, "event", "events")} · ${plural(err, "error", "errors")}`,
  rowNumber: (r) => `row ${r}`,
  dryRun: "Dry run: the register was not changed. Add --out FILE to save it.",
  saved: (f) => `Saved ${f}.`,
  eventsAppended: (n, f) => `Appended ${plural(n, "event", "events")} to ${f}.`,
  eventsNotRecorded: (n, f) =>
    `procsheet: warning — ${plural(n, "event was", "events were")} not recorded: ${f} has no History; add --events FILE to keep them`,
  analyzeHeading: (name, ev, now) => `${name} · ${plural(ev, "event", "events")} · at ${now}`,
  cases: (c, x, o) => `Cases: ${c} closed · ${x} cancelled · ${o} open`,
  setAsideExample: (id, type, step, at) => `${id} (${type}, ${step}, ${at})`,
  setAside: (reason, n, examples, more) => {
    const why = {
      unknownStep: "whose step is not in the process",
      beforeCreated: n === 1 ? "dated before its case was created" : "dated before their case was created",
      duplicate: n === 1 ? "that repeats an event exactly" : "that repeat an event exactly",
    }[reason];
    return `Set aside ${plural(n, "event", "events")} ${why}: ${examples.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  },
  casesWithoutCreated: (n, examples, more) =>
    `${n === 1 ? '1 case has no "created" event (the History starts after it)' : `${n} cases have no "created" event (the History starts after them)`}: cycle time counts from the first event (a lower bound); the stay ${n === 1 ? "it is" : "they are"} first seen in counts in neither step times nor on-time rate: ${examples.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
  statsColumns: ["count", "mean", "p50", "p85", "p95"],
  cycleTime: "Cycle time (days)",
  calendarDays: "calendar days",
  workingDays: "working days",
  goalCycle: (d) => `Goal: ${d} days`,
  stepTime: "Time in step (days)",
  wipTitle: "Work in progress",
  wipColumns: ["open", "oldest (days)"],
  throughputTitle: (shown, total) =>
    shown < total ? `Closed per week (last ${shown} of ${total} weeks)` : "Closed per week",
  onTime: (rate, target) =>
    `On time: ${rate} of step exits within their SLA${target ? ` (goal ${target})` : ""}`,
  forecast: (n, p50, p85, p95, trials) =>
    `Forecast for the ${plural(n, "open case", "open cases")} (${trials} trials): 50% by ${p50} · 85% by ${p85} · 95% by ${p95}`,
  forecastNone: "Forecast: no case was closed in the weeks sampled, so there is nothing to forecast from.",
  forecastDone: "Forecast: no open cases.",
  initDone: (f, sheet, table, cols, rows, hist) =>
    `✓ ${f}: sheet "${sheet}" with table ${table} (${plural(cols, "column", "columns")}, ${plural(rows, "sample row", "sample rows")}) and sheet "${hist}"`,
  initEmbedded: (id, v, store) =>
    store === undefined
      ? `  The process ${id} (version ${v}) is stored in the workbook; the pane does not open by itself (--no-auto-open).`
      : `  The process ${id} (version ${v}) is stored in the workbook; Excel opens the Procsheet pane with it where the add-in is deployed (${store}).`,
  badStore: (v) => [
    `--store "${v}" is not a place Office finds add-ins`,
    "use EXCatalog, filesystem:\\\\server\\share, omex:<asset id> or registry",
  ],
  manifestUnreadable: (f, r) => [
    `cannot read the add-in's Id and Version from ${f} (${r})`,
    "run procsheet from the Procsheet package, or add --no-auto-open",
  ],
  validationTitle: "Procsheet",
  validationError: "Pick a value from the list.",
  catalogNoFolder: (f) => [
    `${f} is not a folder`,
    "give the deployed add-in folder (the one with manifest.xml and catalog/), or its catalog folder",
  ],
  catalogValid: (f, name, id, v, newest) =>
    `✓ ${f}: ${name} (${id}) version ${v}${newest !== undefined ? ` — kept as history; version ${newest} is offered` : ""}`,
  catalogInvalid: (f, n) => `✗ ${f}: ${plural(n, "problem", "problems")} (the pane lists it with them)`,
  catalogDuplicate: (f, other) =>
    `! ${f}: same id and version as ${other}; the pane offers ${other} and flags this one`,
  catalogDuplicateWarning: (f, other, id, v) =>
    `procsheet: warning — ${f} has the same id and version (${id}, version ${v}) as ${other}; remove or renumber one of them`,
  catalogLinkSkipped: (f) =>
    `procsheet: warning — skipped ${f}: it is a symbolic link; copy the file into the catalogue folder instead`,
  catalogEmpty: "(no *.process.json files: the gallery shows the built-in templates only)",
  catalogWritten: (f, n, bad) =>
    `Wrote ${f}: ${plural(n, "file", "files")}${bad > 0 ? `, ${bad} with problems` : ""}.`,
};

const zh: Messages = {
  help: HELP_ZH,
  noCommand: ["未指定命令", "运行 procsheet --help 查看命令"],
  unknownCommand: (name) => [`未知命令“${name}”`, "运行 procsheet --help 查看命令"],
  unknownOption: (c, o) => [`未知选项 ${o}`, `运行 procsheet ${c} --help 查看选项`],
  optionValue: (c, o) => [`选项 ${o} 需要一个值`, `运行 procsheet ${c} --help 查看选项`],
  badArguments: (c, d) => [d, `运行 procsheet ${c} --help`],
  missingArguments: (c) => ["缺少参数", `运行 procsheet ${c} --help 查看所需参数`],
  extraArguments: (c, x) => [`多余的参数：${x}`, `运行 procsheet ${c} --help 查看用法`],
  badLang: (v) => [`未知语言“${v}”`, "请使用 --lang en 或 --lang zh-CN"],
  badNow: (v) => [
    `--now“${v}”不是日期或时间`,
    "请写成 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm:ss（本地时间，不带时区）",
  ],
  badNumberLocale: (v) => [
    `--number-locale“${v}”不是本机可识别的区域`,
    "请给出 BCP 47 标记，例如 de-DE、en-US、fr-FR 或 zh-CN",
  ],
  internal: (d) => [`内部错误：${d}`, "请连同所运行的命令一起报告（设置 PROCSHEET_DEBUG=1 可查看出错位置）"],
  fileMissing: (f) => [`${f} 不存在`, "请检查路径"],
  isDirectory: (f) => [`${f} 是文件夹，不是文件`, "请给出文件路径"],
  fileUnreadable: (f, r) => [`无法读取 ${f}（${r}）`, "请检查文件是否存在以及是否有读取权限"],
  cannotWrite: (f, r) => [`无法写入 ${f}（${r}）`, "请检查文件夹是否存在以及是否有写入权限"],
  unsupportedFile: (f) => [
    `${f} 既不是 .csv 也不是 .xlsx`,
    "请使用 .csv 或 .xlsx 文件（.xls、.ods 请另存为 .xlsx）",
  ],
  invalidDefinition: (f, n, first) => [
    `${f} 不是有效的流程定义（${n} 个问题；第一个：${first}）`,
    `运行 procsheet validate ${f} 查看全部问题`,
  ],
  unknownTemplate: (id, known) => [
    `没有模板“${id}”`,
    known.length > 0
      ? `请使用 ${known.join("、")} 之一，或 .process.json 文件的路径`
      : "请给出 .process.json 文件的路径",
  ],
  csvMalformed: (f, d) => [`${f} 不是有效的 CSV：${d}`, "请修正该行的引号，或重新导出文件"],
  undecodable: (f, n) => [
    `${f} 不是 UTF-8、UTF-16 或 GB18030 文本：第 ${n} 个字节（从 0 起算）在这些编码中都无意义`,
    "请在 Excel 中打开，另存为“CSV UTF-8”或 .xlsx（未写入任何内容）",
  ],
  cannotEncode: (f, e) => [
    `无法以 ${e} 写入 ${f} 而不改变部分文字`,
    "请在 Excel 中将文件另存为“CSV UTF-8”后重新运行（未写入任何内容）",
  ],
  readEncoding: (f, e) => `procsheet: 提示 —— 已按 ${e} 读取 ${f}（写回的文件保持此编码）`,
  tooLarge: (f, rows, size, need, limit, suggest) => [
    `${f} 太大，本进程的内存无法完成同步：约 ${rows} 行（单元格数据 ${size} MB）约需 ${need} MB，而此处的上限为 ${limit} MB`,
    `请把登记表拆分为较小的文件，或给 Node 更多内存：NODE_OPTIONS=--max-old-space-size=${suggest}（未读取或写入任何内容）`,
  ],
  xlsxUnreadable: (f, d) => [`无法把 ${f} 作为 .xlsx 工作簿读取（${d}）`, "请在 Excel 中打开并另存为 .xlsx"],
  xlsxNoSheet: (f) => [`${f} 没有工作表`, "请给出包含登记表的工作簿"],
  registerEmpty: (f) => [`${f} 是空的`, "第一行必须是登记表的表头（编号、步骤、状态……以及流程的字段）"],
  registerNoMatch: (f) => [
    `${f} 中没有此流程的登记表：没有匹配的列标题`,
    "表头需要包含编号、步骤、状态、负责人或流程字段等列（可用 procsheet init 新建）",
  ],
  registerShape: (f, d) => [`${f} 中的登记表无法使用：${d}`, "请重命名或删除其中一列"],
  columnBlocked: (f, h, cell) => [
    `无法在 ${f} 的登记表中添加“${h}”列：${cell} 不为空`,
    "请在登记表右侧留出空间，或手动添加该列",
  ],
  eventsIntoRegister: (f) => [
    `--events ${f} 就是登记表本身`,
    "请为事件使用单独的文件，例如 --events history.csv",
  ],
  historyNotFound: (f) => [
    `${f} 中没有历史记录表格或工作表`,
    "请使用 procsheet init 生成的工作簿，或名为 History 且含 caseId,at,type,step,status 列的工作表",
  ],
  historyColumns: (f, missing) => [
    `${f} 的历史记录缺少以下列：${missing}`,
    "第一行必须是表头：编号、时间、事件、步骤、原步骤、状态、负责人、操作人（或 caseId,at,type,…）",
  ],
  historyBadLine: (f, where, d) => [`${f} ${where}：${d}`, "请修正或删除该行"],
  historyBlocked: (f, sheet, cells) => [
    `无法追加到 ${f} 的历史记录：工作表“${sheet}”中的单元格 ${cells} 挡住了它`,
    "请移走历史记录表格下方的内容；未写入任何内容",
  ],
  registerAmbiguous: (f, places) => [
    `${f} 中有不止一个表格可能是此流程的登记表：${places.join("、")}`,
    "请把登记表的表格改成加载项使用的名称，或只保留一个；未写入任何内容",
  ],
  eventsNeedOut: [
    "只有 --events 而没有 --out，会记录登记表中看不到的事件（下次同步会再次记录）",
    "请添加 --out，让登记表和它的事件一起保存",
  ],
  outRequired: ["init 需要 --out", "请添加 --out 登记表.xlsx"],
  outNotXlsx: (f) => [`--out ${f} 不是 .xlsx 文件`, "init 生成工作簿：请使用以 .xlsx 结尾的文件名"],
  outExists: (f) => [`${f} 已存在`, "请换一个 --out，或加上 --force 覆盖"],
  lineLabel: (n) => `第 ${n} 行`,
  rowLabel: (s, r) => `工作表“${s}”第 ${r} 行`,
  eventNoCase: "编号为空",
  eventType: (v) => `“${v}”不是事件（创建、进入下一步、已完成、已取消、已分派、状态变更）`,
  eventAt: (v) => `时间“${v}”不是日期时间（YYYY-MM-DD HH:mm:ss）`,
  eventStep: "步骤为空",
  eventStatus: (v) => `“${v}”不是状态（待办、进行中、等待、受阻、完成、已取消）`,
  valid: (f, name, id, s, fl, t) => `✓ ${f}：${name}（${id}）—— ${s} 个步骤，${fl} 个字段，${t} 个测试`,
  invalid: (f, n) => `✗ ${f}：${n} 个问题`,
  testSummary: (total, p, f) => `共 ${total} 个测试：${p} 个通过，${f} 个失败`,
  noTests: "（没有测试）",
  syncHeading: (name, now, f) => `${name} · 同步时间 ${now} · ${f}`,
  changeColumns: ["编号", "列", "原值", "", "新值"],
  noChanges: "没有变更。",
  syncSummary: (rows, cells, ev, err) =>
    `${rows} 行有变更（${cells} 个单元格） · ${ev} 个事件 · ${err} 个错误`,
  rowNumber: (r) => `第 ${r} 行`,
  dryRun: "仅预览：登记表未修改。添加 --out 文件 即可保存。",
  saved: (f) => `已保存 ${f}。`,
  eventsAppended: (n, f) => `已向 ${f} 追加 ${n} 个事件。`,
  eventsNotRecorded: (n, f) =>
    `procsheet: 警告 —— ${n} 个事件未被记录：${f} 没有历史记录；添加 --events 文件 即可保留`,
  analyzeHeading: (name, ev, now) => `${name} · ${ev} 个事件 · 分析时间 ${now}`,
  cases: (c, x, o) => `事项：已完成 ${c} · 已取消 ${x} · 进行中 ${o}`,
  setAsideExample: (id, type, step, at) => `${id}（${type}，${step}，${at}）`,
  setAside: (reason, n, examples, more) => {
    const why = {
      unknownStep: "步骤不属于此流程",
      beforeCreated: "早于其事项创建时间",
      duplicate: "与另一事件完全重复",
    }[reason];
    return `已排除 ${n} 个${why}的事件：${examples.join("、")}${more > 0 ? `，另有 ${more} 个` : ""}`;
  },
  casesWithoutCreated: (n, examples, more) =>
    `${n} 个事项没有“created”事件（历史记录始于其后）：周期时间从第一个事件起计算（为下限）；最先见到的那段停留不计入步骤用时和准时率：${examples.join("、")}${more > 0 ? `，另有 ${more} 个` : ""}`,
  statsColumns: ["个数", "平均", "p50", "p85", "p95"],
  cycleTime: "周期时间（天）",
  calendarDays: "日历日",
  workingDays: "工作日",
  goalCycle: (d) => `目标：${d} 天`,
  stepTime: "步骤用时（天）",
  wipTitle: "在制品",
  wipColumns: ["进行中", "最久（天）"],
  throughputTitle: (shown, total) =>
    shown < total ? `每周完成数（最近 ${shown} 周，共 ${total} 周）` : "每周完成数",
  onTime: (rate, target) => `准时率：${rate} 的步骤在时限内完成${target ? `（目标 ${target}）` : ""}`,
  forecast: (n, p50, p85, p95, trials) =>
    `预测 ${n} 个进行中事项的完成日期（${trials} 次模拟）：50% 在 ${p50} 前 · 85% 在 ${p85} 前 · 95% 在 ${p95} 前`,
  forecastNone: "预测：抽样的几周内没有完成的事项，无法预测。",
  forecastDone: "预测：没有进行中的事项。",
  initDone: (f, sheet, table, cols, rows, hist) =>
    `✓ ${f}：工作表“${sheet}”含表格 ${table}（${cols} 列，${rows} 行示例），以及工作表“${hist}”`,
  initEmbedded: (id, v, store) =>
    store === undefined
      ? `  流程 ${id}（版本 ${v}）已保存在工作簿中；窗格不会自动打开（--no-auto-open）。`
      : `  流程 ${id}（版本 ${v}）已保存在工作簿中；在已部署加载项的地方，Excel 会随工作簿打开 Procsheet 窗格（${store}）。`,
  badStore: (v) => [
    `--store“${v}”不是 Office 获取加载项的位置`,
    "请使用 EXCatalog、filesystem:\\\\服务器\\共享、omex:<资产编号> 或 registry",
  ],
  manifestUnreadable: (f, r) => [
    `无法从 ${f} 读取加载项的 Id 和 Version（${r}）`,
    "请从 Procsheet 软件包中运行 procsheet，或加上 --no-auto-open",
  ],
  validationTitle: "Procsheet",
  validationError: "请从列表中选择一个值。",
  catalogNoFolder: (f) => [
    `${f} 不是文件夹`,
    "请指定已部署的加载项文件夹（含 manifest.xml 和 catalog/ 的文件夹），或其中的 catalog 文件夹",
  ],
  catalogValid: (f, name, id, v, newest) =>
    `✓ ${f}：${name}（${id}）版本 ${v}${newest !== undefined ? ` —— 作为历史版本保留；提供的是版本 ${newest}` : ""}`,
  catalogInvalid: (f, n) => `✗ ${f}：${n} 个问题（窗格会列出它及其问题）`,
  catalogDuplicate: (f, other) => `! ${f}：编号和版本与 ${other} 相同；窗格提供 ${other}，并标记此文件`,
  catalogDuplicateWarning: (f, other, id, v) =>
    `procsheet: 警告 —— ${f} 与 ${other} 的编号和版本相同（${id}，版本 ${v}）；请删除其中一个或更改其版本`,
  catalogLinkSkipped: (f) => `procsheet: 警告 —— 已跳过 ${f}：它是符号链接；请把文件本身复制到目录文件夹中`,
  catalogEmpty: "（没有 *.process.json 文件：模板库只显示内置模板）",
  catalogWritten: (f, n, bad) => `已写入 ${f}：${n} 个文件${bad > 0 ? `，其中 ${bad} 个有问题` : ""}。`,
};

export function messagesFor(lang: Lang): Messages {
  return lang === "zh-CN" ? zh : en;
}
