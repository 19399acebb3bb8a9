import type { ProcessBinding } from "../../workbook/binding";
import { isWorkbookData } from "../../workbook/binding";
import { partNamespace, stateKey, WORKBOOK_KEY, type CustomXmlPart } from "../../workbook/parts";
import { idPrefixOf } from "../../core/process";
import type { ProcessState } from "../../workbook/state/journal";
import { loadState } from "../../workbook/state/stored-state";
import { unwrapJson } from "../../workbook/xml-json";
import { embedPartsInto } from "./xlsx-embed";
import type { PackageParts } from "./zip";

/** A custom XML item of the package: where it is, and the JSON Procsheet keeps in it. */
interface PartItem {
  readonly path: string;
  readonly value: unknown;
}

const ITEM = /^customXml\/item\d+\.xml$/;

/** The namespace of an item's root element, which is how Office.js finds a part (`getByNamespace`). */
function rootNamespace(xml: string): string | undefined {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? "";
  return /\sxmlns="([^"]*)"/.exec(root)?.[1];
}

/** Procsheet's custom XML parts in a package, by namespace (the add-in's store, src/excel/store). */
export function readProcsheetParts(parts: PackageParts): Map<string, PartItem> {
  const out = new Map<string, PartItem>();
  for (const path of parts.keys()) {
    if (!ITEM.test(path)) continue;
    const xml = parts.get(path)?.toString("utf8") ?? "";
    const ns = rootNamespace(xml);
    if (ns?.startsWith("urn:procsheet:") && !out.has(ns)) out.set(ns, { path, value: unwrapJson(xml) });
  }
  return out;
}

/** What a workbook remembers of one process: its binding (register, History, language) and its state. */
export interface BoundProcess {
  readonly binding: ProcessBinding;
  readonly state: ProcessState;
}

export function boundProcess(
  parts: ReadonlyMap<string, PartItem>,
  processId: string,
): BoundProcess | undefined {
  const data = parts.get(partNamespace(WORKBOOK_KEY))?.value;
  if (!isWorkbookData(data)) return undefined;
  const binding = data.processes.find((p) => p.id === processId);
  if (!binding) return undefined;
  const state = parts.get(partNamespace(stateKey(processId)))?.value;
  return { binding, state: loadState(idPrefixOf(binding.definition), state) };
}

/**
 * The package with `parts` written: an item already holding a part's namespace gets the new XML in
 * place (its id and relationships stay, as `CustomXmlPart.setXml` keeps them); the others are added.
 */
export function writeProcsheetParts(entries: PackageParts, parts: readonly CustomXmlPart[]): void {
  const existing = readProcsheetParts(entries);
  const added: CustomXmlPart[] = [];
  for (const part of parts) {
    const item = existing.get(part.namespace);
    if (item) entries.set(item.path, Buffer.from(part.xml, "utf8"));
    else added.push(part);
  }
  if (added.length > 0) embedPartsInto(entries, { customXml: added });
}
