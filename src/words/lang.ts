/** The languages every user-facing text exists in. */
export type Lang = "en" | "zh-CN";

export const LANGS: readonly Lang[] = ["en", "zh-CN"];

/**
 * Display languages that read Simplified Chinese: zh, zh-CN, zh-Hans, zh-SG, … but not Traditional Chinese
 * locales (zh-TW, zh-HK, zh-MO, zh-Hant), which would read Simplified poorly. The task pane's boot script
 * uses the same rule before anything else has loaded (webpack.config.js passes it on as text).
 */
export const SIMPLIFIED_CHINESE = /^zh(?!-(tw|hk|mo|hant))/i;

/**
 * Maps an Office display language (`zh-CN`, `zh-Hans`, `zh-SG`, `en-US`, …) to one we ship.
 * @example toLang("zh-cn") === "zh-CN"; toLang("de-DE") === "en"
 */
export function toLang(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && SIMPLIFIED_CHINESE.test(displayLanguage) ? "zh-CN" : "en";
}
