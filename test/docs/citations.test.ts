/**
 * The repo explains itself: every file the docs and READMEs name exists, and no code or doc points outside
 * the repository (docs/architecture.md).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" })
  .split("\n")
  .filter((f) => f && existsSync(join(ROOT, f)));
const texts = tracked.filter((f) => /\.(md|ts|tsx|mjs|json)$/.test(f) && f !== "package-lock.json");

describe("the repository explains itself", () => {
  it("names only files that exist, in its docs and READMEs", () => {
    const missing: string[] = [];
    for (const doc of tracked.filter((f) => f.endsWith(".md"))) {
      const text = readFileSync(join(ROOT, doc), "utf8");
      for (const [path] of text.matchAll(
        /\b(?:src|test|bench|templates|scripts)\/[\w./-]+\.(?:ts|tsx|mjs|json|md)\b/g,
      ))
        if (!existsSync(join(ROOT, path))) missing.push(`${doc}: ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it("cites no design note outside the repository", () => {
    const outside =
      /\.\.\/shared\/|\b(?:process-format|mission-anchors|office-ecosystem|spike|style|PRODUCT)\.md\b/;
    const found = texts.filter(
      (f) => f !== "test/docs/citations.test.ts" && outside.test(readFileSync(join(ROOT, f), "utf8")),
    );
    expect(found).toEqual([]);
  });
});
