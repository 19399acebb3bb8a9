import { OFFICE_THEMES, type OfficeThemeName } from "../../../test/excel-sim/office-theme";
import type { OfficeLook } from "../../excel/api-types";
import { contrast, parseHex } from "./colour";
import { procsheetTheme, themeFor } from "./theme";

function lookOf(name: OfficeThemeName): OfficeLook {
  const t = OFFICE_THEMES[name];
  return {
    name,
    dark: t.isDarkTheme,
    bodyBackground: t.bodyBackgroundColor,
    bodyForeground: t.bodyForegroundColor,
    controlBackground: t.controlBackgroundColor,
    controlForeground: t.controlForegroundColor,
  };
}

function ratio(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) throw new Error(`not #RRGGBB: ${a} / ${b}`);
  return contrast(x, y);
}

describe("the pane's look in Office's themes", () => {
  it.each<OfficeThemeName>(["colorful", "darkGray", "black", "white"])(
    "%s: Office's body colours, and every text the pane writes at 4.5:1 or more against its background",
    (name) => {
      const look = lookOf(name);
      const c = themeFor(look).semanticColors;
      expect(c.bodyBackground.toLowerCase()).toBe(look.bodyBackground.toLowerCase());
      expect(c.bodyText.toLowerCase()).toBe(look.bodyForeground.toLowerCase());
      expect(c.inputBackground.toLowerCase()).toBe(look.controlBackground.toLowerCase());
      expect(themeFor(look).isInverted).toBe(look.dark);
      for (const text of [
        c.bodyText,
        c.bodySubtext,
        c.link,
        c.linkHovered,
        c.actionLink,
        c.errorText,
        c.successText,
        c.warningText,
      ])
        expect(ratio(text, c.bodyBackground)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(c.inputText, c.inputBackground)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(c.buttonText, c.buttonBackground)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(c.buttonText, c.buttonBackgroundHovered)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(c.buttonText, c.buttonBackgroundPressed)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(c.inputPlaceholderText, c.inputBackground)).toBeGreaterThanOrEqual(4.5);
      // A TextField's suffix ("days", "%") is written in it on the disabled background.
      expect(ratio(c.inputPlaceholderText, c.disabledBackground)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(c.primaryButtonText, c.primaryButtonBackground)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(c.primaryButtonTextHovered, c.primaryButtonBackgroundHovered)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("keeps Fluent's default when Office gives no theme or the system forces its colours (high contrast)", () => {
    expect(themeFor(undefined)).toBe(procsheetTheme);
    expect(themeFor(lookOf("black"), true)).toBe(procsheetTheme);
  });

  it("paints a light pane when Colorful gives a brand colour for the body, and a dark one for a dark theme", () => {
    const green = { ...lookOf("colorful"), bodyBackground: "#217346", bodyForeground: "#FFFFFF" };
    expect(themeFor(green).semanticColors.bodyBackground).toBe("#ffffff");
    const lowContrast = { ...lookOf("black"), bodyForeground: "#333333" };
    const c = themeFor(lowContrast).semanticColors;
    expect(ratio(c.bodyText, c.bodyBackground)).toBeGreaterThanOrEqual(7);
  });
});
