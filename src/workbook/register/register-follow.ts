import type { Lang } from "../../words/lang";
import { procsheetError } from "../../core/error";
import type { CompiledProcess } from "../../core/process";
import { headerFor, mapColumns, type ColumnOverrides } from "../../core/register/columns";
import type { ProcsheetError, Result } from "../../core/result";
import { cleanText, matchKey, resolveText, textVariants, type Text } from "../../core/text";

/**
 * How a register follows a saved change of its process (docs/specification.md §5.3): a new field adds a
 * column at the right; a renamed field renames its header (in the language the header is written in); a
 * deleted field leaves its column where it is, no longer read (never deleted); a renamed step rewrites
 * the step cells that named it. A deleted step that still has cases not closed is refused, naming them.
 */
export interface RegisterFollow {
  readonly add: readonly { readonly key: string; readonly header: string }[];
  /** By column position in the header row (0-based). */
  readonly rename: readonly { readonly index: number; readonly before: string; readonly after: string }[];
  readonly left: readonly { readonly index: number; readonly header: string }[];
  /** Step cells to rewrite: register row (0-based in the body) → the step's new name, in `stepColumn`. */
  readonly stepCells: readonly { readonly row: number; readonly before: string; readonly after: string }[];
  readonly stepColumn?: number;
  /** The person's column choices, a renamed header's moved along with it. */
  readonly overrides?: Readonly<Record<string, string>>;
}

export interface RegisterSnapshot {
  readonly headers: readonly string[];
  /** The body's rows, as read (needed when steps were removed or renamed; empty otherwise). */
  readonly rows: readonly (readonly unknown[])[];
}

/** Whether following needs the register's rows, not only its header: steps removed or renamed. */
export function needsRows(before: CompiledProcess, after: CompiledProcess): boolean {
  return before.definition.steps.some((s) => {
    const now = after.stepById.get(s.id);
    return !now || JSON.stringify(now.def.name) !== JSON.stringify(s.name);
  });
}

function variantLang(text: Text, header: string): Lang | undefined {
  if (typeof text === "string") return matchKey(text) === matchKey(header) ? "en" : undefined;
  for (const lang of ["en", "zh-CN"] as const)
    if (text[lang] !== undefined && matchKey(text[lang] ?? "") === matchKey(header)) return lang;
  return undefined;
}

/**
 * A case still at its step: not closed. A Done or Cancelled case waits for the next sync to move or
 * close it, which needs its step, so it counts too.
 */
const notClosed = (closed: unknown): boolean => String(closed ?? "").trim() === "";

/**
 * What the register does when `before` becomes `after`, or why it cannot: the open cases still at a
 * removed step (by ID; the first 20), or a header row that would hold one key twice.
 * @example registerFollow(old, edited, { headers, rows }, "en", binding.columnOverrides)
 */
export function registerFollow(
  before: CompiledProcess,
  after: CompiledProcess,
  register: RegisterSnapshot,
  lang: Lang,
  overrides?: Readonly<Record<string, string>>,
): Result<RegisterFollow, ProcsheetError> {
  const chosen: ColumnOverrides = new Map(Object.entries(overrides ?? {}).map(([h, k]) => [matchKey(h), k]));
  const was = mapColumns(before, register.headers, chosen);
  if (!was.ok) return { ok: false, error: was.error[0] as ProcsheetError };
  const map = was.value;
  const stepCol = map.byKey.get("step")?.index;
  const idCol = map.byKey.get("id")?.index;
  const closedCol = map.byKey.get("closed")?.index;
  const stepOf = (row: readonly unknown[]): string | undefined =>
    stepCol === undefined ? undefined : before.stepIdByName.get(matchKey(String(row[stepCol] ?? "")));

  // A removed step must have no open case left at it.
  for (const s of before.steps) {
    if (after.stepById.has(s.def.id)) continue;
    const open = register.rows
      .filter((r) => stepOf(r) === s.def.id)
      .filter((r) => notClosed(closedCol === undefined ? "" : r[closedCol]))
      .map((r, i) =>
        idCol !== undefined && String(r[idCol] ?? "").trim() !== "" ? String(r[idCol]).trim() : `#${i + 1}`,
      );
    if (open.length > 0) {
      const name = {
        step: resolveText(s.def.name, "en") || s.def.id,
        n: open.length,
        cases: open.slice(0, 20).join(", "),
      };
      const zh = { step: resolveText(s.def.name, "zh-CN") || s.def.id };
      return { ok: false, error: procsheetError("SHEET_SHAPE", "register.stepHasCases", name, {}, zh) };
    }
  }

  const beforeFields = new Map((before.definition.fields ?? []).map((f) => [f.key, f]));
  const rename: { index: number; before: string; after: string }[] = [];
  const moved: Record<string, string> = { ...(overrides ?? {}) };
  for (const f of after.definition.fields ?? []) {
    const old = beforeFields.get(f.key);
    const column = map.byKey.get(f.key);
    if (!old || !column) continue;
    const written = variantLang(old.header, column.header);
    if (written === undefined) continue; // a header of the person's own choosing stays theirs
    const next = resolveText(f.header, written);
    if (next === "" || cleanText(next) === cleanText(column.header)) continue;
    rename.push({ index: column.index, before: column.header, after: next });
    // A choice the person made for this column follows its new header.
    const entry = Object.entries(moved).find(([h]) => matchKey(h) === matchKey(column.header));
    if (entry) {
      delete moved[entry[0]];
      moved[next] = entry[1];
    }
  }
  const headers = register.headers.map((h, i) => rename.find((r) => r.index === i)?.after ?? String(h ?? ""));
  const left = (before.definition.fields ?? [])
    .filter((f) => !after.fieldByKey.has(f.key))
    .flatMap((f) => {
      const column = map.byKey.get(f.key);
      return column ? [{ index: column.index, header: column.header }] : [];
    });
  // A new field finds its column when the sheet already has one by that name; otherwise one is added.
  const now = mapColumns(after, headers, new Map(Object.entries(moved).map(([h, k]) => [matchKey(h), k])));
  if (!now.ok) return { ok: false, error: now.error[0] as ProcsheetError };
  const add = (after.definition.fields ?? [])
    .filter((f) => !beforeFields.has(f.key) && !now.value.byKey.has(f.key))
    .map((f) => ({ key: f.key, header: headerFor(after, f.key, lang) }));

  const stepCells: { row: number; before: string; after: string }[] = [];
  register.rows.forEach((r, row) => {
    if (stepCol === undefined) return;
    const id = stepOf(r);
    const was = id === undefined ? undefined : before.stepById.get(id);
    const is = id === undefined ? undefined : after.stepById.get(id);
    if (!was || !is || JSON.stringify(was.def.name) === JSON.stringify(is.def.name)) return;
    const text = String(r[stepCol] ?? "");
    const spelt = textVariants(was.def.name).some((n) => matchKey(n) === matchKey(text));
    if (!spelt) return; // written as the step's id: still read
    const next = resolveText(is.def.name, variantLang(was.def.name, text) ?? lang) || is.def.id;
    if (cleanText(next) !== cleanText(text)) stepCells.push({ row, before: text, after: next });
  });

  const changedOverrides = JSON.stringify(moved) !== JSON.stringify(overrides ?? {});
  return {
    ok: true,
    value: {
      add,
      rename,
      left,
      stepCells,
      ...(stepCol !== undefined ? { stepColumn: stepCol } : {}),
      ...(changedOverrides ? { overrides: moved } : {}),
    },
  };
}
