import { parse } from "csv-parse/sync";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { seededRandom } from "../../core/random";
import { loadProcess } from "../../core/definition/load";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import { headerFor } from "../../core/register/columns";
import { encodeCell } from "../../core/register/row-codec";
import type { RuleValue } from "../../core/definition/types";
import { parseLocal, toExcelSerial } from "../../core/time/local-time";
import { MINI, removeTempDirs, tempDir } from "../../../test/fixtures/cli/cli-harness";
import {
  int,
  pick,
  randomRegister,
  randomText,
  type Random,
  type RandomRegister,
} from "../../../test/fixtures/cli/random-register";
import {
  columnName,
  readFixtureXlsx,
  splitAddress,
  writeFixtureXlsx,
  type FixtureCell,
  type FixtureSheet,
  type ReadCell,
} from "../../../test/fixtures/cli/xlsx-fixture";
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

// ---- .xlsx ----

function xlsxCell(r: Random, key: string | undefined, text: string): FixtureCell {
  if (text === "") return null;
  if (key === undefined) {
    if (r() < 0.1) return { formula: "1+1", result: 2 };
    return r() < 0.1 ? int(r, 1000) : text;
  }
  if (key === "amount" && /^\d+(\.\d+)?$/.test(text) && r() < 0.8) return Number(text);
  const t = parseLocal(text.replace(" ", "T"));
  if (t !== undefined && r() < 0.8)
    return key === "due" ? { date: toExcelSerial(t) } : { date: toExcelSerial(t), time: true };
  return text;
}

interface Placed {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
}

function xlsxRendered(
  process: CompiledProcess,
  key: string,
  value: RuleValue | undefined,
  lang: Lang,
): ReadCell | undefined {
  const out = encodeCell(process, key, value, lang);
  switch (out.kind) {
    case "empty":
      return undefined;
    case "text":
      return { type: "s", value: out.value };
    case "number":
      return { type: "n", value: out.value };
    case "boolean":
      return { type: "b", value: out.value };
    case "date":
      return { type: "n", value: toExcelSerial(out.value), date: true };
  }
}

function sameCell(a: ReadCell | undefined, b: ReadCell | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.type !== b.type || (a.date ?? false) !== (b.date ?? false)) return false;
  // Dates to the second: a serial holds a time as a fraction of a day.
  if (a.date && typeof a.value === "number" && typeof b.value === "number")
    return Math.abs(a.value - b.value) < 0.5 / 86400;
  return a.value === b.value;
}

function xlsxDifferences(
  process: CompiledProcess,
  reg: RandomRegister,
  place: Placed,
  before: Map<string, Map<string, ReadCell>>,
  after: Map<string, Map<string, ReadCell>>,
  json: SyncJson,
): string[] {
  const problems: string[] = [];
  const added = systemByHeader(process, reg.lang);
  const outSheet = after.get(place.sheet) ?? new Map<string, ReadCell>();
  const header = (col: number): string | undefined => {
    const c = outSheet.get(`${columnName(col)}${place.top}`);
    return c?.type === "s" ? String(c.value) : undefined;
  };
  const keyOf = (col: number): string | undefined => {
    const j = col - place.left;
    if (j < 0) return undefined;
    return j < reg.keys.length ? reg.keys[j] : added.get(header(col) ?? "");
  };
  const idCol = Array.from({ length: reg.keys.length + SYSTEM.size }, (_x, j) => place.left + j).find(
    (c) => keyOf(c) === "id",
  );
  const byId = new Map(
    json.rows.filter((row) => typeof row.id === "string").map((row) => [row.id as string, row]),
  );
  for (const [name, cells] of before) {
    const out = after.get(name);
    if (!out) {
      problems.push(`sheet ${name} is gone`);
      continue;
    }
    for (const ref of new Set([...cells.keys(), ...out.keys()])) {
      const was = cells.get(ref);
      const now = out.get(ref);
      if (sameCell(was, now)) continue;
      const [row, col] = splitAddress(ref);
      const key = name === place.sheet ? keyOf(col) : undefined;
      const id = idCol === undefined ? undefined : out.get(`${columnName(idCol)}${row}`)?.value;
      const view = typeof id === "string" ? byId.get(id) : undefined;
      const expected =
        row === place.top && was === undefined && key !== undefined && col - place.left >= reg.keys.length
          ? now // an added column's header
          : key && SYSTEM.has(key) && row > place.top && view
            ? xlsxRendered(process, key, view[key], reg.lang)
            : undefined;
      if (!sameCell(now, expected) || expected === undefined)
        problems.push(
          `${name}!${ref} (${key ?? "not the sync's"}): ${JSON.stringify(was)} → ${JSON.stringify(now)}` +
            (expected === undefined ? "" : `, --json says ${JSON.stringify(expected)}`),
        );
    }
  }
  return problems;
}

