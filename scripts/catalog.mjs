#!/usr/bin/env node
// The organisation's process catalogue index, with nothing but Node: `node scripts/catalog.mjs <folder>`
// writes <folder>/catalog/index.json (or <folder>/index.json when <folder> is the catalogue itself), and
// webpack.config.js calls catalogAssets() to put catalog/ and its index into every build.
// It writes exactly what `npx procsheet catalog <folder>` writes (src/core/workbook/catalog-index.ts;
// src/cli/commands/catalog.test.ts compares the two); that command also checks each file as a process
// definition, which this script leaves to the task pane.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const CATALOG_DIR = "catalog";
const CATALOG_INDEX = "index.json";
const SUFFIX = ".process.json";

/** @param {string} name */
const isCatalogFileName = (name) =>
  name.endsWith(SUFFIX) && name.length > SUFFIX.length && !name.startsWith(".") && !/[/\\]/.test(name);

/** @param {string} path */
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Plain files only: symbolic links are skipped, as `procsheet catalog` skips them (src/cli/files/catalog-folder.ts).
 * @param {string} dir
 */
function processFiles(dir) {
  if (!isDirectory(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => isCatalogFileName(e.name) && e.isFile())
    .map((e) => e.name)
    .sort();
}

/** @param {unknown} v */
function isText(v) {
  if (typeof v === "string") return true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return Object.entries(v).every(([k, x]) => (k === "en" || k === "zh-CN") && typeof x === "string");
}

/** @param {unknown} v */
const isVersion = (v) => typeof v === "number" && Number.isInteger(v) && v >= 1;

/** SHA-256 of the text as UTF-8 without a BOM, as the pane can recompute it. @param {string} text */
const contentHash = (text) =>
  createHash("sha256")
    .update(Buffer.from(text.replace(/^\uFEFF/, ""), "utf8"))
    .digest("hex");

/**
 * One index entry (see catalogIndexEntry in src/core/workbook/catalog-index.ts).
 * @param {string} file @param {string} text
 */
function indexEntry(file, text) {
  const sha256 = contentHash(text);
  let json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { file, sha256 };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json) || typeof json.id !== "string")
    return { file, sha256 };
  return {
    file,
    sha256,
    id: json.id,
    version: isVersion(json.version) ? json.version : 1,
    ...(isText(json.name) ? { name: json.name } : {}),
  };
}

/**
 * The catalogue folder for `folder`: itself when named catalog or holding *.process.json files, else its
 * catalog/ subfolder (same rule as `procsheet catalog`).
 * @param {string} folder
 */
export function catalogFolder(folder) {
  const path = resolve(folder);
  if (basename(path) === CATALOG_DIR || processFiles(path).length > 0) return path;
  return join(path, CATALOG_DIR);
}

/**
 * The files of a catalogue folder and the text of its index (stable: no dates, sorted by file name).
 * @param {string} dir
 */
export function buildCatalog(dir) {
  const files = processFiles(dir).map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, bytes, entry: indexEntry(file, bytes.toString("utf8")) };
  });
  const index = { schema: 1, processes: files.map((f) => f.entry) };
  return { files, json: `${JSON.stringify(index, null, 2)}\n` };
}

/**
 * What a build puts in catalog/: each *.process.json as it is, and index.json (an empty index when the
 * folder is missing or empty, so the pane finds one either way).
 * @param {string} dir
 * @returns {Map<string, Buffer>} file name inside catalog/ → contents
 */
export function catalogAssets(dir) {
  const { files, json } = buildCatalog(dir);
  const out = new Map(files.map((f) => [f.file, f.bytes]));
  out.set(CATALOG_INDEX, Buffer.from(json, "utf8"));
  return out;
}

const MESSAGES = {
  en: {
    usage: "Usage: node scripts/catalog.mjs <deployed add-in folder | catalog folder>",
    noFolder: (f) =>
      `${f} is not a folder: give the deployed add-in folder (with catalog/) or the catalog folder`,
    listed: (f, e) => `✓ ${f}: ${e.id} version ${e.version}`,
    unreadable: (f) => `? ${f}: not a process definition (the Procsheet pane shows why)`,
    wrote: (f, n) => `Wrote ${f}: ${n} ${n === 1 ? "file" : "files"}.`,
  },
  "zh-CN": {
    usage: "用法：node scripts/catalog.mjs <已部署的加载项文件夹 | catalog 文件夹>",
    noFolder: (f) => `${f} 不是文件夹：请指定已部署的加载项文件夹（含 catalog/）或 catalog 文件夹`,
    listed: (f, e) => `✓ ${f}：${e.id} 版本 ${e.version}`,
    unreadable: (f) => `? ${f}：不是流程定义（Procsheet 窗格会显示原因）`,
    wrote: (f, n) => `已写入 ${f}：${n} 个文件。`,
  },
};

/** @param {string[]} argv @param {NodeJS.ProcessEnv} env @returns {number} exit code */
export function main(argv, env = process.env) {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v) ?? "";
  const m = MESSAGES[locale.toLowerCase().startsWith("zh") ? "zh-CN" : "en"];
  const [folder] = argv;
  if (folder === undefined || argv.length > 1) {
    console.error(m.usage);
    return 2;
  }
  if (!isDirectory(resolve(folder))) {
    console.error(m.noFolder(folder));
    return 2;
  }
  const dir = catalogFolder(folder);
  if (!existsSync(dir)) mkdirSync(dir);
  const { files, json } = buildCatalog(dir);
  for (const f of files) console.log(f.entry.id ? m.listed(f.file, f.entry) : m.unreadable(f.file));
  // Written beside the target and renamed over it, so a web server never serves half an index.
  const target = join(dir, CATALOG_INDEX);
  const temp = join(dir, `.${CATALOG_INDEX}.${process.pid}.tmp`);
  writeFileSync(temp, json);
  renameSync(temp, target);
  console.log(m.wrote(relative(process.cwd(), target) || target, files.length));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
