import type { Lang } from "../../words/lang";

/** Names in a sentence: "Ann, Bob" in English, "张三、李四" in Chinese (the enumeration comma). */
export function namesList(names: readonly string[], lang: Lang): string {
  return names.join(lang === "zh-CN" ? "、" : ", ");
}
