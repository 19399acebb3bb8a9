import { parse } from "csv-parse/sync";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { seededRandom } from "../../core/analysis/random";
import { loadProcess } from "../../core/definition/load";
import type { Lang } from "../../core/i18n/lang";
import type { CompiledProcess } from "../../core/process";
import { headerFor } from "../../core/register/columns";
import { encodeCell } from "../../core/register/row-codec";
import type { RuleValue } from "../../core/definition/types";
import { MINI, removeTempDirs, tempDir } from "../../../test/fixtures/cli/cli-harness";
import {
  pick,
  randomRegister,
  type Random,
  type RandomRegister,
} from "../../../test/fixtures/cli/random-register";
import { csvCellText, unguardCsv } from "../files/csv";
import { encodeText, type TextEncoding } from "../files/text-file";
import { main } from "../main";

afterAll(removeTempDirs);

const NOW = "2026-01-05T09:00:00";
const CASES = 120;

function miniProcess(): CompiledProcess {
  const loaded = loadProcess(readFileSync(MINI, "utf8"));
  if (!loaded.ok) throw new Error("the mini process does not load");
  return loaded.value;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command line in this process: a hundred spawned ones would take minutes. */
async function procsheet(cwd: string, args: readonly string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    env: { LANG: "C.UTF-8" },
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

type JsonRow = Record<string, RuleValue>;

interface SyncJson {
  readonly rows: readonly JsonRow[];
}

// ---- CSV ----

interface CsvLayout {
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  readonly delimiter: "," | ";" | "\t";
  /** One line end, or undefined for a random one per record. */
  readonly eol: "\n" | "\r\n" | "\r" | undefined;
}

function csvField(r: Random, text: string, delimiter: string): string {
  const needs = text.includes(delimiter) || /["\r\n]/.test(text);
  return needs || r() < 0.1 ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText(r: Random, reg: RandomRegister, layout: CsvLayout): string {
  const records = [reg.headers, ...reg.rows];
  const lead = r() < 0.1 ? "\n" : "";
  const eol = (): string => layout.eol ?? pick(r, ["\n", "\r\n", "\r"]);
  const body = records.map((rec) => rec.map((c) => csvField(r, c, layout.delimiter)).join(layout.delimiter));
  return lead + body.map((line, i) => line + (i < body.length - 1 || r() < 0.7 ? eol() : "")).join("");
}

function randomLayout(r: Random, columns: number): CsvLayout {
  const encoding = pick<TextEncoding>(r, ["utf-8", "utf-8", "utf-16le", "utf-16be", "gb18030"]);
  return {
    encoding,
    bom: encoding === "utf-16le" || encoding === "utf-16be" ? true : encoding === "utf-8" && r() < 0.5,
    // With one column the header shows no delimiter, and a reader takes the comma.
    delimiter: columns < 2 ? "," : pick(r, [",", ";", "\t"] as const),
    eol: r() < 0.25 ? undefined : pick(r, ["\n", "\r\n", "\r"] as const),
  };
}

/** A CSV file's cells as any reader sees them: decoded, parsed, the formula mark `'` taken off. */
function readCsv(bytes: Buffer, layout: CsvLayout): string[][] {
  const text = new TextDecoder(layout.encoding).decode(bytes);
  const records = parse(text, {
    delimiter: layout.delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
  return records.map((rec) => rec.map(unguardCsv));
}

function csvRendered(
  process: CompiledProcess,
  key: string,
  value: RuleValue | undefined,
  lang: Lang,
): string {
  return unguardCsv(csvCellText(encodeCell(process, key, value, lang)));
}

const SYSTEM = new Set(["id", "step", "status", "owner", "due", "stepStarted", "created", "closed"]);

/**
 * Compares a register read back with the one written: header kept (system columns may follow), every
 * row kept, a cell Procsheet leaves alone identical, a cell it changed equal to what --json says.
 */
function csvDifferences(
  process: CompiledProcess,
  reg: RandomRegister,
  before: readonly string[][],
  after: readonly string[][],
  json: SyncJson,
): string[] {
  const problems: string[] = [];
  const headerAt = before.findIndex((rec) => rec.some((c) => c.trim() !== ""));
  if (after.length !== before.length) problems.push(`records ${before.length} → ${after.length}`);
  const inHeader = before[headerAt] ?? [];
  const outHeader = after[headerAt] ?? [];
  inHeader.forEach((h, j) => {
    if (outHeader[j] !== h)
      problems.push(`header ${j}: ${JSON.stringify(h)} → ${JSON.stringify(outHeader[j])}`);
  });
  const added = systemByHeader(process, reg.lang);
  const keyOf = (j: number): string | undefined =>
    j < reg.keys.length ? reg.keys[j] : added.get(outHeader[j] ?? "");
  const idColumn = [...outHeader.keys()].find((j) => keyOf(j) === "id");
  const byId = new Map(
    json.rows.filter((row) => typeof row.id === "string").map((row) => [row.id as string, row]),
  );
  for (let i = 0; i < before.length; i++) {
    if (i <= headerAt) {
      if (i < headerAt && JSON.stringify(before[i]) !== JSON.stringify(after[i]))
        problems.push(`line ${i} before the header changed`);
      continue;
    }
    const inRow = before[i] ?? [];
    const outRow = after[i] ?? [];
    const id = idColumn === undefined ? undefined : outRow[idColumn];
    const view = id ? byId.get(id) : undefined;
    for (let j = 0; j < Math.max(inRow.length, outRow.length, outHeader.length); j++) {
      const was = inRow[j] ?? "";
      const now = outRow[j] ?? "";
      if (was === now) continue;
      const key = keyOf(j);
      const expected =
        key && SYSTEM.has(key) && view ? csvRendered(process, key, view[key], reg.lang) : undefined;
      if (now !== expected)
        problems.push(
          `row ${i} col ${j} (${key ?? inHeader[j]}): ${JSON.stringify(was)} → ${JSON.stringify(now)}` +
            (expected === undefined
              ? " (a cell the sync does not write)"
              : `, --json says ${JSON.stringify(expected)}`),
        );
    }
  }
  return problems;
}

/** Header text → key, for the system columns a sync adds at the right. */
function systemByHeader(process: CompiledProcess, lang: Lang): Map<string, string> {
  return new Map([...SYSTEM].map((k) => [headerFor(process, k, lang), k]));
}

async function csvCase(process: CompiledProcess, seed: number): Promise<string[]> {
  const r = seededRandom(seed);
  const reg = randomRegister(r, process);
  let layout = randomLayout(r, reg.headers.length);
  const text = csvText(r, reg, layout);
  let bytes = encodeText(text, layout.encoding, layout.bom);
  if (!bytes) {
    layout = { ...layout, encoding: "utf-8", bom: false };
    bytes = encodeText(text, "utf-8", false) as Buffer;
  }
  const dir = tempDir();
  writeFileSync(join(dir, "in.csv"), bytes);
  const run = await procsheet(dir, ["sync", MINI, "in.csv", "--now", NOW, "--out", "out.csv", "--json"]);
  if (run.code !== 0 && run.code !== 1) return [`exit ${run.code}: ${run.stderr}`];
  if (!readFileSync(join(dir, "in.csv")).equals(bytes)) return ["the input file changed"];
  const before = readCsv(bytes, layout);
  const after = readCsv(readFileSync(join(dir, "out.csv")), layout);
  return csvDifferences(process, reg, before, after, JSON.parse(run.stdout) as SyncJson);
}

describe("a sync round trip (property test over seeded random registers)", () => {
  const process = miniProcess();

  it(`changes nothing in ${CASES} random CSV registers but the cells the sync changed, which read as --json says`, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= CASES; seed++) {
      const problems = await csvCase(process, seed);
      if (problems.length > 0) failures.push(`seed ${seed}: ${problems.slice(0, 3).join("; ")}`);
    }
    expect(failures).toEqual([]);
  });
});
