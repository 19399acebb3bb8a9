/**
 * Office.context.officeTheme: the Office theme the person chose (File > Account > Office Theme), as the
 * Common API gives it to a task pane — four colours as hexadecimal triplets, `isDarkTheme` and `themeId`.
 * https://learn.microsoft.com/javascript/api/office/office.officetheme
 * https://learn.microsoft.com/javascript/api/office/office.themeid
 *
 * Microsoft documents the shape, not the colours each theme gives: the triplets below are representative
 * of Office on Windows (white and near-white for the light themes, a mid and a near-black grey for the dark
 * ones) so that a pane is tried against each kind. Excel raises no event when the theme changes (the
 * OfficeThemeChanged event is Outlook's, Mailbox 1.14), so a theme is fixed for the simulation's life.
 */

/** Office.ThemeId's members (office.js gives the enum; its values are opaque to an add-in). */
export const THEME_ID = {
  Black: "Black",
  Colorful: "Colorful",
  DarkGray: "DarkGray",
  White: "White",
} as const;

export type OfficeThemeName = "colorful" | "darkGray" | "black" | "white";
export const OFFICE_THEME_NAMES: readonly OfficeThemeName[] = ["colorful", "darkGray", "black", "white"];

export interface SimOfficeTheme {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  readonly isDarkTheme: boolean;
  readonly themeId: (typeof THEME_ID)[keyof typeof THEME_ID];
}

export const OFFICE_THEMES: Readonly<Record<OfficeThemeName, SimOfficeTheme>> = {
  colorful: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
    isDarkTheme: false,
    themeId: THEME_ID.Colorful,
  },
  darkGray: {
    bodyBackgroundColor: "#444444",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#666666",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
    themeId: THEME_ID.DarkGray,
  },
  black: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
    themeId: THEME_ID.Black,
  },
  white: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#F3F3F3",
    controlForegroundColor: "#262626",
    isDarkTheme: false,
    themeId: THEME_ID.White,
  },
};
