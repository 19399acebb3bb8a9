import type { Choice, FieldDef, FieldType, ProcessDefinition, RuleRow } from "../../core/definition/types";
import { followColumnRenames } from "../../core/rules/people-words";
import { isSystemKey } from "../../core/register/system-columns";
import type { Text } from "../../core/text";
import type { Lang } from "../../words/lang";
import { setTextIn } from "../components/text-edit";

function withFields(def: ProcessDefinition, fields: readonly FieldDef[]): ProcessDefinition {
  if (fields.length > 0) return { ...def, fields };
  const { fields: _gone, ...rest } = def;
  return rest;
}

function mapField(def: ProcessDefinition, key: string, update: (f: FieldDef) => FieldDef): ProcessDefinition {
  return withFields(
    def,
    (def.fields ?? []).map((f) => (f.key === key ? update(f) : f)),
  );
}

/** `field` without `name` (an optional property dropped, as the schema wants it absent rather than empty). */
function without<K extends keyof FieldDef>(field: FieldDef, name: K): FieldDef {
  const { [name]: _gone, ...rest } = field;
  return rest as FieldDef;
}

/**
 * A field key from its English header: camelCase letters and digits, unique, never a system key (the
 * schema's identifier pattern). Chinese-only headers get `field`, `field2`, ….
 * @example fieldKeyFor(def, "Cost estimate") === "costEstimate"
 */
export function fieldKeyFor(def: ProcessDefinition, header: string): string {
  const words = header
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  const camel = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]?.toUpperCase() + w.slice(1).toLowerCase()))
    .join("")
    .replace(/^[^A-Za-z]+/, "")
    .slice(0, 56);
  const base =
    camel && !isSystemKey(camel) && camel !== "constructor" && camel !== "prototype" ? camel : "field";
  const taken = new Set((def.fields ?? []).map((f) => f.key));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/** A new last field; a choice field starts with one choice to fill in. */
export function addField(
  def: ProcessDefinition,
  header: Text,
  type: FieldType,
  key: string,
): ProcessDefinition {
  const field: FieldDef = { key, header, type, ...(type === "choice" ? { choices: ["…"] } : {}) };
  return withFields(def, [...(def.fields ?? []), field]);
}

/**
 * A field's header in one language. Rules that named the column by its old header follow the new one,
 * so a renamed column never leaves a rule reading nothing.
 */
export function renameField(
  def: ProcessDefinition,
  key: string,
  lang: Lang,
  value: string,
): ProcessDefinition {
  const renamed = mapField(def, key, (f) => ({ ...f, header: setTextIn(f.header, lang, value) }));
  return followColumnRenames(def, renamed);
}

/** Moves a field up (-1) or down (+1); the register's columns keep their places (only new ones go right). */
export function moveField(def: ProcessDefinition, key: string, delta: -1 | 1): ProcessDefinition {
  const fields = [...(def.fields ?? [])];
  const from = fields.findIndex((f) => f.key === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= fields.length) return def;
  const [moved] = fields.splice(from, 1);
  fields.splice(to, 0, moved as FieldDef);
  return withFields(def, fields);
}

function rowWithout(row: RuleRow, key: string): RuleRow {
  const { [key]: _gone, ...rest } = row;
  return rest;
}

/**
 * Removes a field, and its values from the rule tests' and sample rows (which may only use the process's
 * columns). The register keeps the column, no longer read; rules naming it are left for the person to
 * change (the editor warns that the column is gone).
 */
export function deleteField(def: ProcessDefinition, key: string): ProcessDefinition {
  const next = withFields(
    def,
    (def.fields ?? []).filter((f) => f.key !== key),
  );
  return {
    ...next,
    ...(def.tests ? { tests: def.tests.map((t) => ({ ...t, row: rowWithout(t.row, key) })) } : {}),
    ...(def.sample ? { sample: def.sample.map((r) => rowWithout(r, key)) } : {}),
  };
}

/**
 * A field's type; what only fits the old type goes (choices, the number format and range), and a new
 * choice field gets one choice to fill in.
 */
export function setFieldType(def: ProcessDefinition, key: string, type: FieldType): ProcessDefinition {
  return mapField(def, key, (f) => {
    let next: FieldDef = { ...f, type };
    if (type !== "choice") next = without(next, "choices");
    else if (!next.choices) next = { ...next, choices: ["…"] };
    if (type !== "number") next = without(without(without(next, "format"), "min"), "max");
    return next;
  });
}

export function setRequired(def: ProcessDefinition, key: string, required: boolean): ProcessDefinition {
  return mapField(def, key, (f) => (required ? { ...f, required: true } : without(f, "required")));
}

export function setBound(
  def: ProcessDefinition,
  key: string,
  bound: "min" | "max",
  value: number | undefined,
): ProcessDefinition {
  return mapField(def, key, (f) => (value === undefined ? without(f, bound) : { ...f, [bound]: value }));
}

/** The help text in one language (the field's description). */
export function setHelp(def: ProcessDefinition, key: string, lang: Lang, value: string): ProcessDefinition {
  return mapField(def, key, (f) => {
    const description = setTextIn(f.description, lang, value);
    return description === "" ? without(f, "description") : { ...f, description };
  });
}

/**
 * Choices, one per line: `value`, or `value | English label | 中文标签` (either label may be left out).
 * Blank lines are skipped.
 * @example parseChoices("it | IT | 信息技术\noffice") → [{ value: "it", label: { en: "IT", "zh-CN": "信息技术" } }, "office"]
 */
export function parseChoices(text: string): Choice[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split("|").map((p) => p.trim()))
    .filter(([value]) => value !== undefined && value !== "")
    .map(([value = "", en = "", zh = ""]) => {
      if (en === "" && zh === "") return value;
      return { value, label: { ...(en ? { en } : {}), ...(zh ? { "zh-CN": zh } : {}) } };
    });
}

/** The choices as the editor shows them (parseChoices' inverse). */
export function choicesText(choices: readonly Choice[] | undefined): string {
  return (choices ?? [])
    .map((c) => {
      if (typeof c === "string") return c;
      const label = c.label;
      if (label === undefined) return c.value;
      const en = typeof label === "string" ? label : (label.en ?? "");
      const zh = typeof label === "string" ? "" : (label["zh-CN"] ?? "");
      return zh ? `${c.value} | ${en} | ${zh}` : `${c.value} | ${en}`;
    })
    .join("\n");
}

export function setChoices(
  def: ProcessDefinition,
  key: string,
  choices: readonly Choice[],
): ProcessDefinition {
  return mapField(def, key, (f) => (choices.length > 0 ? { ...f, choices } : without(f, "choices")));
}
