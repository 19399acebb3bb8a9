import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../process";
import { procsheetError } from "../error";
import type { ProcsheetError } from "../result";
import { matchKey, resolveText, textVariants, type Text } from "../text";
import { SYSTEM_COLUMNS, type SystemKey } from "./system-columns";

/** What a register column holds. */
export type ColumnKind = "system" | "field";

export interface ColumnBinding {
  /** 0-based position in the header row. */
  readonly index: number;
  readonly header: string;
  readonly key: string;
  readonly kind: ColumnKind;
}

export interface ColumnMap {
  /** Per header position: the key it holds, or undefined for a column Procsheet leaves alone. */
  readonly columns: readonly (ColumnBinding | undefined)[];
  readonly byKey: ReadonlyMap<string, ColumnBinding>;
  readonly missingSystem: readonly SystemKey[];
  readonly missingFields: readonly string[];
  /** The language the headers are written in; new cells (status, step) are written in it too. */
  readonly lang: Lang;
}

/**
 * Choices a person made when adopting a sheet: header (matchKey-normalised) → key, or "" for
 * "leave this column alone". Stored with the process so every sync maps the same way.
 */
export type ColumnOverrides = ReadonlyMap<string, string>;

interface Candidate {
  readonly key: string;
  readonly kind: ColumnKind;
  readonly header: Text;
}

function candidates(process: CompiledProcess): Candidate[] {
  return [
    ...SYSTEM_COLUMNS.map((c): Candidate => ({ key: c.key, kind: "system", header: c.header })),
    ...(process.definition.fields ?? []).map((f): Candidate => ({
      key: f.key,
      kind: "field",
      header: f.header,
    })),
  ];
}

/** Header text in `lang` for a key, for new registers and added columns. */
export function headerFor(process: CompiledProcess, key: string, lang: Lang): string {
  const c = candidates(process).find((x) => x.key === key);
  return c ? resolveText(c.header, lang) : key;
}

/** The register's columns in order: system columns first, then the process's fields. */
export function registerKeys(process: CompiledProcess): string[] {
  return candidates(process).map((c) => c.key);
}

function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Maps a header row to the process: by key or by header in any language, case-insensitive
 * (docs/specification.md §2). Unmapped columns are kept and left alone; two columns claiming one key is an error.
 * @example mapColumns(process, ["ID", "状态", "Amount", "Notes"])
 */
export function mapColumns(
  process: CompiledProcess,
  headers: readonly string[],
  overrides?: ColumnOverrides,
): { ok: true; value: ColumnMap } | { ok: false; error: ProcsheetError[] } {
  const lookup = new Map<string, { c: Candidate; lang?: Lang }>();
  for (const c of candidates(process)) {
    if (typeof c.header === "object") {
      if (c.header.en) lookup.set(matchKey(c.header.en), { c, lang: "en" });
      if (c.header["zh-CN"]) lookup.set(matchKey(c.header["zh-CN"]), { c, lang: "zh-CN" });
    } else for (const h of textVariants(c.header)) lookup.set(matchKey(h), { c });
  }
  // Keys win over headers: a column headed "status" is the status column even if a field is labelled so.
  for (const c of candidates(process)) {
    const k = matchKey(c.key);
    if (lookup.get(k)?.c.key !== c.key) lookup.set(k, { c });
  }

  const byCandidateKey = new Map(
    candidates(process).map((c): [string, { c: Candidate; lang?: Lang }] => [c.key, { c }]),
  );
  const votes: Record<Lang, number> = { en: 0, "zh-CN": 0 };
  const byKey = new Map<string, ColumnBinding>();
  const errors: ProcsheetError[] = [];
  const columns = headers.map((raw, index): ColumnBinding | undefined => {
    const header = String(raw ?? "");
    const chosen = overrides?.get(matchKey(header));
    if (chosen === "") return undefined;
    const hit = chosen !== undefined ? byCandidateKey.get(chosen) : lookup.get(matchKey(header));
    if (!hit) return undefined;
    if (hit.lang) votes[hit.lang] += 1;
    const binding: ColumnBinding = { index, header, key: hit.c.key, kind: hit.c.kind };
    const taken = byKey.get(hit.c.key);
    if (taken) {
      const params = { first: columnLetter(taken.index), second: columnLetter(index), key: hit.c.key };
      errors.push(procsheetError("SHEET_SHAPE", "sheet.duplicateColumn", params, { column: header }));
      return undefined;
    }
    byKey.set(hit.c.key, binding);
    return binding;
  });
  if (errors.length > 0) return { ok: false, error: errors };
  return {
    ok: true,
    value: {
      columns,
      byKey,
      missingSystem: SYSTEM_COLUMNS.map((c) => c.key).filter((k) => !byKey.has(k)),
      missingFields: (process.definition.fields ?? []).map((f) => f.key).filter((k) => !byKey.has(k)),
      lang: votes["zh-CN"] > votes.en ? "zh-CN" : "en",
    },
  };
}

export { columnLetter };
