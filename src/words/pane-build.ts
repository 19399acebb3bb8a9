import { words } from "./book";

/** Building a process without its file: fields, the calendar, a new process from blank, saving, the map. */
export const PANE_BUILD = words({
  // Fields
  "pane.fieldsTitle": { en: "Fields", "zh-CN": "字段" },
  "pane.fieldsHelp": {
    en: "What each case records: one column of the register per field.",
    "zh-CN": "每个事项要记录的内容：每个字段是登记表的一列。",
  },
  "pane.fieldsList": { en: "Fields of the process", "zh-CN": "流程的字段" },
  "pane.headerEn": { en: "Header (English)", "zh-CN": "表头（英文）" },
  "pane.headerZh": { en: "Header (Chinese)", "zh-CN": "表头（中文）" },
  "pane.fieldType": { en: "Type", "zh-CN": "类型" },
  "pane.typeText": { en: "Text", "zh-CN": "文本" },
  "pane.typeNumber": { en: "Number", "zh-CN": "数字" },
  "pane.typeDate": { en: "Date", "zh-CN": "日期" },
  "pane.typeDatetime": { en: "Date and time", "zh-CN": "日期和时间" },
  "pane.typeChoice": { en: "Choice from a list", "zh-CN": "从列表中选择" },
  "pane.typePerson": { en: "Person", "zh-CN": "人员" },
  "pane.typeBoolean": { en: "Yes / no", "zh-CN": "是 / 否" },
  "pane.fieldRequired": { en: "Every case must fill it in", "zh-CN": "每个事项都必须填写" },
  "pane.numberFormat": { en: "Shown as", "zh-CN": "显示为" },
  "pane.formatNone": { en: "As typed", "zh-CN": "按输入显示" },
  "pane.formatMoney": { en: "Money (1,234.00)", "zh-CN": "金额（1,234.00）" },
  "pane.formatInteger": { en: "Whole number", "zh-CN": "整数" },
  "pane.formatDecimal": { en: "Decimal (0.00)", "zh-CN": "小数（0.00）" },
  "pane.formatPercent": { en: "Percentage", "zh-CN": "百分比" },
  "pane.fieldMin": { en: "Least value", "zh-CN": "最小值" },
  "pane.fieldMax": { en: "Greatest value", "zh-CN": "最大值" },
  "pane.fieldChoices": { en: "Choices, one per line", "zh-CN": "选项，每行一个" },
  "pane.fieldChoicesHelp": {
    en: "value, or value | English label | 中文标签",
    "zh-CN": "值，或 值 | English label | 中文标签",
  },
  "pane.helpEn": { en: "Help text (English)", "zh-CN": "填写说明（英文）" },
  "pane.helpZh": { en: "Help text (Chinese)", "zh-CN": "填写说明（中文）" },
  "pane.fieldKey": { en: "Rules may name it {key}", "zh-CN": "规则中也可写作 {key}" },
  "pane.editField": { en: "Edit the field {field}", "zh-CN": "编辑字段 {field}" },
  "pane.moveFieldUp": { en: "Move {field} up", "zh-CN": "上移 {field}" },
  "pane.moveFieldDown": { en: "Move {field} down", "zh-CN": "下移 {field}" },
  "pane.deleteField": { en: "Delete the field {field}", "zh-CN": "删除字段 {field}" },
  "pane.confirmDeleteField": {
    en: "Delete the field {field}? The register keeps its column; Procsheet no longer reads it.",
    "zh-CN": "删除字段 {field}？登记表中的该列会保留，但 Procsheet 不再读取。",
  },
  "pane.addFieldTitle": { en: "Add a field", "zh-CN": "添加字段" },
  "pane.addField": { en: "Add field", "zh-CN": "添加字段" },
  "pane.fieldProblems": { en: "To fix in this field:", "zh-CN": "此字段需修正：" },
  // Calendar
  "pane.calendarTitle": { en: "Working days", "zh-CN": "工作日" },
  "pane.calendarHelp": {
    en: "Due dates count working days only: the working week, less holidays, plus make-up working days.",
    "zh-CN": "截止日期只计算工作日：每周的工作日，去掉节假日，加上调休上班日。",
  },
  "pane.workWeek": { en: "Working week", "zh-CN": "每周工作日" },
  "pane.holidays": { en: "Holidays", "zh-CN": "节假日" },
  "pane.extraWorkdays": { en: "Make-up working days", "zh-CN": "调休上班日" },
  "pane.datesHelp": {
    en: "One date per line, e.g. 2026-10-01; a column of dates pasted from Excel works too.",
    "zh-CN": "每行一个日期，例如 2026-10-01；也可直接粘贴 Excel 中的一列日期。",
  },
  "pane.datesUnread": {
    en: "{n, plural, one {# line is not a date} other {# lines are not dates}}: {lines}",
    "zh-CN": "{n} 行不是日期：{lines}",
  },
  "pane.datesRead": {
    en: "{n, plural, one {# date} other {# dates}}",
    "zh-CN": "{n} 个日期",
  },
  "pane.noWorkdays": {
    en: "A week needs at least one working day.",
    "zh-CN": "每周至少要有一个工作日。",
  },
  "pane.duePreview": { en: "A case starting today would be due", "zh-CN": "今天开始的事项的截止日期" },
  "pane.dueAt": { en: "{step}: {due, date, medium}", "zh-CN": "{step}：{due, date, medium}" },
  "pane.noDuePreview": {
    en: "Give steps an SLA to see their due dates.",
    "zh-CN": "为步骤设置时限后即可看到截止日期。",
  },
  // Saving: the definition's changes first, then what the register does
  "pane.changesTitle": { en: "What changes in version {version}", "zh-CN": "第 {version} 版的修改" },
  "pane.registerFollows": { en: "The register follows:", "zh-CN": "登记表将随之调整：" },
  "pane.columnAdded": { en: "a column {header} is added at the right", "zh-CN": "在右侧添加“{header}”列" },
  "pane.columnRenamed": {
    en: "the column {before} is renamed {after}",
    "zh-CN": "“{before}”列改名为“{after}”",
  },
  "pane.columnLeft": {
    en: "the column {header} stays where it is; Procsheet no longer reads it",
    "zh-CN": "“{header}”列保留原位；Procsheet 不再读取",
  },
  "pane.stepCellsRewritten": {
    en: "{n, plural, one {# case shows} other {# cases show}} its step's new name",
    "zh-CN": "{n} 个事项的步骤改为显示新名称",
  },
  "pane.savedVersion": { en: "Saved: version {version}.", "zh-CN": "已保存：第 {version} 版。" },
  // The map on a sheet
  "pane.drawMap": { en: "Draw the map on a sheet", "zh-CN": "在工作表上绘制流程图" },
  "pane.drawingMap": { en: "Drawing…", "zh-CN": "正在绘制…" },
  "pane.mapDrawn": {
    en: "The map is on the sheet {sheet}: {n} boxes and {arrows} arrows. It is redrawn when you save changes.",
    "zh-CN": "流程图已绘制在工作表“{sheet}”上：{n} 个方框、{arrows} 条箭头。保存修改时会重新绘制。",
  },
  "pane.flowClickHelp": {
    en: "Click a step to edit it. The list of steps below says the same for the keyboard and screen readers.",
    "zh-CN": "点击步骤即可编辑。下方的步骤列表内容相同，便于键盘和读屏软件使用。",
  },
  "pane.stepsTitle": { en: "Steps", "zh-CN": "步骤" },
  // A new process from blank
  "pane.blankTitle": { en: "Start from blank", "zh-CN": "从空白开始" },
  "pane.blankHelp": {
    en: "Build a process step by step: its goal, the fields each case records, the steps, who owns them, a first test, then the register.",
    "zh-CN": "逐步搭建流程：目标、每个事项记录的字段、步骤、负责人、第一个测试，然后创建登记表。",
  },
  "pane.blankStart": { en: "Start a new process", "zh-CN": "新建流程" },
  "pane.wizardSteps": { en: "Steps of building the process", "zh-CN": "搭建流程的各步" },
  "pane.wizardGoal": { en: "Goal", "zh-CN": "目标" },
  "pane.wizardFields": { en: "Fields", "zh-CN": "字段" },
  "pane.wizardSteps2": { en: "Steps", "zh-CN": "步骤" },
  "pane.wizardOwners": { en: "Owners", "zh-CN": "负责人" },
  "pane.wizardTest": { en: "First test", "zh-CN": "第一个测试" },
  "pane.wizardCreate": { en: "Register", "zh-CN": "登记表" },
  "pane.wizardAt": { en: "Step {n} of {count}: {name}", "zh-CN": "第 {n} 步，共 {count} 步：{name}" },
  "pane.processNameEn": { en: "Process name (English)", "zh-CN": "流程名称（英文）" },
  "pane.processNameZh": { en: "Process name (Chinese)", "zh-CN": "流程名称（中文）" },
  "pane.next": { en: "Next", "zh-CN": "下一步" },
  "pane.back": { en: "Back", "zh-CN": "上一步" },
  "pane.fixThisPart": { en: "Fix these to go on:", "zh-CN": "请先修正以下问题：" },
  "pane.ownersHelp": {
    en: "Who does each step: a person, a role (its members share the cases), or a rule that picks one. A step with branches says where each case goes next.",
    "zh-CN":
      "每个步骤由谁负责：某个人、某个角色（成员分担事项），或由规则选出。有分支的步骤要说明事项下一步去哪里。",
  },
  "pane.stepRules": { en: "{step}: owner and where it goes", "zh-CN": "{step}：负责人和去向" },
  "pane.testHelp": {
    en: "Fill in a case as it might come, at a step, and see who gets it and where it goes. Keep it as a test: it is checked every time the rules change.",
    "zh-CN":
      "在某个步骤填写一个可能出现的事项，看看分配给谁、去向哪里。保存为测试后，每次修改规则都会检查它。",
  },
  "pane.testStep": { en: "At the step", "zh-CN": "所在步骤" },
  "pane.keepTest": { en: "Keep as a test", "zh-CN": "保存为测试" },
  "pane.testKept": {
    en: "Kept as the test “{name}”.",
    "zh-CN": "已保存为测试“{name}”。",
  },
  "pane.firstTestName": { en: "First test at {step}", "zh-CN": "{step} 的第一个测试" },
  "pane.createHelp": {
    en: "The process is ready. Create its register: a sheet with one column per field, and its History.",
    "zh-CN": "流程已准备就绪。创建登记表：每个字段一列的工作表，以及它的历史记录。",
  },
  "pane.newProcessName": { en: "New process", "zh-CN": "新流程" },
});
