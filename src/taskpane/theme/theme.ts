import { createTheme, type ITheme } from "@fluentui/react";

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
