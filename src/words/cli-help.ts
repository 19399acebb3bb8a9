import { words } from "./book";

/** `procsheet --help` and each command's help, as the terminal shows them. */
export const CLI_HELP = words({
  "cli.help.main": {
    en: "procsheet — run business processes as registers (.xlsx or .csv) from the command line\n\nUsage: procsheet <command> [options]\n\nCommands:\n  validate <process.json>                    check a process definition\n  test <process.json>...                     run the definitions' rule tests\n  sync <process.json> <register>             one engine tick over a register (.csv or .xlsx)\n  analyze <process.json> <history>           cycle time, throughput, WIP, on-time rate, forecast\n  init <template | process.json> --out F     a new register workbook (.xlsx) with the process in it\n  catalog <folder>                           index the organisation's process catalogue (catalog/)\n\nOptions for every command:\n  --lang en|zh-CN   language of messages and of headers written (default from LANG / LC_ALL)\n  -h, --help        help for a command: procsheet <command> --help\n  --version         the version\n\nExit codes: 0 fine · 1 ran, but something failed (invalid, failing test, rows with errors)\n            2 bad input (file, option, register) · 3 internal error",
    "zh-CN":
      "procsheet —— 在命令行中把业务流程作为登记表（.xlsx 或 .csv）运行\n\n用法：procsheet <命令> [选项]\n\n命令：\n  validate <process.json>                    检查流程定义\n  test <process.json>...                     运行定义中的规则测试\n  sync <process.json> <登记表>               对登记表（.csv 或 .xlsx）执行一次引擎同步\n  analyze <process.json> <历史记录>          周期时间、吞吐量、在办事项、按时率、预测\n  init <模板 | process.json> --out 文件      新建登记表工作簿（.xlsx），流程保存在其中\n  catalog <文件夹>                           为组织的流程目录（catalog/）生成索引\n\n所有命令通用的选项：\n  --lang en|zh-CN   提示信息和写入表头的语言（默认取自 LANG / LC_ALL）\n  -h, --help        命令帮助：procsheet <命令> --help\n  --version         版本号\n\n退出码：0 正常 · 1 已运行但有失败（定义无效、测试失败、行有错误）\n        2 输入有误（文件、选项、登记表） · 3 内部错误",
  },
  "cli.help.validate": {
    en: 'Usage: procsheet validate <process.json> [--json]\n\nChecks a process definition against the schema and its rules. Prints every problem as\n"path: message", one per line.\n  --json   print \'{ "valid", "problems": [{ "path", "message" }] }\'\nExit: 0 valid · 1 invalid · 2 file missing',
    "zh-CN":
      '用法：procsheet validate <process.json> [--json]\n\n按架构和规则检查流程定义，每个问题一行，格式为“路径: 说明”。\n  --json   输出 \'{ "valid", "problems": [{ "path", "message" }] }\'\n退出码：0 有效 · 1 无效 · 2 文件不存在',
  },
  "cli.help.test": {
    en: 'Usage: procsheet test <process.json>... [--now ISO] [--json]\n\nRuns the rule tests in each definition ("tests") and prints ✓ or ✗ for each, with what failed.\n  --now ISO   the time tests without their own "now" run at (default: now)\n  --json      print the outcomes as JSON\nExit: 0 all pass · 1 a test failed · 2 bad input',
    "zh-CN":
      '用法：procsheet test <process.json>... [--now 时间] [--json]\n\n运行每个定义中的规则测试（"tests"），逐条显示 ✓ 或 ✗ 及失败原因。\n  --now 时间   未指定 "now" 的测试所用的时间（默认：当前时间）\n  --json       以 JSON 输出结果\n退出码：0 全部通过 · 1 有测试失败 · 2 输入有误',
  },
  "cli.help.sync": {
    en: 'Usage: procsheet sync <process.json> <register.csv|.xlsx> [options]\n\nOne tick of the engine: numbers new cases, starts them, moves finished steps on, routes\nowners and sets due dates. Without --out the register is left as it is (a dry run).\n  --now ISO        the tick\'s time, YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss (default: now, local time)\n  --out FILE       write the register to FILE (.csv or .xlsx; may be the input, to update in place)\n  --events FILE    append the tick\'s events to FILE (.csv or .xlsx History; created when missing)\n  --reroute        route owners again even where a person typed one\n  --json           print \'{ "rows", "events", "errors" }\' instead of the table of changes\nExit: 0 all rows fine · 1 some rows carry errors · 2 bad input',
    "zh-CN":
      '用法：procsheet sync <process.json> <登记表.csv|.xlsx> [选项]\n\n执行一次引擎同步：为新事项编号并启动，推进已完成的步骤，分配负责人并设置截止日期。\n未指定 --out 时不修改登记表（预演）。\n  --now 时间       同步时间，YYYY-MM-DD 或 YYYY-MM-DDTHH:mm:ss（默认：当前本地时间）\n  --out 文件       把登记表写入该文件（.csv 或 .xlsx；可与输入相同，即原地更新）\n  --events 文件    把本次事件追加到该文件（.csv 或 .xlsx 历史记录；不存在时新建）\n  --reroute        即使负责人是手工填写的，也重新分配\n  --json           输出 \'{ "rows", "events", "errors" }\'，而不是变更表\n退出码：0 所有行正常 · 1 部分行有错误 · 2 输入有误',
  },
  "cli.help.analyze": {
    en: "Usage: procsheet analyze <process.json> <history.csv|.xlsx> [--now ISO] [--json]\n\nMeasures the process from its History: cycle and step times (count, mean, p50, p85, p95 in\ndays), throughput per ISO week, work in progress, on-time rate and a seeded forecast.\nThe History has the columns caseId,at,type,step,fromStep,status,owner,by (header required).\n  --now ISO   the time of the analysis (default: now, local time)\n  --json      print the figures as JSON (numbers rounded to 6 decimals)\nExit: 0 · 2 bad input",
    "zh-CN":
      "用法：procsheet analyze <process.json> <历史记录.csv|.xlsx> [--now 时间] [--json]\n\n根据历史记录度量流程：周期时间和步骤用时（个数、平均、p50、p85、p95，单位为天）、\n每个 ISO 周的吞吐量、在办事项、按时率，以及固定随机种子的完成预测。\n历史记录的列为 caseId,at,type,step,fromStep,status,owner,by（必须有表头）。\n  --now 时间   分析时间（默认：当前本地时间）\n  --json       以 JSON 输出（数字保留 6 位小数）\n退出码：0 · 2 输入有误",
  },
  "cli.help.init": {
    en: "Usage: procsheet init <template id | process.json> --out register.xlsx [--sample] [--lang zh-CN]\n\nWrites a new register workbook: the register as an Excel table with formats, drop-down lists\nand status colours, and a History sheet. The process is stored in the workbook where the add-in\nkeeps it, so whoever opens the workbook with Procsheet finds it bound; and the workbook asks\nExcel to open the Procsheet pane where the add-in is deployed.\n  --out FILE       the workbook to write (.xlsx)\n  --sample         fill in the definition's sample rows\n  --force          overwrite FILE if it exists\n  --now ISO        when the process is bound (default: now, local time)\n  --store WHERE    where Office finds the add-in: EXCatalog (default: Microsoft 365 centralized\n                   deployment), filesystem:\\\\server\\share (a network-share catalogue),\n                   omex:<asset id> (AppSource) or registry (sideloaded, for testing)\n  --no-auto-open   do not ask Excel to open the pane with the workbook\nExit: 0 · 2 bad input",
    "zh-CN":
      "用法：procsheet init <模板编号 | process.json> --out 登记表.xlsx [--sample] [--lang zh-CN]\n\n新建登记表工作簿：登记表为 Excel 表格，带数字格式、下拉列表和状态颜色，另有历史记录工作表。\n流程保存在工作簿中加载项存放它的位置，因此用 Procsheet 打开该工作簿的人会看到流程已绑定；\n在已部署加载项的地方，工作簿还会让 Excel 自动打开 Procsheet 窗格。\n  --out 文件       要写入的工作簿（.xlsx）\n  --sample         填入定义中的示例行\n  --force          文件已存在时覆盖\n  --now 时间       流程的绑定时间（默认：当前本地时间）\n  --store 位置     Office 从何处获取加载项：EXCatalog（默认：Microsoft 365 集中部署）、\n                   filesystem:\\\\服务器\\共享（网络共享目录）、omex:<资产编号>（AppSource）\n                   或 registry（旁加载，用于测试）\n  --no-auto-open   不让 Excel 随工作簿自动打开窗格\n退出码：0 · 2 输入有误",
  },
  "cli.help.catalog": {
    en: "Usage: procsheet catalog <folder>\n\nWrites catalog/index.json for an organisation's process catalogue: every *.process.json in\n<folder>/catalog (or in <folder> itself when it holds them), with id, version, name and a\ncontent hash. Run it on the deployed add-in folder after adding, changing or removing a file;\nthe Procsheet pane lists the catalogue from this index. Each file is checked as a process\ndefinition; files with problems are listed too, and the pane shows their problems.\nExit: 0 · 1 some files have problems (the index is still written) · 2 bad input",
    "zh-CN":
      "用法：procsheet catalog <文件夹>\n\n为组织的流程目录生成 catalog/index.json：列出 <文件夹>/catalog 中（若 <文件夹> 本身含有这些文件，\n则为 <文件夹> 中）的每个 *.process.json，包括编号、版本、名称和内容哈希。在已部署的加载项文件夹中\n添加、修改或删除文件后运行一次；Procsheet 窗格根据此索引列出目录。每个文件都会按流程定义检查；\n有问题的文件也会列出，窗格会显示其问题。\n退出码：0 · 1 部分文件有问题（索引仍会写入） · 2 输入有误",
  },
});
