/** @jest-environment jsdom */
import "./fabric-config";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import {
  Checkbox,
  Dropdown,
  getIcon,
  MessageBar,
  PrimaryButton,
  Stylesheet,
  ThemeProvider,
} from "@fluentui/react";
import { render } from "@testing-library/react";
import { ICON_PATHS, registerProcsheetIcons } from "./icons";
import { FONT_STACK, MONO_STACK, procsheetTheme } from "./theme";

const EXTERNAL = /\b(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i;

describe("fonts and icons come with the pane, never from a CDN", () => {
  it("no source of the icon and font setup names an external URL", () => {
    for (const file of ["icons.tsx", "theme.ts", "fabric-config.ts"]) {
      const text = readFileSync(join(__dirname, file), "utf8");
      expect({ file, http: /https?:/.test(text) }).toEqual({ file, http: false });
    }
  });

  it("has an icon for every icon name the pane's components ask for", () => {
    const names = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
          for (const m of readFileSync(path, "utf8").matchAll(/iconName(?::\s*|=)"([A-Za-z]+)"/g))
            names.add(m[1] as string);
      }
    };
    walk(join(__dirname, ".."));
    expect([...names].filter((n) => !(n in ICON_PATHS))).toEqual([]);
  });

  it("registers every icon as inline SVG, with no font face", () => {
    registerProcsheetIcons();
    for (const name of Object.keys(ICON_PATHS)) {
      const icon = getIcon(name);
      expect(icon?.code).toBeTruthy();
      expect(icon?.subset.fontFace).toBeUndefined();
    }
  });

  it("uses the system font stack and renders components without any external URL in their styles", () => {
    expect(procsheetTheme.fonts.medium.fontFamily).toBe(FONT_STACK);
    expect(FONT_STACK + MONO_STACK).not.toMatch(/url\(/);
    render(
      <ThemeProvider theme={procsheetTheme}>
        <PrimaryButton text="Go" iconProps={{ iconName: "Add" }} />
        <Checkbox label="Sample" checked />
        <Dropdown label="Language" options={[{ key: "en", text: "English" }]} selectedKey="en" />
        <MessageBar>Hello</MessageBar>
      </ThemeProvider>,
    );
    const css = Stylesheet.getInstance().getRules(true);
    expect(css.length).toBeGreaterThan(0);
    expect(css).not.toMatch(/url\(/);
    expect(css).not.toMatch(EXTERNAL);
  });

  it("renders icons as SVG elements", () => {
    registerProcsheetIcons();
    const { container } = render(<PrimaryButton text="Add" iconProps={{ iconName: "Add" }} />);
    expect(container.querySelector("svg path")).not.toBeNull();
    expect(container.innerHTML).not.toMatch(/https?:/);
  });
});
