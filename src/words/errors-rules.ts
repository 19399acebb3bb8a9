import { words } from "./book";

/**
 * Errors of rules and of a register's cells. `{detail}` in a rule error is the rule language's own
 * message (rule-language.ts), already in the reader's language.
 */
export const ERRORS_RULES = words({
  "rule.syntax": {
    en: "The rule cannot be read at character {position}: {detail}",
    "zh-CN": "规则无法解读（第 {position} 个字符处）：{detail}",
  },
  "rule.syntaxNoPosition": {
    en: "The rule cannot be read: {detail}",
    "zh-CN": "规则无法解读：{detail}",
  },
  "rule.eval": {
    en: "The rule failed at character {position} ({jsonataCode}): {detail}",
    "zh-CN": "规则运行出错（第 {position} 个字符处，{jsonataCode}）：{detail}",
  },
  "rule.evalOther": {
    en: "The rule failed: {detail}",
    "zh-CN": "规则运行出错：{detail}",
  },
  "rule.limit": {
    en: "The rule ran too long or too deep and was stopped ({jsonataCode}). Simplify it or check for endless repetition.",
    "zh-CN": "规则运行过久或嵌套过深，已被停止（{jsonataCode}）。请简化规则或检查是否无限循环。",
  },
  "rule.textLimit": {
    en: "The rule built a text longer than {max, number} characters, the most a rule may build, and was stopped. Check for text that is repeated or joined many times.",
    "zh-CN":
      "规则生成的文本超过 {max, number} 个字符（规则可生成的上限），已被停止。请检查是否有文本被多次重复或拼接。",
  },
  "rule.engineLimit": {
    en: "The rule went past what the rule engine can hold and was stopped ({detail}). Simplify it.",
    "zh-CN": "规则超出了规则引擎能承受的范围，已被停止（{detail}）。请简化规则。",
  },
  "rule.stopped": {
    en: "The rule was stopped: it ran on this row for more than {seconds, number} seconds without finishing. A regular expression that tries very many ways to match (such as /(a+)+$/) or very large text is the usual cause; simplify the rule.",
    "zh-CN":
      "规则已被停止：它在此行运行超过 {seconds, number} 秒仍未结束。常见原因是正则表达式尝试的匹配方式过多（例如 /(a+)+$/）或文本过大；请简化规则。",
  },
  "rule.workerLost": {
    en: "The rule was stopped: it used more memory on this row than rules may use. Simplify it.",
    "zh-CN": "规则已被停止：它在此行使用的内存超出了规则的上限。请简化规则。",
  },
  "rule.budgetSpent": {
    en: "The rule was not run on this row: this sync already stopped rules that ran too long for {seconds, number} seconds in all. Fix the rules named in the other errors and sync again; this row keeps its cells.",
    "zh-CN":
      "规则未在此行运行：本次同步中被停止的超时规则已累计 {seconds, number} 秒。请修正其他错误中指出的规则后再同步；此行保持原样。",
  },
  // What a rule's own text can get wrong, caught when it is saved (core/rules/lint.ts).
  "rule.fieldCalled": {
    en: '"{name}(…)" is not a function; functions start with $ — did you mean "${name}(…)"?',
    "zh-CN": "“{name}(…)”不是函数；函数以 $ 开头——是否要写“${name}(…)”？",
  },
  "rule.valueCalled": {
    en: "${name} is a value in Procsheet rules; write ${name} without ()",
    "zh-CN": "在 Procsheet 规则中 ${name} 是一个值；请写 ${name}，不要加 ()",
  },
  "rule.noEval": {
    en: "$eval is not available in Procsheet rules",
    "zh-CN": "Procsheet 规则中不能使用 $eval",
  },
  "rule.noFunction": {
    en: "there is no function ${name}",
    "zh-CN": "没有名为 ${name} 的函数",
  },
  "rule.ambiguousName": {
    en: "“{name}” could be the column “{first}” or “{second}”: write the one you mean by its key, {firstKey} or {secondKey}",
    "zh-CN":
      "“{name}”既可能指“{first}”列，也可能指“{second}”列：请用键名写出你要的那一列：{firstKey} 或 {secondKey}",
  },
  "rule.thousands": {
    en: "numbers are written without thousands separators in a rule: write {plain}, not {typed}",
    "zh-CN": "规则中的数字不加千位分隔符：请写 {plain}，而不是 {typed}",
  },
  "rule.noAssign": {
    en: "The owner rule names nobody: give it a person or role, or a way to work the owner out.",
    "zh-CN": "这条负责人规则没有指定任何人：请填写人员或角色，或负责人的计算方式。",
  },
  "rule.badOwner": {
    en: "The owner rule gave {value}; it must give a name: a non-empty text of at most {max} characters.",
    "zh-CN": "负责人规则得出的是 {value}；它必须得出一个名字：不超过 {max} 个字符的非空文本。",
  },
  "rule.noOwner": {
    en: 'No owner rule matched at the step "{step}". Add a last rule without a condition as a fallback.',
    "zh-CN": "步骤“{step}”没有匹配的负责人规则。请添加一条不带条件的兜底规则。",
  },
  "rule.noNext": {
    en: 'No next rule matched at the step "{step}". Add a last rule without a condition as a fallback.',
    "zh-CN": "步骤“{step}”没有匹配的下一步规则。请添加一条不带条件的兜底规则。",
  },
  // A register's cells (core/register/row-codec.ts, core/sync/tick.ts).
  "data.notStatus": {
    en: 'Column "{column}": "{value}" is not a status (To do, In progress, Waiting, Blocked, Done, Cancelled)',
    "zh-CN": "“{column}”列：“{value}”不是状态（待办、进行中、等待、受阻、完成、已取消）",
  },
  "data.notStep": {
    en: 'Column "{column}": "{value}" is not a step of this process',
    "zh-CN": "“{column}”列：“{value}”不是此流程的步骤",
  },
  "data.notDate": {
    en: 'Column "{column}": "{value}" is not a date',
    "zh-CN": "“{column}”列：“{value}”不是日期",
  },
  "data.notNumber": {
    en: 'Column "{column}": "{value}" is not a number',
    "zh-CN": "“{column}”列：“{value}”不是数字",
  },
  "data.notYesNo": {
    en: 'Column "{column}": "{value}" is not yes or no',
    "zh-CN": "“{column}”列：“{value}”不是“是”或“否”",
  },
  "data.excelError": {
    en: 'Column "{column}": holds the error {value}',
    "zh-CN": "“{column}”列：包含错误值 {value}",
  },
  "data.ambiguousNumber": {
    en: 'Column "{column}": "{value}" is ambiguous: {readings}; write it without thousands separators, or give the register\'s number locale',
    "zh-CN": "“{column}”列：“{value}”有歧义：{readings}；请去掉千位分隔符，或指明登记表的数字格式区域",
  },
  // The two readings of an ambiguous number, as data.ambiguousNumber's {readings}.
  "data.readingsBoth": {
    en: '{dot} if "." marks decimals, {comma} if "," does',
    "zh-CN": "若“.”为小数点则为 {dot}，若“,”为小数点则为 {comma}",
  },
  "data.readingComma": {
    en: '{comma} if "," marks decimals',
    "zh-CN": "若“,”为小数点则为 {comma}",
  },
  "data.formulaCell": {
    en: 'Column "{column}" holds a formula; Procsheet never overwrites a formula. Clear the cell or move the formula out of the register.',
    "zh-CN": "“{column}”列是公式；Procsheet 从不覆盖公式。请清除该单元格，或把公式移出登记表。",
  },
  "data.uncalculated": {
    en: 'Column "{column}" holds a formula that was never calculated (the program that saved the file does not calculate). Open the file in Excel or LibreOffice, save it, and sync again.',
    "zh-CN":
      "“{column}”列的公式从未计算过（保存该文件的程序不计算公式）。请用 Excel 或 LibreOffice 打开并保存后再同步。",
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
  "data.outOfBounds": {
    en: 'Column "{column}": {value} is outside the range allowed (least {min}, greatest {max})',
    "zh-CN": "“{column}”列：{value} 超出允许范围（最小 {min}，最大 {max}）",
  },
  "data.required": {
    en: 'Column "{column}" needs a value.',
    "zh-CN": "“{column}”列必须填写。",
  },
  "data.badNow": {
    en: '"now" must be YYYY-MM-DDTHH:mm:ss, got "{value}".',
    "zh-CN": "“now”必须是 YYYY-MM-DDTHH:mm:ss 格式，实际为“{value}”。",
  },
});
