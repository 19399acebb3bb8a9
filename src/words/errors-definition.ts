import { words } from "./book";

export const ERRORS_DEFINITION = words({
  "definition.unknownKey": {
    en: 'unknown key "{name}"',
    "zh-CN": "未知的键“{name}”",
  },
  "definition.missingKey": {
    en: 'missing "{name}"',
    "zh-CN": "缺少“{name}”",
  },
  "definition.mustBeObject": {
    en: "must be an object",
    "zh-CN": "必须是对象",
  },
  "definition.mustBeList": {
    en: "must be a list",
    "zh-CN": "必须是列表",
  },
  "definition.mustBeText": {
    en: "must be a string",
    "zh-CN": "必须是文本",
  },
  "definition.mustBeNumber": {
    en: "must be a number",
    "zh-CN": "必须是数字",
  },
  "definition.mustBeInteger": {
    en: "must be an integer",
    "zh-CN": "必须是整数",
  },
  "definition.mustBeBoolean": {
    en: "must be true or false",
    "zh-CN": "必须是 true 或 false",
  },
  "definition.oneOf": {
    en: "must be one of: {values}",
    "zh-CN": "必须是以下之一：{values}",
  },
  "definition.mustEqual": {
    en: "must be {value}",
    "zh-CN": "必须是 {value}",
  },
  "definition.reservedName": {
    en: "is a reserved name",
    "zh-CN": "是保留名称",
  },
  "definition.pattern": {
    en: "does not have the allowed form ({pattern})",
    "zh-CN": "格式不符合要求（{pattern}）",
  },
  "definition.empty": {
    en: "must not be empty",
    "zh-CN": "不能为空",
  },
  "definition.minItems": {
    en: "needs at least {limit} items",
    "zh-CN": "至少需要 {limit} 项",
  },
  "definition.maxItems": {
    en: "allows at most {limit} items",
    "zh-CN": "最多允许 {limit} 项",
  },
  "definition.minLength": {
    en: "must not be shorter than {limit} characters",
    "zh-CN": "不能少于 {limit} 个字符",
  },
  "definition.maxLength": {
    en: "must not be longer than {limit} characters",
    "zh-CN": "不能超过 {limit} 个字符",
  },
  "definition.minimum": {
    en: "must be at least {limit}",
    "zh-CN": "不能小于 {limit}",
  },
  "definition.maximum": {
    en: "must be at most {limit}",
    "zh-CN": "不能大于 {limit}",
  },
  "definition.exclusiveMinimum": {
    en: "must be more than {limit}",
    "zh-CN": "必须大于 {limit}",
  },
  "definition.minProperties": {
    en: "needs at least {limit} entries",
    "zh-CN": "至少需要 {limit} 项",
  },
  "definition.maxProperties": {
    en: "allows at most {limit} entries",
    "zh-CN": "最多允许 {limit} 项",
  },
  "definition.uniqueItems": {
    en: "items {first} and {second} are the same",
    "zh-CN": "第 {first} 项与第 {second} 项重复",
  },
  "definition.propertyName": {
    en: 'the name "{name}" is not allowed',
    "zh-CN": "名称“{name}”不允许",
  },
  "definition.tooLarge": {
    en: "the file is larger than {mb} MB",
    "zh-CN": "文件超过 {mb} MB",
  },
  "definition.notJson": {
    en: "not valid JSON: {detail}",
    "zh-CN": "不是有效的 JSON：{detail}",
  },
  "definition.notStepId": {
    en: '"{value}" is not a step id',
    "zh-CN": "“{value}”不是步骤编号",
  },
  "definition.notStatusWord": {
    en: '"{value}" is not a status word (todo, doing, waiting, blocked, done, cancelled)',
    "zh-CN": "“{value}”不是状态词（todo、doing、waiting、blocked、done、cancelled）",
  },
  "definition.notDate": {
    en: "must be an ISO date or date-time",
    "zh-CN": "必须是 ISO 格式的日期或日期时间",
  },
  "definition.unknownRowKey": {
    en: 'unknown key "{name}" (not a field or system column)',
    "zh-CN": "未知的键“{name}”（既不是字段，也不是系统列）",
  },
  "definition.notChoice": {
    en: '"{value}" is not one of the choices',
    "zh-CN": "“{value}”不在可选项中",
  },
  "definition.duplicateStep": {
    en: 'duplicate step id "{value}"',
    "zh-CN": "步骤编号“{value}”重复",
  },
  "definition.duplicateField": {
    en: 'duplicate field key "{value}"',
    "zh-CN": "字段键“{value}”重复",
  },
  "definition.choicesMissing": {
    en: "a choice field needs its choices",
    "zh-CN": "选项字段需要列出其选项",
  },
  "definition.choicesNotAllowed": {
    en: "only choice fields have choices (this one is {type})",
    "zh-CN": "只有选项字段才有选项（此字段类型为 {type}）",
  },
  "definition.formatNotAllowed": {
    en: "only number fields have a format",
    "zh-CN": "只有数字字段才有格式",
  },
  "definition.duplicateChoice": {
    en: 'duplicate choice "{value}"',
    "zh-CN": "选项“{value}”重复",
  },
  "definition.boundNotAllowed": {
    en: "a least or greatest value is only for number fields, not {type}",
    "zh-CN": "最小值和最大值只适用于数字字段，不适用于 {type}",
  },
  "definition.maxBelowMin": {
    en: "the greatest value ({max}) is below the least ({min})",
    "zh-CN": "最大值（{max}）小于最小值（{min}）",
  },
  "definition.outOfBounds": {
    en: "{value} is outside the field's range (least {min}, greatest {max})",
    "zh-CN": "{value} 超出该字段的范围（最小 {min}，最大 {max}）",
  },
  "definition.blankName": {
    en: "give it a name in at least one language",
    "zh-CN": "请至少用一种语言为它命名",
  },
  "definition.headerTaken": {
    en: 'the header "{header}" already names the column {other}; give each column a header of its own',
    "zh-CN": "表头“{header}”已是 {other} 列的表头；请为每一列取不同的表头",
  },
  "definition.roleNameTaken": {
    en: 'the role name "{name}" is already the name of the role "{other}"; give each role a name of its own',
    "zh-CN": "角色名“{name}”已是角色“{other}”的名称；请为每个角色取不同的名称",
  },
  "definition.noSuchGoto": {
    en: 'no step with id "{value}" (use a step id or "end")',
    "zh-CN": '没有编号为“{value}”的步骤（请使用步骤编号或 "end"）',
  },
  "definition.noSuchStep": {
    en: 'no step with id "{value}"',
    "zh-CN": "没有编号为“{value}”的步骤",
  },
  "definition.required": {
    en: "is required",
    "zh-CN": "必填",
  },
  "definition.idFixed": {
    en: "the id of a bound process cannot change; duplicate the process instead",
    "zh-CN": "已绑定流程的编号不能更改；请改为制作该流程的副本",
  },
  "definition.otherProcess": {
    en: 'the catalogue\'s process "{value}" is not the workbook\'s "{current}"',
    "zh-CN": "目录中的流程“{value}”不是此工作簿的流程“{current}”",
  },
  "definition.escalationOrder": {
    en: "escalation levels go in ascending afterDays: {afterDays} does not come after {previous}",
    "zh-CN": "升级级别须按 afterDays 从小到大排列：{afterDays} 不大于前一级的 {previous}",
  },
  "definition.escalationToOwner": {
    en: 'an escalation goes to "manager", a role or a person, not to "{to}"',
    "zh-CN": "升级提醒应发给“manager”（上级）、某个角色或某个人，而不是“{to}”",
  },
  "definition.schema": {
    en: "{detail}",
    "zh-CN": "{detail}",
  },
  "definition.semantic": {
    en: "{detail}",
    "zh-CN": "{detail}",
  },
});
