// Where the pane loads office.js from is a build option (`npm run build -- --env officejs=…`): Microsoft's
// worldwide CDN by default, or the CDN of Microsoft 365 operated by 21Vianet
// (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
// Both builds are real (the default one is `npm test`'s dist/, the 21Vianet one is made here): the pane's
// page and its boot script name that cloud's office.js, and the manifest validates.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type webpack from "webpack";
import { validateManifest } from "../manifest/validate-manifest";

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, "..", "..");
const GLOBAL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHINA = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
const URL_BASE = "https://apps.contoso.example/procsheet/";

type ConfigFn = (env: Record<string, unknown>, options: { mode: string }) => Promise<webpack.Configuration>;

async function config(env: Record<string, unknown>): Promise<webpack.Configuration> {
  const make = (await import(path.join(ROOT, "webpack.config.js"))) as { default: ConfigFn };
  return make.default(env, { mode: "production" });
}

/** `npm run build -- --env url=… <env>` into a temporary folder (the webpack CLI, as an admin runs it). */
function build(env: Record<string, string>): { dir: string; html: string; boot: string; manifest: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "procsheet-build-"));
  const cli = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
  const args = [cli, "--mode", "production", "--output-path", dir, "--env", `url=${URL_BASE}`];
  for (const [k, v] of Object.entries(env)) args.push("--env", `${k}=${v}`);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`the build failed:\n${r.stdout}\n${r.stderr}`);
  return read(dir);
}

function read(dir: string): { dir: string; html: string; boot: string; manifest: string } {
  const bootFile = readdirSync(dir).find((f) => /^boot\.[0-9a-f]{8}\.js$/.test(f)) ?? "";
  return {
    dir,
    html: readFileSync(path.join(dir, "taskpane.html"), "utf8"),
    boot: readFileSync(path.join(dir, bootFile), "utf8"),
    manifest: readFileSync(path.join(dir, "manifest.xml"), "utf8"),
  };
}

/** `npm test` has built the default into dist/ already; the other cloud is built here. */
const DIST = path.join(ROOT, "dist");

describe("--env officejs", () => {
  it.each([["local"], ["china"], ["https://example.com/office.js"]])(
    "refuses %s in a production build",
    async (value) => {
      await expect(config({ officejs: value })).rejects.toThrow(/--env officejs must be global or 21vianet/);
    },
  );

  it.each([
    ["the default (global)", {}, GLOBAL, CHINA],
    ["21vianet", { officejs: "21vianet" }, CHINA, GLOBAL],
  ])(
    "%s: taskpane.html and the boot script name that office.js; the manifest validates",
    async (_name, env: Record<string, string>, wanted, other) => {
      const reuse = Object.keys(env).length === 0 && existsSync(path.join(DIST, "taskpane.html"));
      const out = reuse ? read(DIST) : build(env);
      try {
        const scripts = [...out.html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
        expect(scripts[1]).toBe(wanted);
        expect(out.html).not.toContain(other);
        expect(out.boot).toContain(JSON.stringify(wanted));
        expect(out.manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/[^"]+\/taskpane\.html">/);
        expect((await validateManifest(out.manifest, "dist/manifest.xml")).errors).toEqual([]);
      } finally {
        if (!reuse) rmSync(out.dir, { recursive: true, force: true });
      }
    },
  );
});

describe("--env support", () => {
  it("points the manifest's <SupportUrl> at the admin's own help page, still valid", async () => {
    const c = await config({ url: URL_BASE, support: "https://helpdesk.contoso.example/procsheet?x=1&y=2" });
    const copy = (c.plugins ?? []).flatMap((p) => (p as { patterns?: unknown[] }).patterns ?? []) as {
      to?: string;
      transform?: (content: Buffer, from: string) => string | Buffer;
    }[];
    const pattern = copy.find((p) => p.to === "manifest.xml");
    const xml = String(pattern?.transform?.(readFileSync(path.join(ROOT, "manifest.xml")), "manifest.xml"));
    expect(xml).toContain(
      '<SupportUrl DefaultValue="https://helpdesk.contoso.example/procsheet?x=1&amp;y=2">',
    );
    expect(xml).not.toContain("support.html");
    expect((await validateManifest(xml, "dist/manifest.xml")).errors).toEqual([]);
  });

  it("refuses an address that is not https", async () => {
    await expect(config({ support: "http://helpdesk.contoso.example/" })).rejects.toThrow(/--env support/);
  });
});

it("the dev server's root address opens the workbench (npm start)", async () => {
  const { devServerOptions } = (await import(path.join(ROOT, "webpack.config.js"))) as {
    devServerOptions(workbench: boolean, server: unknown): { devMiddleware?: { index?: string } };
  };
  expect(devServerOptions(true, { type: "http" }).devMiddleware?.index).toBe("workbench.html");
});
