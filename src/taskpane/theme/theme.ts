import { createTheme, type IPartialTheme, type ITheme } from "@fluentui/react";
import type { OfficeLook } from "../../excel/api-types";
import { chroma, contrast, mix, parseHex, toHex, withContrast, type Rgb } from "./colour";

/** Installed fonts only (nothing from a CDN): Office's own, then the platforms' Chinese UI fonts. */
export const FONT_STACK = [
  '"Segoe UI"',
  "-apple-system",
  "BlinkMacSystemFont",
  '"PingFang SC"',
  '"Microsoft YaHei UI"',
  '"Microsoft YaHei"',
  '"Hiragino Sans GB"',
  '"Noto Sans CJK SC"',
  '"Helvetica Neue"',
  "Arial",
  "sans-serif",
].join(", ");

/** For JSONata and JSON: positions line up character by character. */
export const MONO_STACK =
  'Consolas, "Cascadia Mono", Menlo, "SF Mono", "Noto Sans Mono", "Courier New", monospace';

/** Fluent's default palette (it follows Office's high-contrast themes) with the system font stack. */
export const procsheetTheme: ITheme = createTheme({ defaultFontStyle: { fontFamily: FONT_STACK } });

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [32, 31, 30]; // Fluent's neutralDark: text on a light pane
const DARK_BODY: Rgb = [38, 38, 38];
// Fluent's blues: its light theme's and its dark theme's primary.
const BLUE_LIGHT: Rgb = [0, 120, 212];
const BLUE_DARK: Rgb = [40, 153, 245];

// Where each neutral of Fluent's light palette lies between its background (0) and its text (1):
// measured on Fluent's own palette, so a palette built on Office's colours keeps Fluent's steps.
const NEUTRAL_STEPS = {
  neutralLighterAlt: 0.024,
  neutralLighter: 0.058,
  neutralLight: 0.087,
  neutralQuaternaryAlt: 0.146,
  neutralQuaternary: 0.218,
  neutralTertiaryAlt: 0.267,
  neutralTertiary: 0.456,
  neutralSecondaryAlt: 0.568,
  neutralSecondary: 0.772,
  neutralPrimaryAlt: 0.951,
  neutralPrimary: 1,
  neutralDark: 1.08,
  black: 1.19,
} as const;

/** A colour Office gave, if it is a grey enough to paint a pane with (Colorful may give a brand colour). */
function grey(hex: string): Rgb | undefined {
  const c = parseHex(hex);
  return c && chroma(c) <= 0.12 ? c : undefined;
}

/**
 * A hovered or pressed control: a step towards its text, unless that would leave the text under 4.5:1
 * (Dark Gray's mid-grey controls), then a step away from it.
 */
function shade(control: { readonly bg: Rgb; readonly fg: Rgb }, dark: boolean, t: number): Rgb {
  const towards = mix(control.bg, control.fg, t);
  if (contrast(towards, control.fg) >= 4.5) return towards;
  return mix(control.bg, dark ? [0, 0, 0] : WHITE, t);
}

/** Secondary text on controls — on the control colour and on Fluent's field suffixes (neutralLighter). */
function placeholder(control: { readonly bg: Rgb; readonly fg: Rgb }, suffix: Rgb): Rgb {
  const step = mix(control.bg, control.fg, NEUTRAL_STEPS.neutralSecondary);
  return withContrast(withContrast(step, control.bg, control.fg, 4.5), suffix, control.fg, 4.5);
}

function readable(hex: string, bg: Rgb, fg: Rgb): string {
  const c = parseHex(hex);
  return c ? toHex(withContrast(c, bg, fg, 4.5)) : toHex(fg);
}

/**
 * The pane's Fluent theme in Office's theme: its body and control colours, neutrals stepped between them
 * as Fluent steps its own, and a blue with at least 4.5:1 against the body (links, primary buttons, focus).
 * Without a theme — or when the system forces its colours (Windows high contrast; Fluent's components
 * then follow the system's colours themselves) — Fluent's default.
 */
export function themeFor(look: OfficeLook | undefined, forcedColors = false): ITheme {
  if (!look || forcedColors) return procsheetTheme;
  const bg = grey(look.bodyBackground) ?? (look.dark ? DARK_BODY : WHITE);
  const offered = parseHex(look.bodyForeground);
  const fg = offered && contrast(offered, bg) >= 7 ? offered : look.dark ? WHITE : INK;
  const controlBg = grey(look.controlBackground);
  const controlFgOffered = parseHex(look.controlForeground);
  const control =
    controlBg && controlFgOffered && contrast(controlBg, controlFgOffered) >= 4.5
      ? { bg: controlBg, fg: controlFgOffered }
      : { bg, fg };
  const primary = withContrast(look.dark ? BLUE_DARK : BLUE_LIGHT, bg, fg, 4.5);
  const neutrals = Object.fromEntries(
    Object.entries(NEUTRAL_STEPS).map(([slot, t]) => [slot, toHex(mix(bg, fg, t))]),
  );
  const partial: IPartialTheme = {
    isInverted: look.dark,
    defaultFontStyle: { fontFamily: FONT_STACK },
    palette: {
      ...neutrals,
      white: toHex(bg),
      themePrimary: toHex(primary),
      themeLighterAlt: toHex(mix(bg, primary, 0.05)),
      themeLighter: toHex(mix(bg, primary, 0.18)),
      themeLight: toHex(mix(bg, primary, 0.32)),
      themeTertiary: toHex(mix(bg, primary, 0.6)),
      themeSecondary: toHex(mix(bg, primary, 0.88)),
      themeDarkAlt: toHex(mix(primary, fg, 0.1)),
      themeDark: toHex(mix(primary, fg, 0.25)),
      themeDarker: toHex(mix(primary, fg, 0.45)),
    },
    semanticColors: {
      inputBackground: toHex(control.bg),
      inputText: toHex(control.fg),
      buttonBackground: toHex(control.bg),
      buttonText: toHex(control.fg),
      buttonBackgroundHovered: toHex(shade(control, look.dark, 0.12)),
      buttonBackgroundPressed: toHex(shade(control, look.dark, 0.2)),
      // Placeholders and a Dropdown's title sit on the control colour: readable there too.
      inputPlaceholderText: toHex(placeholder(control, mix(bg, fg, NEUTRAL_STEPS.neutralLighter))),
      buttonTextHovered: toHex(control.fg),
      buttonTextPressed: toHex(control.fg),
      // Fluent's primary button writes in palette.white: the body colour, 4.5:1 against the blue above.
      primaryButtonText: toHex(bg),
      primaryButtonTextHovered: toHex(bg),
      primaryButtonTextPressed: toHex(bg),
      // Fluent's own status colours are made for its white and its near-black: lifted where Office's grey
      // body would leave them under 4.5:1.
      errorText: readable(look.dark ? "#F1707B" : "#A4262C", bg, fg),
      successText: readable(look.dark ? "#92C353" : "#107C10", bg, fg),
      warningText: toHex(fg),
    },
    // A light blue beside white text is not 3:1 apart: on a dark pane links are underlined (WCAG 1.4.1).
    ...(look.dark ? { components: { Link: { styles: { root: { textDecoration: "underline" } } } } } : {}),
  };
  return createTheme(partial);
}

/** Whether the system forces its own colours (Windows high contrast, forced-colors in the browser). */
export function systemForcesColours(): boolean {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return false;
  return (
    window.matchMedia("(forced-colors: active)").matches ||
    window.matchMedia("(-ms-high-contrast: active)").matches
  );
}
