import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateManifest } from "./validate-manifest";

const ROOT = path.join(__dirname, "..", "..");
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const distManifest = path.join(ROOT, "dist", "manifest.xml");

/** Replaces exactly one occurrence, so a test cannot silently mutate nothing. */
function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const count = (xml.match(new RegExp(from, "g")) ?? []).length;
  if (count !== 1) throw new Error(`expected one match for ${String(from)}, found ${count}`);
  return xml.replace(from, to);
}

describe("manifest.xml against the Office add-in XSDs", () => {
  it("is valid", async () => {
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("rejects an element out of order (Version before Id)", async () => {
    const id = /<Id>[^<]*<\/Id>\s*/.exec(manifest)?.[0] ?? "";
    const swapped = replaceOnce(manifest.replace(id, ""), /(<Version>[^<]*<\/Version>\s*)/, `$1${id}`);
    const result = await validateManifest(swapped);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(
      /Version': This element is not expected\. Expected is \( \S*Id \)/,
    );
  });

  it("rejects a permission that task pane add-ins do not have", async () => {
    const broken = replaceOnce(
      manifest,
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadWriteEverything</Permissions>",
    );
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/Permissions.*not an element of the set/);
  });

  it("rejects a resource id longer than 32 characters", async () => {
    const long = "OpenPane.Label.ThatIsFarTooLongForOffice";
    const broken = manifest.replace(/"OpenPane\.Label"/g, `"${long}"`);
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/maxLength/);
  });

  it("asks for ExcelApi 1.13, the minimum README and both admin guides state", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.13"\/>/);
    for (const doc of ["README.md", "docs/admins.md", "docs/admins.zh-CN.md"])
      expect(readFileSync(path.join(ROOT, doc), "utf8")).toContain("ExcelApi 1.13");
  });

  // The admin center refuses a manifest over 512 KB
  // (https://learn.microsoft.com/microsoft-365/admin/manage/office-addins#upload-custom-office-add-ins-in-your-organization).
  it("stays far below the admin center's 512 KB upload limit", () => {
    expect(Buffer.byteLength(manifest)).toBeLessThan(64 * 1024);
  });

  it("carries package.json's version as <Version>", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const version = /<Version>([^<]*)<\/Version>/.exec(manifest)?.[1];
    expect(version).toBe(`${pkg.version.replace(/-.*$/, "")}.0`);
  });
});

// `npm test` builds for production before jest runs, so in CI this checks what would be deployed.
// After `npm run build:dev`, dist/ holds the manifest unchanged: only the schema check applies then.
const built = existsSync(distManifest) ? readFileSync(distManifest, "utf8") : undefined;
const whenBuilt = built === undefined ? describe.skip : describe;
const whenBuiltForProduction = built === undefined || built === manifest ? it.skip : it;

whenBuilt("dist/ (the deployable folder)", () => {
  it("carries the organisation's catalogue, catalog/*.process.json unchanged, with its index", () => {
    const files = readdirSync(path.join(ROOT, "catalog"))
      .filter((f) => f.endsWith(".process.json"))
      .sort();
    const index = JSON.parse(readFileSync(path.join(ROOT, "dist", "catalog", "index.json"), "utf8")) as {
      schema: number;
      processes: { file: string }[];
    };
    expect(index.schema).toBe(1);
    expect(index.processes.map((p) => p.file)).toEqual(files);
    for (const f of files)
      expect(readFileSync(path.join(ROOT, "dist", "catalog", f))).toEqual(
        readFileSync(path.join(ROOT, "catalog", f)),
      );
  });
});

whenBuilt("dist/manifest.xml (the build's manifest)", () => {
  it("is valid", async () => {
    const result = await validateManifest(built ?? "", "dist/manifest.xml");
    expect(result.errors).toEqual([]);
  });

  it("is under the admin center's 512 KB upload limit", () => {
    expect(Buffer.byteLength(built ?? "")).toBeLessThan(512 * 1024);
  });

  whenBuiltForProduction("has every dev-server URL replaced by one https base URL", () => {
    const urls = [...(built ?? "").matchAll(/Value="(https?:\/\/[^"]*)"/g)].map((m) => m[1] ?? "");
    const devUrls = [...manifest.matchAll(/Value="(https:\/\/localhost:3000\/[^"]*)"/g)].map(
      (m) => m[1] ?? "",
    );
    expect(built).not.toMatch(/localhost/);
    expect(urls).toHaveLength(devUrls.length);
    const base = (urls.find((u) => u.endsWith("/taskpane.html")) ?? "").replace(/taskpane\.html$/, "");
    expect(base).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
    expect(urls).toEqual(devUrls.map((u) => u.replace("https://localhost:3000/", base)));
  });
});
