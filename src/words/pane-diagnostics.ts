import { words } from "./book";

// The self-check's view (src/taskpane/diagnostics), loaded with it: one entry per check says what Excel is
// expected to do, in the order of src/excel/diagnostics/all-checks.ts.
export const PANE_DIAGNOSTICS = words({
  "diagnostics.title": { en: "Self-check", "zh-CN": "自检" },
  "diagnostics.intro": {
    en: "Procsheet's tests run on a simulated Excel. The self-check tries, in this Excel, each behaviour those tests assume. It works on scratch sheets that it removes again: nothing in your workbook changes. It takes about a minute.",
    "zh-CN":
      "Procsheet 的各项测试都在模拟的 Excel 上进行。自检会在当前 Excel 中逐项验证这些测试所依赖的行为。它只在临时工作表上操作，完成后即删除：您的工作簿不会有任何改动。大约需要一分钟。",
  },
  "diagnostics.run": { en: "Run the self-check", "zh-CN": "运行自检" },
  "diagnostics.runAgain": { en: "Run again", "zh-CN": "再次运行" },
  "diagnostics.back": { en: "Back to the process", "zh-CN": "返回流程" },
  "diagnostics.running": {
    en: "Checking {done} of {total}…",
    "zh-CN": "正在检查第 {done} 项，共 {total} 项…",
  },
  "diagnostics.summary": {
    en: "{pass} passed · {fail} failed · {unsupported} not supported here · {unobserved} could not observe",
    "zh-CN": "{pass} 项通过 · {fail} 项未通过 · {unsupported} 项此处不支持 · {unobserved} 项无法观察",
  },
  "diagnostics.status.pass": { en: "Pass", "zh-CN": "通过" },
  "diagnostics.status.fail": { en: "Fail", "zh-CN": "未通过" },
  "diagnostics.status.unsupported": { en: "Not supported here", "zh-CN": "此处不支持" },
  "diagnostics.status.unobserved": { en: "Could not observe", "zh-CN": "无法观察" },
  "diagnostics.environment": { en: "This Excel", "zh-CN": "当前 Excel" },
  "diagnostics.host": { en: "Host", "zh-CN": "主机" },
  "diagnostics.platform": { en: "Platform", "zh-CN": "平台" },
  "diagnostics.version": { en: "Version", "zh-CN": "版本" },
  "diagnostics.language": { en: "Language", "zh-CN": "语言" },
  "diagnostics.sets": { en: "Requirement sets", "zh-CN": "要求集" },
  "diagnostics.noSets": { en: "none", "zh-CN": "无" },
  "diagnostics.results": { en: "Checks", "zh-CN": "检查项" },
  "diagnostics.saw": { en: "Excel: {saw}", "zh-CN": "Excel 的结果：{saw}" },
  "diagnostics.page": { en: "Microsoft's page", "zh-CN": "Microsoft 文档" },
  "diagnostics.mirrors": { en: "Simulation test: {file}", "zh-CN": "模拟测试：{file}" },
  "diagnostics.choice": {
    en: "Settles the simulation's open choice {n}",
    "zh-CN": "验证模拟中的第 {n} 项文档未定之处",
  },
  "diagnostics.copy": { en: "Copy report", "zh-CN": "复制报告" },
  "diagnostics.copied": {
    en: "Copied the report. Paste it into a new GitHub issue for Procsheet.",
    "zh-CN": "已复制报告。请将其粘贴到 Procsheet 的新 GitHub 议题中。",
  },
  "diagnostics.copyFailed": {
    en: "Could not copy. Select the report below and copy it by hand.",
    "zh-CN": "无法复制。请选中下方的报告并手动复制。",
  },
  "diagnostics.reportLabel": { en: "Report (JSON)", "zh-CN": "报告（JSON）" },
  "diagnostics.failedToRun": { en: "The self-check stopped: {message}", "zh-CN": "自检已停止：{message}" },

  "diagnostics.check.property-not-loaded": {
    en: "Reading a property that was not loaded throws PropertyNotLoaded",
    "zh-CN": "读取未加载的属性时报 PropertyNotLoaded 错误",
  },
  "diagnostics.check.batch-not-atomic": {
    en: "A batch that fails midway keeps the writes queued before the failing one",
    "zh-CN": "批处理中途失败时，失败语句之前的写入仍然保留",
  },
  "diagnostics.check.unknown-property-load": {
    en: "Loading a property that does not exist fails at sync with InvalidArgument",
    "zh-CN": "加载不存在的属性会在同步时报 InvalidArgument 错误",
  },
  "diagnostics.check.null-object": {
    en: "A missing sheet's null object loads; writing through it fails with ItemNotFound",
    "zh-CN": "不存在的工作表返回空对象且可加载；通过它写入会报 ItemNotFound 错误",
  },
  "diagnostics.check.intersection-without-overlap": {
    en: "getIntersection of ranges that do not overlap fails with ItemNotFound",
    "zh-CN": "对不重叠的区域调用 getIntersection 会报 ItemNotFound 错误",
  },
  "diagnostics.check.offset-off-sheet": {
    en: "An offset off the sheet fails with InvalidArgument",
    "zh-CN": "偏移到工作表之外会报 InvalidArgument 错误",
  },
  "diagnostics.check.tracked-range-follows-insert": {
    en: "A loaded range moves down when rows are inserted above it",
    "zh-CN": "在上方插入行后，已加载的区域随之下移",
  },
  "diagnostics.check.one-value-fills-range": {
    en: "One value written to a larger range fills every cell",
    "zh-CN": "向较大区域写入单个值时，填充每个单元格",
  },
  "diagnostics.check.wrong-shape-refused": {
    en: "A values array of the wrong size is refused with InvalidArgument",
    "zh-CN": "尺寸不符的值数组会被拒绝（InvalidArgument）",
  },
  "diagnostics.check.formula-prefixes": {
    en: "Text starting with +, - or @ becomes a formula; -7.5 stays a number",
    "zh-CN": "以 +、- 或 @ 开头的文本成为公式；-7.5 仍为数字",
  },
  "diagnostics.check.non-formula-prefix-refused": {
    en: "Text starting with - that is not a formula is refused with InvalidArgument",
    "zh-CN": "以 - 开头但不是公式的文本会被拒绝（InvalidArgument）",
  },
  "diagnostics.check.text-format-keeps-formulas": {
    en: "A Text (@) number format keeps numbers as text but still parses formulas",
    "zh-CN": "文本（@）数字格式使数字保持为文本，但仍会解析公式",
  },
  "diagnostics.check.text-read-as-typed": {
    en: "Text is read as if typed in en-US: numbers, TRUE, percentages and dates convert",
    "zh-CN": "文本按 en-US 输入方式解读：数字、TRUE、百分比和日期会被转换",
  },
  "diagnostics.check.apostrophe-stores-text": {
    en: "A leading apostrophe stores text, read back without the apostrophe",
    "zh-CN": "以撇号开头会存为文本，读回时不含撇号",
  },
  "diagnostics.check.date-object-stays-text": {
    en: "A JavaScript Date arrives as its JSON text and stays text",
    "zh-CN": "JavaScript 的 Date 以 JSON 文本写入，并保持为文本",
  },
  "diagnostics.check.general-format-digits": {
    en: "General shows about 10 significant digits, and 1E+11 and up in scientific notation",
    "zh-CN": "常规格式显示约 10 位有效数字，1E+11 及以上用科学计数法",
  },
  "diagnostics.check.colours-read-upper-case": {
    en: "Colours read back as upper-case #RRGGBB; an unknown colour is refused",
    "zh-CN": "颜色读回为大写的 #RRGGBB；无法识别的颜色会被拒绝",
  },
  "diagnostics.check.cell-text-limit": {
    en: "A cell takes at most 32,767 characters and a formula at most 8,192",
    "zh-CN": "单元格最多 32,767 个字符，公式最多 8,192 个字符",
  },
  "diagnostics.check.table-grows-on-write-below": {
    en: "A table grows when values are written in the row directly below it, not when the row is empty",
    "zh-CN": "在表格正下方一行写入值时表格扩展，写入空行时不扩展",
  },
  "diagnostics.check.table-headers-unique": {
    en: "Duplicate headers get a number, blank ones a name; a header-only table gets one empty row",
    "zh-CN": "重复的标题加编号，空标题自动命名；只有标题的表格会有一个空行",
  },
  "diagnostics.check.rows-add-fills-empty-row": {
    en: "Adding rows to a table whose only row is empty fills that row first",
    "zh-CN": "向只有一个空行的表格添加行时，先填入该空行",
  },
  "diagnostics.check.last-row-delete-leaves-empty-row": {
    en: "Deleting a table's last row leaves one empty row",
    "zh-CN": "删除表格的最后一行后，会留下一个空行",
  },
  "diagnostics.check.partial-shift-near-table-refused": {
    en: "Inserting cells that would shift only part of a table fails with InvalidOperation",
    "zh-CN": "插入单元格若只移动表格的一部分，会报 InvalidOperation 错误",
  },
  "diagnostics.check.filter-hides-rows": {
    en: "A table filter hides the rows that do not match",
    "zh-CN": "表格筛选会隐藏不匹配的行",
  },
  "diagnostics.check.merge-keeps-upper-left": {
    en: "Merging keeps the upper-left value and clears the other cells",
    "zh-CN": "合并单元格保留左上角的值，清除其他单元格",
  },
  "diagnostics.check.merge-cutting-area-refused": {
    en: "Merging a range that cuts through a merged area fails with InvalidOperation",
    "zh-CN": "合并与已合并区域部分重叠的区域会报 InvalidOperation 错误",
  },
  "diagnostics.check.merge-in-table-refused": {
    en: "Merging cells of a table fails with InvalidOperation",
    "zh-CN": "合并表格中的单元格会报 InvalidOperation 错误",
  },
  "diagnostics.check.write-inside-merged-refused": {
    en: "Writing a value into a merged cell other than its upper-left one fails with InvalidOperation",
    "zh-CN": "向合并区域中左上角以外的单元格写入值会报 InvalidOperation 错误",
  },
  "diagnostics.check.table-over-merged-refused": {
    en: "Making a table over merged cells fails with MergedRangeConflict",
    "zh-CN": "在合并单元格上创建表格会报 MergedRangeConflict 错误",
  },
  "diagnostics.check.merged-areas-by-upper-left": {
    en: "getMergedAreasOrNullObject lists only the areas whose upper-left cell is in the range",
    "zh-CN": "getMergedAreasOrNullObject 只列出左上角单元格位于区域内的合并区域",
  },
  "diagnostics.check.unmerge-splits-whole-area": {
    en: "Unmerging one cell of a merged area splits the whole area",
    "zh-CN": "对合并区域中的一个单元格取消合并，会拆分整个区域",
  },
  "diagnostics.check.event-single-cell-details": {
    en: "Editing one cell fires onChanged with its details, source Local",
    "zh-CN": "编辑单个单元格会触发带详细信息的 onChanged，来源为 Local",
  },
  "diagnostics.check.event-trigger-source": {
    en: "onChanged says the edit came from this add-in (ThisLocalAddin)",
    "zh-CN": "onChanged 表明修改来自本加载项（ThisLocalAddin）",
  },
  "diagnostics.check.event-multi-cell-no-details": {
    en: "Editing several cells fires onChanged without details",
    "zh-CN": "编辑多个单元格触发的 onChanged 不带详细信息",
  },
  "diagnostics.check.event-rows-add-row-inserted": {
    en: "Adding a table row fires onChanged with RowInserted",
    "zh-CN": "添加表格行会触发 onChanged，类型为 RowInserted",
  },
  "diagnostics.check.event-sort-range-edited": {
    en: "Sorting a table fires onChanged with RangeEdited",
    "zh-CN": "对表格排序会触发 onChanged，类型为 RangeEdited",
  },
  "diagnostics.check.event-filter-silent": {
    en: "Filtering a table fires no onChanged",
    "zh-CN": "筛选表格不会触发 onChanged",
  },
  "diagnostics.check.cf-new-rule-first": {
    en: "A new conditional format is evaluated first (priority 0)",
    "zh-CN": "新添加的条件格式最先计算（优先级 0）",
  },
  "diagnostics.check.cf-rule-reads-back": {
    en: "A conditional format's rule and fill read back as written",
    "zh-CN": "条件格式的规则和填充色可按写入的内容读回",
  },
  "diagnostics.check.cf-wrong-sub-object-refused": {
    en: "Reading another type's part of a conditional format fails with InvalidOperation",
    "zh-CN": "读取条件格式中其他类型的部分会报 InvalidOperation 错误",
  },
  "diagnostics.check.validation-not-on-api-writes": {
    en: "A drop-down list checks people typing, not the add-in's writes",
    "zh-CN": "下拉列表只检查人工输入，不检查加载项写入的值",
  },
  "diagnostics.check.validation-replaced": {
    en: "A new data validation rule replaces the one already there",
    "zh-CN": "新的数据验证规则会替换已有的规则",
  },
  "diagnostics.check.protected-sheet-refuses-writes": {
    en: "Writing to a protected sheet fails with AccessDenied",
    "zh-CN": "向受保护的工作表写入会报 AccessDenied 错误",
  },
  "diagnostics.check.settings-round-trip": {
    en: "Workbook settings keep values as JSON (a date comes back as text)",
    "zh-CN": "工作簿设置以 JSON 保存值（日期读回为文本）",
  },
  "diagnostics.check.document-settings-separate": {
    en: "Document settings and workbook settings are separate stores",
    "zh-CN": "文档设置与工作簿设置是两个独立的存储",
  },
  "diagnostics.check.custom-xml-round-trip": {
    en: "A custom XML part is stored, found by its namespace, read back and removed",
    "zh-CN": "自定义 XML 部件可保存、按命名空间查找、读回并删除",
  },
  "diagnostics.check.startup-behavior-readable": {
    en: "Whether Procsheet loads when the workbook opens can be read (None or Load)",
    "zh-CN": "可以读取打开工作簿时是否加载 Procsheet（None 或 Load）",
  },
  "diagnostics.check.sheet-name-rules": {
    en: "Sheet names with / or over 31 characters are refused with InvalidArgument",
    "zh-CN": "含 / 或超过 31 个字符的工作表名称会被拒绝（InvalidArgument）",
  },
  "diagnostics.check.sheet-name-history-reserved": {
    en: "The sheet name History is reserved (InvalidArgument)",
    "zh-CN": "工作表名称 History 为保留名称（InvalidArgument）",
  },
  "diagnostics.check.chart-series-from-headers": {
    en: "A chart made from a range names its series after the header row",
    "zh-CN": "从区域创建的图表以标题行命名数据系列",
  },
  "diagnostics.check.shape-defaults": {
    en: "A new rectangle is 72 × 72 points at the top left, filled #4472C4",
    "zh-CN": "新建的矩形位于左上角，大小 72 × 72 磅，填充色 #4472C4",
  },
  "diagnostics.check.shape-connection-sites": {
    en: "A rectangle has 4 connection sites and an ellipse 8",
    "zh-CN": "矩形有 4 个连接点，椭圆有 8 个",
  },
  "diagnostics.check.line-holds-no-text": {
    en: "Setting a line's text fails with InvalidOperation",
    "zh-CN": "设置线条的文本会报 InvalidOperation 错误",
  },
  "diagnostics.check.deleted-shape-leaves-line": {
    en: "Deleting a shape leaves the lines joined to it, loose at that end",
    "zh-CN": "删除形状后，与其相连的线条仍保留，该端断开",
  },
  "diagnostics.check.request-size-limit": {
    en: "On the web, a request over 5 MB fails with RequestPayloadSizeLimitExceeded and writes nothing",
    "zh-CN": "在网页版中，超过 5 MB 的请求会报 RequestPayloadSizeLimitExceeded 错误，且不写入任何内容",
  },
});
