/** The languages every user-facing text exists in. */
export type Lang = "en" | "zh-CN";

export const LANGS: readonly Lang[] = ["en", "zh-CN"];

/**
 * Maps an Office display language (`zh-CN`, `zh-Hans`, `zh-SG`, `en-US`, …) to one we ship.
 * @example toLang("zh-cn") === "zh-CN"; toLang("de-DE") === "en"
 */
export function toLang(displayLanguage: string | undefined | null): Lang {
  if (!displayLanguage) return "en";
  const lower = displayLanguage.toLowerCase();
  // Traditional Chinese locales would read Simplified poorly; everything else Chinese gets zh-CN.
  if (lower.startsWith("zh") && !/^zh-(tw|hk|mo|hant)/.test(lower)) return "zh-CN";
  return "en";
}