async function xlsxCase(process: CompiledProcess, seed: number): Promise<string[]> {
  const r = seededRandom(seed);
  const reg = randomRegister(r, process);
  const offset = r() < 0.3;
  const place: Placed = {
    sheet: reg.lang === "en" ? "Register" : "登记表",
    top: offset ? 3 : 1,
    left: offset ? 2 : 1,
  };
  const rows = [reg.headers, ...reg.rows.map((row) => row.map((c, j) => xlsxCell(r, reg.keys[j], c)))];
  const sheets: FixtureSheet[] = [
    ...(r() < 0.4 ? [{ name: "Cover", rows: [[randomText(r) || "Cover"], [null, 42, randomText(r)]] }] : []),
    {
      name: place.sheet,
      rows,
      top: place.top,
      left: place.left,
      ...(r() < 0.6 ? { table: "Register" } : {}),
    },
  ];
  const bytes = await writeFixtureXlsx(sheets, { strings: r() < 0.7 ? "shared" : "inline" });
  const dir = tempDir();
  writeFileSync(join(dir, "in.xlsx"), bytes);
  const run = await procsheet(dir, ["sync", MINI, "in.xlsx", "--now", NOW, "--out", "out.xlsx", "--json"]);
  if (run.code !== 0 && run.code !== 1) return [`exit ${run.code}: ${run.stderr}`];
  if (!readFileSync(join(dir, "in.xlsx")).equals(bytes)) return ["the input file changed"];
  const before = await readFixtureXlsx(bytes);
  const after = await readFixtureXlsx(readFileSync(join(dir, "out.xlsx")));
  return xlsxDifferences(process, reg, place, before, after, JSON.parse(run.stdout) as SyncJson);
}

// ---- CSV → .xlsx ----

/**
 * A CSV register converted to .xlsx: the header as it was (system columns may follow), every row in
 * order from row 2; a column Procsheet leaves alone holds the CSV's text exactly; a mapped cell of a row
 * --json shows holds what --json says, typed (numbers, dates), else the CSV's text.
 */
function conversionDifferences(
  process: CompiledProcess,
  reg: RandomRegister,
  before: readonly string[][],
  sheet: ReadonlyMap<string, ReadCell>,
  json: SyncJson,
): string[] {
  const problems: string[] = [];
  const headerAt = before.findIndex((rec) => rec.some((c) => c.trim() !== ""));
  const header = before[headerAt] ?? [];
  const added = systemByHeader(process, reg.lang);
  const text = (ref: string): string | undefined => {
    const c = sheet.get(ref);
    return c?.type === "s" ? String(c.value) : undefined;
  };
  const width = Math.max(header.length, ...[...sheet.keys()].map((ref) => splitAddress(ref)[1]));
  const keyOf = (col: number): string | undefined =>
    col <= reg.keys.length ? reg.keys[col - 1] : added.get(text(`${columnName(col)}1`) ?? "");
  header.forEach((h, j) => {
    if (text(`${columnName(j + 1)}1`) !== h.trim()) problems.push(`header ${j}: ${JSON.stringify(h)}`);
  });
  const idCol = Array.from({ length: width }, (_x, j) => j + 1).find((c) => keyOf(c) === "id");
  const byId = new Map(
    json.rows.filter((row) => typeof row.id === "string").map((row) => [row.id as string, row]),
  );
  const rows = before.slice(headerAt + 1);
  for (const ref of sheet.keys())
    if (splitAddress(ref)[0] > rows.length + 1) problems.push(`${ref} below the rows`);
  rows.forEach((rec, i) => {
    const row = i + 2;
    const id = idCol === undefined ? undefined : text(`${columnName(idCol)}${row}`);
    const view = id ? byId.get(id) : undefined;
    for (let col = 1; col <= width; col++) {
      const ref = `${columnName(col)}${row}`;
      const now = sheet.get(ref);
      const raw = rec[col - 1] ?? "";
      const asText: ReadCell | undefined = raw.trim() === "" ? undefined : { type: "s", value: raw };
      const key = keyOf(col);
      if (key !== undefined && view === undefined) continue; // a row --json does not show: its read values are the codec's
      const expected =
        key !== undefined && view?.[key] !== undefined
          ? xlsxRendered(process, key, view[key], reg.lang)
          : asText;
      if (!sameCell(now, expected))
        problems.push(
          `${ref} (${key ?? header[col - 1]}): ${JSON.stringify(raw)} → ${JSON.stringify(now)}, expected ${JSON.stringify(expected)}`,
        );
    }
  });
  return problems;
}

async function conversionCase(process: CompiledProcess, seed: number): Promise<string[]> {
  const r = seededRandom(seed);
  const reg = randomRegister(r, process);
  const layout = { ...randomLayout(r, reg.headers.length), encoding: "utf-8" as const };
  const bytes = encodeText(csvText(r, reg, layout), "utf-8", layout.bom) as Buffer;
  const dir = tempDir();
  writeFileSync(join(dir, "in.csv"), bytes);
  const run = await procsheet(dir, ["sync", MINI, "in.csv", "--now", NOW, "--out", "out.xlsx", "--json"]);
  if (run.code !== 0 && run.code !== 1) return [`exit ${run.code}: ${run.stderr}`];
  const book = await readFixtureXlsx(readFileSync(join(dir, "out.xlsx")));
  const sheet = book.get(reg.lang === "en" ? "Purchase" : "采购");
  if (!sheet) return [`no register sheet among ${[...book.keys()].join(", ")}`];
  return conversionDifferences(
    process,
    reg,
    readCsv(bytes, layout),
    sheet,
    JSON.parse(run.stdout) as SyncJson,
  );
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

  it(`converts ${CASES} random CSV registers to .xlsx with every text kept and the typed cells --json says`, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= CASES; seed++) {
      const problems = await conversionCase(process, seed);
      if (problems.length > 0) failures.push(`seed ${seed}: ${problems.slice(0, 3).join("; ")}`);
    }
    expect(failures).toEqual([]);
  });

  it(`changes nothing in ${CASES} random .xlsx registers but the cells the sync changed, which read as --json says`, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= CASES; seed++) {
      const problems = await xlsxCase(process, seed);
      if (problems.length > 0) failures.push(`seed ${seed}: ${problems.slice(0, 3).join("; ")}`);
    }
    expect(failures).toEqual([]);
  });
});
