import { words } from "./book";

/**
 * The rule language's own messages (jsonata 2.2.2's `errorCodes`, plus Procsheet's bounds U1002–U1004), for
 * rule authors. `{x}` is the failure's field `x` as JSON text (`"amount"`), `{xRaw}` the field as it is —
 * the way jsonata renders its English ones. Codes not here keep jsonata's English in both languages.
 */
export const RULE_LANGUAGE = words({
  "jsonata.S0101": {
    en: "String literal must be terminated by a matching quote",
    "zh-CN": "字符串缺少与之匹配的结束引号",
  },
  "jsonata.S0102": {
    en: "Number out of range: {token}",
    "zh-CN": "数字超出范围：{token}",
  },
  "jsonata.S0103": {
    en: "Unsupported escape sequence: \\{token}",
    "zh-CN": "不支持的转义序列：\\{token}",
  },
  "jsonata.S0104": {
    en: "The escape sequence \\u must be followed by 4 hex digits",
    "zh-CN": "转义序列 \\u 后面必须跟 4 位十六进制数字",
  },
  "jsonata.S0105": {
    en: "Quoted property name must be terminated with a backquote (`)",
    "zh-CN": "用反引号括起的属性名必须以反引号（`）结束",
  },
  "jsonata.S0106": {
    en: "Comment has no closing tag",
    "zh-CN": "注释没有结束标记",
  },
  "jsonata.S0201": {
    en: "Syntax error: {token}",
    "zh-CN": "语法错误：{token}",
  },
  "jsonata.S0202": {
    en: "Expected {value}, got {token}",
    "zh-CN": "此处应为 {value}，实际为 {token}",
  },
  "jsonata.S0203": {
    en: "Expected {value} before end of expression",
    "zh-CN": "表达式结束前缺少 {value}",
  },
  "jsonata.S0204": {
    en: "Unknown operator: {token}",
    "zh-CN": "未知的运算符：{token}",
  },
  "jsonata.S0205": {
    en: "Unexpected token: {token}",
    "zh-CN": "意外的符号：{token}",
  },
  "jsonata.S0206": {
    en: "Unknown expression type: {token}",
    "zh-CN": "未知的表达式类型：{token}",
  },
  "jsonata.S0207": {
    en: "Unexpected end of expression",
    "zh-CN": "表达式意外结束",
  },
  "jsonata.S0208": {
    en: "Parameter {value} of function definition must be a variable name (start with $)",
    "zh-CN": "函数定义的参数 {value} 必须是变量名（以 $ 开头）",
  },
  "jsonata.S0209": {
    en: "A predicate cannot follow a grouping expression in a step",
    "zh-CN": "步骤中的分组表达式后面不能跟谓词",
  },
  "jsonata.S0210": {
    en: "Each step can only have one grouping expression",
    "zh-CN": "每个步骤只能有一个分组表达式",
  },
  "jsonata.S0211": {
    en: "The symbol {token} cannot be used as a unary operator",
    "zh-CN": "符号 {token} 不能用作一元运算符",
  },
  "jsonata.S0212": {
    en: "The left side of := must be a variable name (start with $)",
    "zh-CN": ":= 的左侧必须是变量名（以 $ 开头）",
  },
  "jsonata.S0213": {
    en: "The literal value {value} cannot be used as a step within a path expression",
    "zh-CN": "字面值 {value} 不能用作路径表达式中的步骤",
  },
  "jsonata.S0214": {
    en: "The right side of {token} must be a variable name (start with $)",
    "zh-CN": "{token} 的右侧必须是变量名（以 $ 开头）",
  },
  "jsonata.S0215": {
    en: "A context variable binding must precede any predicates on a step",
    "zh-CN": "上下文变量绑定必须位于步骤的所有谓词之前",
  },
  "jsonata.S0216": {
    en: "A context variable binding must precede the ''order-by'' clause on a step",
    "zh-CN": "上下文变量绑定必须位于步骤的排序子句之前",
  },
  "jsonata.S0217": {
    en: "The object representing the ''parent'' cannot be derived from this expression",
    "zh-CN": "无法从此表达式推导出表示“父级”的对象",
  },
  "jsonata.S0301": {
    en: "Empty regular expressions are not allowed",
    "zh-CN": "不允许空的正则表达式",
  },
  "jsonata.S0302": {
    en: "No terminating / in regular expression",
    "zh-CN": "正则表达式缺少结尾的 /",
  },
  "jsonata.S0401": {
    en: "Type parameters can only be applied to functions and arrays",
    "zh-CN": "类型参数只能用于函数和数组",
  },
  "jsonata.S0402": {
    en: "Choice groups containing parameterized types are not supported",
    "zh-CN": "不支持包含参数化类型的选择组",
  },
  "jsonata.S0500": {
    en: "Attempted to evaluate an expression containing syntax error(s)",
    "zh-CN": "试图运行含有语法错误的表达式",
  },
  "jsonata.T0410": {
    en: "Argument {index} of function {token} does not match function signature",
    "zh-CN": "函数 {token} 的第 {index} 个参数与函数签名不符",
  },
  "jsonata.T0411": {
    en: "Context value is not a compatible type with argument {index} of function {token}",
    "zh-CN": "上下文值与函数 {token} 的第 {index} 个参数类型不兼容",
  },
  "jsonata.T0412": {
    en: "Argument {index} of function {token} must be an array of {type}",
    "zh-CN": "函数 {token} 的第 {index} 个参数必须是 {type} 数组",
  },
  "jsonata.D1001": {
    en: "Number out of range: {value}",
    "zh-CN": "数字超出范围：{value}",
  },
  "jsonata.D1002": {
    en: "Cannot negate a non-numeric value: {value}",
    "zh-CN": "不能对非数字值取负：{value}",
  },
  "jsonata.T1003": {
    en: "Key in object structure must evaluate to a string; got: {value}",
    "zh-CN": "对象结构中的键必须是文本，实际为：{value}",
  },
  "jsonata.D1004": {
    en: "Regular expression matches zero length string",
    "zh-CN": "正则表达式匹配到了空字符串",
  },
  "jsonata.T1005": {
    en: "Attempted to invoke a non-function. Did you mean ${tokenRaw}?",
    "zh-CN": "试图调用一个不是函数的值。是否要写 ${tokenRaw}？",
  },
  "jsonata.T1006": {
    en: "Attempted to invoke a non-function",
    "zh-CN": "试图调用一个不是函数的值",
  },
  "jsonata.T1007": {
    en: "Attempted to partially apply a non-function. Did you mean ${tokenRaw}?",
    "zh-CN": "试图部分应用一个不是函数的值。是否要写 ${tokenRaw}？",
  },
  "jsonata.T1008": {
    en: "Attempted to partially apply a non-function",
    "zh-CN": "试图部分应用一个不是函数的值",
  },
  "jsonata.D1009": {
    en: "Multiple key definitions evaluate to same key: {value}",
    "zh-CN": "多个键定义得到了同一个键：{value}",
  },
  "jsonata.T1010": {
    en: "The matcher function argument passed to function {token} does not return the correct object structure",
    "zh-CN": "传给函数 {token} 的匹配函数没有返回正确的对象结构",
  },
  "jsonata.D1011": {
    en: "Stack overflow. Check for non-terminating recursive function.  Consider rewriting as tail-recursive",
    "zh-CN": "栈溢出。请检查是否有不会结束的递归函数，可考虑改写为尾递归",
  },
  "jsonata.D1012": {
    en: "Evaluation timeout after {value} milliseconds. Check for infinite loop",
    "zh-CN": "运行超过 {value} 毫秒而超时。请检查是否有死循环",
  },
  "jsonata.D1013": {
    en: "Object property names starting with _jsonata_ are reserved for internal use: {value}",
    "zh-CN": "以 _jsonata_ 开头的对象属性名保留给内部使用：{value}",
  },
  "jsonata.T2001": {
    en: "The left side of the {token} operator must evaluate to a number",
    "zh-CN": "{token} 运算符的左侧必须是数字",
  },
  "jsonata.T2002": {
    en: "The right side of the {token} operator must evaluate to a number",
    "zh-CN": "{token} 运算符的右侧必须是数字",
  },
  "jsonata.T2003": {
    en: "The left side of the range operator (..) must evaluate to an integer",
    "zh-CN": "范围运算符（..）的左侧必须是整数",
  },
  "jsonata.T2004": {
    en: "The right side of the range operator (..) must evaluate to an integer",
    "zh-CN": "范围运算符（..）的右侧必须是整数",
  },
  "jsonata.T2006": {
    en: "The right side of the function application operator ~> must be a function",
    "zh-CN": "函数应用运算符 ~> 的右侧必须是函数",
  },
  "jsonata.T2007": {
    en: "Type mismatch when comparing values {value} and {value2} in order-by clause",
    "zh-CN": "排序子句中比较的值 {value} 与 {value2} 类型不一致",
  },
  "jsonata.T2008": {
    en: "The expressions within an order-by clause must evaluate to numeric or string values",
    "zh-CN": "排序子句中的表达式必须是数字或文本",
  },
  "jsonata.T2009": {
    en: "The values {value} and {value2} either side of operator {token} must be of the same data type",
    "zh-CN": "运算符 {token} 两侧的值 {value} 与 {value2} 必须是同一种数据类型",
  },
  "jsonata.T2010": {
    en: "The expressions either side of operator {token} must evaluate to numeric or string values",
    "zh-CN": "运算符 {token} 两侧的表达式必须是数字或文本",
  },
  "jsonata.T2011": {
    en: "The insert/update clause of the transform expression must evaluate to an object: {value}",
    "zh-CN": "转换表达式的插入/更新子句必须是对象：{value}",
  },
  "jsonata.T2012": {
    en: "The delete clause of the transform expression must evaluate to a string or array of strings: {value}",
    "zh-CN": "转换表达式的删除子句必须是文本或文本数组：{value}",
  },
  "jsonata.T2013": {
    en: "The transform expression clones the input object using the $clone() function.  This has been overridden in the current scope by a non-function.",
    "zh-CN": "转换表达式使用 $clone() 复制输入对象，但当前作用域中 $clone 已被改成了非函数",
  },
  "jsonata.D2014": {
    en: "The size of the sequence allocated by the range operator (..) must not exceed 1e7.  Attempted to allocate {value}.",
    "zh-CN": "范围运算符（..）生成的序列不能超过 1e7 项，此处试图生成 {value} 项",
  },
  "jsonata.D2015": {
    en: "The maximum sequence length of {value} was exceeded.",
    "zh-CN": "超过了序列的最大长度 {value}",
  },
  "jsonata.D3001": {
    en: "Attempting to invoke string function on Infinity or NaN",
    "zh-CN": "不能对 Infinity 或 NaN 调用文本函数",
  },
  "jsonata.D3010": {
    en: "Second argument of replace function cannot be an empty string",
    "zh-CN": "replace 函数的第二个参数不能是空文本",
  },
  "jsonata.D3011": {
    en: "Fourth argument of replace function must evaluate to a positive number",
    "zh-CN": "replace 函数的第四个参数必须是正数",
  },
  "jsonata.D3012": {
    en: "Attempted to replace a matched string with a non-string value",
    "zh-CN": "试图用非文本值替换匹配到的文本",
  },
  "jsonata.D3020": {
    en: "Third argument of split function must evaluate to a positive number",
    "zh-CN": "split 函数的第三个参数必须是正数",
  },
  "jsonata.D3030": {
    en: "Unable to cast value to a number: {value}",
    "zh-CN": "无法把值转换为数字：{value}",
  },
  "jsonata.D3040": {
    en: "Third argument of match function must evaluate to a positive number",
    "zh-CN": "match 函数的第三个参数必须是正数",
  },
  "jsonata.D3050": {
    en: "The second argument of reduce function must be a function with at least two arguments",
    "zh-CN": "reduce 函数的第二个参数必须是至少有两个参数的函数",
  },
  "jsonata.D3060": {
    en: "The sqrt function cannot be applied to a negative number: {value}",
    "zh-CN": "sqrt 函数不能用于负数：{value}",
  },
  "jsonata.D3061": {
    en: "The power function has resulted in a value that cannot be represented as a JSON number: base={value}, exponent={exp}",
    "zh-CN": "power 函数的结果无法表示为 JSON 数字：底数={value}，指数={exp}",
  },
  "jsonata.D3070": {
    en: "The single argument form of the sort function can only be applied to an array of strings or an array of numbers.  Use the second argument to specify a comparison function",
    "zh-CN": "单参数形式的 sort 函数只能用于文本数组或数字数组，请用第二个参数指定比较函数",
  },
  "jsonata.D3100": {
    en: "The radix of the formatBase function must be between 2 and 36.  It was given {value}",
    "zh-CN": "formatBase 函数的基数必须在 2 到 36 之间，实际为 {value}",
  },
  "jsonata.D3110": {
    en: "The argument of the toMillis function must be an ISO 8601 formatted timestamp. Given {value}",
    "zh-CN": "toMillis 函数的参数必须是 ISO 8601 格式的时间戳，实际为 {value}",
  },
  "jsonata.D3120": {
    en: "Syntax error in expression passed to function eval: {value}",
    "zh-CN": "传给 eval 函数的表达式有语法错误：{value}",
  },
  "jsonata.D3121": {
    en: "Dynamic error evaluating the expression passed to function eval: {value}",
    "zh-CN": "运行传给 eval 函数的表达式时出错：{value}",
  },
  "jsonata.D3137": {
    en: "{messageRaw}",
    "zh-CN": "{messageRaw}",
  },
  "jsonata.D3138": {
    en: "The $single() function expected exactly 1 matching result.  Instead it matched more.",
    "zh-CN": "$single() 函数应正好匹配 1 个结果，但匹配到了多个",
  },
  "jsonata.D3139": {
    en: "The $single() function expected exactly 1 matching result.  Instead it matched 0.",
    "zh-CN": "$single() 函数应正好匹配 1 个结果，但一个也没有匹配到",
  },
  "jsonata.D3140": {
    en: "Malformed URL passed to ${functionNameRaw}(): {value}",
    "zh-CN": "传给 ${functionNameRaw}() 的 URL 格式不正确：{value}",
  },
  "jsonata.D3141": {
    en: "{messageRaw}",
    "zh-CN": "{messageRaw}",
  },
  "jsonata.U1002": {
    en: "$eval is not available in Procsheet rules",
    "zh-CN": "Procsheet 规则中不能使用 $eval",
  },
  "jsonata.U1003": {
    en: "$pad to {value} characters: rules may pad to at most 10000",
    "zh-CN": "$pad 的宽度为 {value}：规则最多只能填充到 10000 个字符",
  },
  "jsonata.U1004": {
    en: "The rule built a text longer than {value} characters, the most a rule may build",
    "zh-CN": "规则生成的文本超过 {value} 个字符，超出了规则可生成的上限",
  },
});
