import type { ProcessDefinition } from "../../core/definition/types";
import type { Text } from "../../core/text";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A process id as the schema wants it: lower-case letters and digits in dash-separated words. */
export function isProcessId(id: string): boolean {
  return id.length <= 64 && ID.test(id);
}

/** `base`, or `base-2`, `base-3`… — the first not taken. */
export function freeId(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/** The file an exported process travels as. */
export function templateFileName(def: ProcessDefinition): string {
  return `${def.id}.process.json`;
}

/** The definition as a template file: pretty JSON carrying the version it was exported at. */
export function templateJson(def: ProcessDefinition, version: number): string {
  return `${JSON.stringify({ ...def, version }, null, 2)}\n`;
}

function copyName(name: Text): Text {
  if (typeof name === "string") return { en: `${name} (copy)`, "zh-CN": `${name}（副本）` };
  return {
    ...(name.en !== undefined ? { en: `${name.en} (copy)` } : {}),
    ...(name["zh-CN"] !== undefined ? { "zh-CN": `${name["zh-CN"]}（副本）` } : {}),
  };
}

/** A copy under a new id, named "(copy)", starting again at version 1. */
export function duplicateDefinition(def: ProcessDefinition, id: string): ProcessDefinition {
  const { version: _v, ...rest } = def;
  return { ...rest, id, name: copyName(def.name) };
}
