import type { Lang } from "../../words/lang";
import type { Text } from "../../core/text";

/** The text in exactly `lang` ("" when that language has none), for editing each language on its own. */
export function textIn(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return "";
  if (typeof text === "string") return text;
  return text[lang] ?? "";
}

/**
 * `text` with its `lang` version replaced. A plain string (one text for every language) becomes a
 * per-language text first; an emptied language is dropped so the other one shows instead of a blank.
 * @example setTextIn("Review", "zh-CN", "审查") → { en: "Review", "zh-CN": "审查" }
 */
export function setTextIn(text: Text | undefined, lang: Lang, value: string): Text {
  const base: { en?: string; "zh-CN"?: string } =
    text === undefined || text === ""
      ? {}
      : typeof text === "string"
        ? { en: text, "zh-CN": text }
        : { ...text };
  if (value.trim() === "") delete base[lang];
  else base[lang] = value;
  if (base.en === undefined && base["zh-CN"] === undefined) return "";
  return base;
}
