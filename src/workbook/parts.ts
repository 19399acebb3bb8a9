import type { ProcessDefinition, RuleRow } from "../core/definition/types";
import type { Lang } from "../words/lang";
import { historyTableName, registerTableName } from "../core/register/names";
import type { ProcessBinding, WorkbookData } from "./binding";
import { idPrefixOf } from "../core/process";
import { storeState } from "./state/stored-state";
import { wrapJson } from "./xml-json";

/**
 * The keys under which Procsheet keeps its data in a workbook, and the custom XML namespace of each
 * (src/excel/store reads and writes them; `procsheet init` writes them into a new .xlsx).
 */
export const WORKBOOK_KEY = "workbook";

export function stateKey(processId: string): string {
  return `state-${processId}`;
}

/** `workbook` → `urn:procsheet:workbook:1`: one custom XML part per key, found by this namespace. */
export function partNamespace(key: string): string {
  return `urn:procsheet:${key}:1`;
}

/** The binding of a process to the register a new workbook gets (table names as `procsheet init` and the add-in make them). */
export function newBinding(definition: ProcessDefinition, lang: Lang, now: string): ProcessBinding {
  return {
    id: definition.id,
    definition,
    version: definition.version ?? 1,
    tableName: registerTableName(definition.id),
    historyTableName: historyTableName(definition.id),
    lang,
    boundAt: now,
    automatic: true,
  };
}

/**
 * Case ID → status of the rows a register starts with, so change tracking notices an edit made before
 * the first sync (the same start `createRegister` gives a register in Excel).
 */
export function sampleSnapshot(rows: readonly RuleRow[]): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const row of rows)
    if (typeof row.id === "string" && typeof row.status === "string") snapshot[row.id] = row.status;
  return snapshot;
}

/** A custom XML part as it goes into a package: its namespace and its XML text. */
export interface CustomXmlPart {
  readonly namespace: string;
  readonly xml: string;
}

/** The parts of a workbook holding one bound process and its tracking state, as the add-in writes them. */
export function processParts(binding: ProcessBinding, sample: readonly RuleRow[]): CustomXmlPart[] {
  const data: WorkbookData = { schema: 1, processes: [binding] };
  const state = storeState(idPrefixOf(binding.definition), { snapshot: sampleSnapshot(sample) });
  return [
    { namespace: partNamespace(WORKBOOK_KEY), xml: wrapJson(partNamespace(WORKBOOK_KEY), data) },
    {
      namespace: partNamespace(stateKey(binding.id)),
      xml: wrapJson(partNamespace(stateKey(binding.id)), state),
    },
  ];
}
