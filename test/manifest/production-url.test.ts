// webpack.config.js takes the production URL from `--env url=…`; a wrong one must stop the build,
// because Office loads add-ins over https only and the manifest's URLs are built by appending to it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateManifest } from "./validate-manifest";

const ROOT = path.join(__dirname, "..", "..");

type WebpackConfigFn = (env: Record<string, unknown>, options: { mode: string }) => Promise<unknown>;

async function loadConfig(): Promise<WebpackConfigFn> {
  const file = path.join(__dirname, "..", "..", "webpack.config.js");
  return ((await import(file)) as { default: WebpackConfigFn }).default;
}

describe("the production URL (--env url)", () => {
  it.each(["https://procsheet.example.com/", "https://contoso.example/procsheet/", undefined])(
    "accepts %s",
    async (url) => {
      const config = await loadConfig();
      await expect(config(url === undefined ? {} : { url }, { mode: "production" })).resolves.toBeDefined();
    },
  );

  it.each([
    "http://contoso.example/",
    "https://contoso.example/procsheet",
    "https://contoso.example/?v=1/",
    "contoso",
  ])("rejects %s", async (url) => {
    const config = await loadConfig();
    await expect(config({ url }, { mode: "production" })).rejects.toThrow(/--env url/);
  });
});

/** The manifest as `npm run build -- --env url=<url>` writes it into dist/ (the build's own copy step). */
async function builtManifest(url: string): Promise<string> {
  const config = (await (
    await loadConfig()
  )({ url }, { mode: "production" })) as {
    plugins: {
      patterns?: { to?: string; transform?: (content: Buffer, from: string) => string | Buffer }[];
    }[];
  };
  const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.to === "manifest.xml");
  if (!pattern?.transform) throw new Error("the build does not copy manifest.xml");
  return String(pattern.transform(readFileSync(path.join(ROOT, "manifest.xml")), "manifest.xml"));
}

describe("the deployable manifest for another host", () => {
  const url = "https://contoso.sharepoint.example/sites/apps/procsheet/";

  it("points every URL of the manifest at that host, and still validates offline", async () => {
    const source = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const xml = await builtManifest(url);
    const devUrls = [...source.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1] ?? "");
    expect(devUrls.length).toBeGreaterThan(5);
    expect(xml).not.toMatch(/localhost/);
    for (const dev of devUrls) expect(xml).toContain(`"${dev.replace("https://localhost:3000/", url)}"`);
    expect(xml).toContain(`<SourceLocation DefaultValue="${url}taskpane.html">`);
    expect((await validateManifest(xml, "dist/manifest.xml")).errors).toEqual([]);
  });

  it("keeps the en and zh-CN overrides, the zh-CN URLs on that host too", async () => {
    const source = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const xml = await builtManifest(url);
    const zh = (text: string): string[] =>
      [...text.matchAll(/Override Locale="zh-CN" Value="([^"]*)"/g)].map((m) => m[1] ?? "");
    expect(zh(xml)).toHaveLength(zh(source).length);
    expect(zh(xml)).toContain("同步流程");
    expect(zh(xml)).toContain(`${url}taskpane.html`);
  });
});
