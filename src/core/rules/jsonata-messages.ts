/**
 * JSONata's error messages in Chinese, keyed by jsonata 2.2.2's codes (jsonata.js `errorCodes`) and
 * rendered from the error's own fields the way jsonata renders its English ones, so a rule author reading
 * Chinese sees the whole sentence in Chinese. Codes missing here (the number-picture codes D3080–D3093 and
 * the date-picture ones, which routing rules do not use) keep jsonata's English.
 */
const ZH: Readonly<Record<string, string>> = {
  S0101: "字符串缺少与之匹配的结束引号",
  S0102: "数字超出范围：{{token}}",
  S0103: "不支持的转义序列：\\{{token}}",
  S0104: "转义序列 \\u 后面必须跟 4 位十六进制数字",
  S0105: "用反引号括起的属性名必须以反引号（`）结束",
  S0106: "注释没有结束标记",
  S0201: "语法错误：{{token}}",
  S0202: "此处应为 {{value}}，实际为 {{token}}",
  S0203: "表达式结束前缺少 {{value}}",
  S0204: "未知的运算符：{{token}}",
  S0205: "意外的符号：{{token}}",
  S0206: "未知的表达式类型：{{token}}",
  S0207: "表达式意外结束",
  S0208: "函数定义的参数 {{value}} 必须是变量名（以 $ 开头）",
  S0209: "步骤中的分组表达式后面不能跟谓词",
  S0210: "每个步骤只能有一个分组表达式",
  S0211: "符号 {{token}} 不能用作一元运算符",
  S0212: ":= 的左侧必须是变量名（以 $ 开头）",
  S0213: "字面值 {{value}} 不能用作路径表达式中的步骤",
  S0214: "{{token}} 的右侧必须是变量名（以 $ 开头）",
  S0215: "上下文变量绑定必须位于步骤的所有谓词之前",
  S0216: "上下文变量绑定必须位于步骤的排序子句之前",
  S0217: "无法从此表达式推导出表示“父级”的对象",
  S0301: "不允许空的正则表达式",
  S0302: "正则表达式缺少结尾的 /",
  S0401: "类型参数只能用于函数和数组",
  S0402: "不支持包含参数化类型的选择组",
  S0500: "试图运行含有语法错误的表达式",
  T0410: "函数 {{token}} 的第 {{index}} 个参数与函数签名不符",
  T0411: "上下文值与函数 {{token}} 的第 {{index}} 个参数类型不兼容",
  T0412: "函数 {{token}} 的第 {{index}} 个参数必须是 {{type}} 数组",
  D1001: "数字超出范围：{{value}}",
  D1002: "不能对非数字值取负：{{value}}",
  T1003: "对象结构中的键必须是文本，实际为：{{value}}",
  D1004: "正则表达式匹配到了空字符串",
  T1005: "试图调用一个不是函数的值。是否要写 ${{{token}}}？",
  T1006: "试图调用一个不是函数的值",
  T1007: "试图部分应用一个不是函数的值。是否要写 ${{{token}}}？",
  T1008: "试图部分应用一个不是函数的值",
  D1009: "多个键定义得到了同一个键：{{value}}",
  T1010: "传给函数 {{token}} 的匹配函数没有返回正确的对象结构",
  D1011: "栈溢出。请检查是否有不会结束的递归函数，可考虑改写为尾递归",
  D1012: "运行超过 {{value}} 毫秒而超时。请检查是否有死循环",
  D1013: "以 _jsonata_ 开头的对象属性名保留给内部使用：{{value}}",
  T2001: "{{token}} 运算符的左侧必须是数字",
  T2002: "{{token}} 运算符的右侧必须是数字",
  T2003: "范围运算符（..）的左侧必须是整数",
  T2004: "范围运算符（..）的右侧必须是整数",
  T2006: "函数应用运算符 ~> 的右侧必须是函数",
  T2007: "排序子句中比较的值 {{value}} 与 {{value2}} 类型不一致",
  T2008: "排序子句中的表达式必须是数字或文本",
  T2009: "运算符 {{token}} 两侧的值 {{value}} 与 {{value2}} 必须是同一种数据类型",
  T2010: "运算符 {{token}} 两侧的表达式必须是数字或文本",
  T2011: "转换表达式的插入/更新子句必须是对象：{{value}}",
  T2012: "转换表达式的删除子句必须是文本或文本数组：{{value}}",
  T2013: "转换表达式使用 $clone() 复制输入对象，但当前作用域中 $clone 已被改成了非函数",
  D2014: "范围运算符（..）生成的序列不能超过 1e7 项，此处试图生成 {{value}} 项",
  D2015: "超过了序列的最大长度 {{value}}",
  D3001: "不能对 Infinity 或 NaN 调用文本函数",
  D3010: "replace 函数的第二个参数不能是空文本",
  D3011: "replace 函数的第四个参数必须是正数",
  D3012: "试图用非文本值替换匹配到的文本",
  D3020: "split 函数的第三个参数必须是正数",
  D3030: "无法把值转换为数字：{{value}}",
  D3040: "match 函数的第三个参数必须是正数",
  D3050: "reduce 函数的第二个参数必须是至少有两个参数的函数",
  D3060: "sqrt 函数不能用于负数：{{value}}",
  D3061: "power 函数的结果无法表示为 JSON 数字：底数={{value}}，指数={{exp}}",
  D3070: "单参数形式的 sort 函数只能用于文本数组或数字数组，请用第二个参数指定比较函数",
  D3100: "formatBase 函数的基数必须在 2 到 36 之间，实际为 {{value}}",
  D3110: "toMillis 函数的参数必须是 ISO 8601 格式的时间戳，实际为 {{value}}",
  D3120: "传给 eval 函数的表达式有语法错误：{{value}}",
  D3121: "运行传给 eval 函数的表达式时出错：{{value}}",
  D3137: "{{{message}}}",
  D3138: "$single() 函数应正好匹配 1 个结果，但匹配到了多个",
  D3139: "$single() 函数应正好匹配 1 个结果，但一个也没有匹配到",
  D3140: "传给 ${{{functionName}}}() 的 URL 格式不正确：{{value}}",
  D3141: "{{{message}}}",
  // Procsheet's own bounds (core/rules/expression.ts).
  U1002: "Procsheet 规则中不能使用 $eval",
  U1003: "$pad 的宽度为 {{value}}：规则最多只能填充到 10000 个字符",
};

function field(err: object, name: string): unknown {
  return (err as Record<string, unknown>)[name];
}

/**
 * jsonata's `populateMessage` rendering: `{{{x}}}` inserts the raw field, `{{x}}` its JSON text
 * (`undefined` becomes the word "undefined", exactly as String.prototype.replace renders it).
 */
export function renderJsonataTemplate(template: string, err: object): string {
  const raw = template.replace(/\{\{\{([^}]+)}}}/g, (_m, name: string) => String(field(err, name)));
  return raw.replace(/\{\{([^}]+)}}/g, (_m, name: string) => String(JSON.stringify(field(err, name))));
}

/** The error's message in Chinese, or undefined where only jsonata's English exists. */
export function jsonataMessageZh(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const code = field(err, "code");
  const template = typeof code === "string" ? ZH[code] : undefined;
  return template === undefined ? undefined : renderJsonataTemplate(template, err);
}
