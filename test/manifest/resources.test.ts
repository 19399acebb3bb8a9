/**
 * @jest-environment jsdom
 */
// Rules the XSD cannot express: every user-visible string exists in zh-CN, and every resid resolves.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { MANIFEST_PLACES, OFFICE_MANIFEST } from "../../src/words/office-manifest";

const OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

const xml = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

function all(ns: string, tag: string, root: ParentNode = doc): Element[] {
  return [...(root as Document).getElementsByTagNameNS(ns, tag)];
}

function resources(group: string): Element[] {
  return all(BT, group).flatMap((g) => [...g.children]);
}

function zhOverride(el: Element): string | undefined {
  const override = [...el.children].find(
    (c) => c.localName === "Override" && c.getAttribute("Locale") === "zh-CN",
  );
  return override?.getAttribute("Value") ?? undefined;
}

describe("manifest.xml resources", () => {
  it("parses", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
  });

  it("gives every ribbon string a zh-CN override", () => {
    const strings = [...resources("ShortStrings"), ...resources("LongStrings")];
    expect(strings.length).toBeGreaterThan(0);
    const missing = strings.filter((s) => !zhOverride(s)?.trim()).map((s) => s.getAttribute("id"));
    expect(missing).toEqual([]);
  });

  it.each(["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"])(
    "gives <%s> a zh-CN override",
    (tag) => {
      const [el] = all(OFFICE, tag);
      expect(el).toBeDefined();
      expect(zhOverride(el as Element)?.trim()).toBeTruthy();
    },
  );

  it("keeps resource ids unique and at most 32 characters", () => {
    const ids = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap(resources).map((r) => r.id);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resolves every resid to a resource of the right kind", () => {
    const kinds: Record<string, Set<string>> = {
      image: new Set(resources("Images").map((r) => r.id)),
      url: new Set(resources("Urls").map((r) => r.id)),
      short: new Set(resources("ShortStrings").map((r) => r.id)),
      long: new Set(resources("LongStrings").map((r) => r.id)),
    };
    const kindOf = (el: Element): string => {
      if (el.localName === "Image") return "image";
      if (["SourceLocation", "FunctionFile", "Runtime"].includes(el.localName)) return "url";
      if (el.localName === "Description") return "long";
      return "short"; // Label, Title
    };
    const refs = [...doc.querySelectorAll("[resid]")];
    expect(refs.length).toBeGreaterThan(0);
    const dangling = refs
      .filter((el) => !kinds[kindOf(el)]?.has(el.getAttribute("resid") ?? ""))
      .map((el) => `${el.localName} → ${el.getAttribute("resid")}`);
    expect(dangling).toEqual([]);
  });

  it("gives every ribbon icon the sizes Office asks for: 16, 32, 80 px and the high-DPI 20, 24, 40, 48, 64 px", () => {
    const icons = all(OVERRIDES, "Icon");
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons)
      expect(all(BT, "Image", icon).map((i) => Number(i.getAttribute("size")))).toEqual([
        16, 20, 24, 32, 40, 48, 64, 80,
      ]);
    const urls = resources("Images").map((r) => r.getAttribute("DefaultValue") ?? "");
    for (const url of urls) {
      const file = path.join(__dirname, "..", "..", new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
    }
  });

  it("names a support page, in both languages", () => {
    const [support] = all(OFFICE, "SupportUrl");
    expect(support?.getAttribute("DefaultValue")).toBe("https://localhost:3000/support.html");
    expect(zhOverride(support as Element)).toBe("https://localhost:3000/support.html");
  });

  it("opens the pane with the task pane id that documents can auto-open", () => {
    const [action] = all(OVERRIDES, "Action");
    expect(action?.getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect(all(OVERRIDES, "TaskpaneId", action)[0]?.textContent).toBe("Office.AutoShowTaskpaneWithDocument");
  });
});

describe("manifest.xml words", () => {
  it("says exactly the catalogue's words (src/words/office-manifest.ts), in en and zh-CN", () => {
    const said: Record<string, { en: string | null; "zh-CN": string | undefined }> = {};
    for (const el of [...resources("ShortStrings"), ...resources("LongStrings")])
      said[String(el.getAttribute("id"))] = { en: el.getAttribute("DefaultValue"), "zh-CN": zhOverride(el) };
    for (const tag of ["DisplayName", "Description"]) {
      const el = all(OFFICE, tag)[0];
      if (el) said[tag] = { en: el.getAttribute("DefaultValue"), "zh-CN": zhOverride(el) };
    }
    const expected = Object.fromEntries(
      Object.entries(MANIFEST_PLACES).map(([place, key]) => [place, OFFICE_MANIFEST[key]]),
    );
    expect(said).toEqual(expected);
  });
});

describe("manifest.xml shared runtime", () => {
  it("runs the pane and the ribbon in one long-lived runtime, asked for inside VersionOverrides only", () => {
    const [runtime] = all(OVERRIDES, "Runtime");
    expect(runtime?.getAttribute("resid")).toBe("Taskpane.Url");
    expect(runtime?.getAttribute("lifetime")).toBe("long");
    expect(all(OVERRIDES, "FunctionFile")[0]?.getAttribute("resid")).toBe("Taskpane.Url");
    const sets = all(BT, "Set").map(
      (s) => `${s.parentElement?.parentElement?.localName}:${s.getAttribute("Name")}`,
    );
    expect(sets).toContain("Requirements:SharedRuntime");
    // The base manifest's only requirement is ExcelApi: an Excel without the shared runtime still opens the pane.
    const base = all(OFFICE, "Set").map((s) => s.getAttribute("Name"));
    expect(base).toEqual(["ExcelApi"]);
  });

  it("has New case and Sync process buttons that run their functions", () => {
    const names = all(OVERRIDES, "FunctionName").map((f) => f.textContent);
    expect(names).toEqual(["newCase", "syncProcess"]);
  });
});
