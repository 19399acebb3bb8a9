// The pane's code must parse in the engines Office hosts add-ins in (docs/admins.md "Which Office versions
// work"): the bundle at ES2020 (WebView2, Safari 14+ on Mac, current browsers), and the boot script, which
// runs first to tell an Office too old for the pane, at ES5 (Internet Explorer 11, EdgeHTML).
// `npm test` builds for production before jest runs, so in CI this checks what would be deployed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, type Options } from "acorn";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const panePages = require("../../scripts/pane-pages.cjs") as { bootScript(o: { officeJs: string }): string };

function parsesAt(source: string, ecmaVersion: Options["ecmaVersion"]): string | undefined {
  try {
    parse(source, { ecmaVersion, sourceType: "script" });
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

describe("the boot script", () => {
  const boot = panePages.bootScript({
    officeJs: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  });

  it("parses as ES5", () => {
    expect(parsesAt(boot, 5)).toBeUndefined();
  });

  it("and the check is real: ES2015 syntax does not", () => {
    expect(parsesAt(`${boot}\nconst later = () => 1;`, 5)).toMatch(/reserved|Unexpected/);
  });
});

const built = existsSync(path.join(DIST, "taskpane.html"));
const whenBuilt = built ? describe : describe.skip;

whenBuilt("dist/ (the production build)", () => {
  const files = built ? readdirSync(DIST).filter((f) => f.endsWith(".js")) : [];
  const bootFiles = files.filter((f) => /^boot\.[0-9a-f]{8}\.js$/.test(f));
  const bundle = files.filter((f) => !bootFiles.includes(f));

  it("has one boot script, which taskpane.html loads first, before office.js", () => {
    expect(bootFiles).toHaveLength(1);
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe(bootFiles[0]);
    expect(scripts[1]).toMatch(/\/office\.js$/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(parsesAt(readFileSync(path.join(DIST, bootFiles[0] ?? ""), "utf8"), 5)).toBeUndefined();
  });

  it("parses every file of the bundle at ES2020", () => {
    expect(bundle.length).toBeGreaterThan(5);
    const failing = bundle
      .map((f) => [f, parsesAt(readFileSync(path.join(DIST, f), "utf8"), 2020)])
      .filter(([, error]) => error !== undefined);
    expect(failing).toEqual([]);
  });

  it("holds no eval or new Function (the pane runs under a Content-Security-Policy without 'unsafe-eval')", () => {
    const dynamic = bundle.filter((f) =>
      /\bnew Function\s*\(|[^.\w$]eval\s*\(/.test(readFileSync(path.join(DIST, f), "utf8")),
    );
    expect(dynamic).toEqual([]);
  });
});
