import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { placeOf } from "../../core/definition/place";
import { describeError } from "../../core/error";
import "../../words/cli-reports";
import { say } from "../../words/say";
import type { Lang } from "../../words/lang";
import { formatProblem, loadProcess } from "../../core/definition/load";
import type { CompiledProcess } from "../../core/process";
import type { ProcsheetError } from "../../core/result";
import type { Context } from "../context";
import { badInput } from "../failure";
import { decodeText, encodingLabel, type DecodedText } from "./text-file";

export interface LoadedProcess {
  readonly file: string;
  readonly process: CompiledProcess;
}

/** A text file as read: its text and encoding, and the bytes they came from. */
export interface TextFile extends DecodedText {
  readonly bytes: Buffer;
}

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : String(e);
}

/**
 * Reads a text file in whatever encoding it came (text-file.ts), saying on stderr when that is not UTF-8;
 * a missing or unreadable file, or bytes that are text in no encoding tried, are bad input naming it.
 */
export function readText(ctx: Context, file: string): TextFile {
  const bytes = readBinaryFile(ctx, file);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw badInput(ctx.m.undecodable(file, decoded.offset));
  if (decoded.value.encoding !== "utf-8")
    ctx.err(ctx.m.readEncoding(file, encodingLabel(decoded.value.encoding)));
  return { ...decoded.value, bytes };
}

/** The text of a file (BOM removed), as readText reads it. */
export function readTextFile(ctx: Context, file: string): string {
  return readText(ctx, file).text;
}

export function readBinaryFile(ctx: Context, file: string): Buffer {
  try {
    return readFileSync(resolve(ctx.cwd, file));
  } catch (e) {
    const code = errorCode(e);
    if (code === "ENOENT") throw badInput(ctx.m.fileMissing(file));
    if (code === "EISDIR") throw badInput(ctx.m.isDirectory(file));
    throw badInput(ctx.m.fileUnreadable(file, code));
  }
}

/**
 * A definition problem as one line: `path: message` in the reader's language; given the definition (even
 * one that failed to load), the place in words stands beside the path: `path: owner rule 1 of “Review”,
 * its condition: message`.
 */
export function problemLine(p: ProcsheetError, lang: Lang, definition?: unknown): string {
  const { rowId: _rowId, ...rest } = p;
  const text = lang === "en" ? p.message : describeError(rest, lang);
  const place = p.path && definition !== undefined ? placeOf(p.path, definition, lang) : undefined;
  if (p.path && place) return say("cli.problemAt", { path: p.path, place, problem: text }, lang);
  if (lang === "en") return formatProblem(p);
  return p.path && !text.startsWith(p.path) ? `${p.path}：${text}` : text;
}

/**
 * Loads a process definition (a path, or a template id) for a command that needs a valid one;
 * an invalid one is bad input.
 */
export function loadProcessFile(ctx: Context, arg: string): LoadedProcess {
  const file = resolveDefinition(ctx, arg);
  const r = loadProcess(readTextFile(ctx, file));
  if (r.ok) return { file, process: r.value };
  const first = r.error[0];
  throw badInput(ctx.m.invalidDefinition(file, r.error.length, first ? problemLine(first, ctx.lang) : ""));
}

/** The package root (where package.json and templates/ are), found upwards from the compiled file. */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
}

/** Template ids shipped with the package: templates/<id>.process.json. */
export function templateIds(root: string = packageRoot()): string[] {
  try {
    return readdirSync(join(root, "templates"))
      .filter((f) => f.endsWith(".process.json"))
      .map((f) => f.slice(0, -".process.json".length))
      .sort();
  } catch {
    return [];
  }
}

const TEMPLATE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A definition argument: a path to a definition, or a template id that names
 * templates/<id>.process.json in the package. A path wins when both could be meant.
 */
export function resolveDefinition(ctx: Context, arg: string): string {
  if (existsSync(resolve(ctx.cwd, arg)) || !TEMPLATE_ID.test(arg)) return arg;
  const file = join(packageRoot(), "templates", `${arg}.process.json`);
  if (existsSync(file)) return file;
  throw badInput(ctx.m.unknownTemplate(arg, templateIds()));
}
