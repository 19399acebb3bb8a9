import type { Lang } from "../words/lang";

/** A string, or the same text per language (docs/specification.md §1). */
export type Text = string | { readonly en?: string; readonly "zh-CN"?: string };

/**
 * The text in `lang`, falling back to the other language so nothing shows blank.
 * @example resolveText({ en: "Review", "zh-CN": "审查" }, "zh-CN") === "审查"
 */
export function resolveText(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return "";
  if (typeof text === "string") return text;
  return text[lang] ?? text.en ?? text["zh-CN"] ?? "";
}

/** Every spelling of a text, for matching what a person typed in any language. */
export function textVariants(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === "string") return [text];
  return [text.en, text["zh-CN"]].filter((t): t is string => typeof t === "string" && t.length > 0);
}

/**
 * Characters that are invisible and never part of a name or a label, yet make two equal-looking texts
 * differ when pasted from another app: zero-width space, direction marks, word joiner, byte-order mark.
 * (The zero-width joiner and non-joiner stay: emoji sequences and some scripts need them.)
 */
const INVISIBLE = /[\u200B\u200E\u200F\u2060\uFEFF]/g;

/** A cell's or a rule's text as Procsheet compares and stores it: NFC, invisible marks removed, trimmed. */
export function cleanText(s: string): string {
  return s.normalize("NFC").replace(INVISIBLE, "").trim();
}

/** Case- and space-insensitive key for matching headers, step names and labels. */
export function matchKey(s: string): string {
  return cleanText(s).replace(/\s+/g, " ").toLowerCase();
}
