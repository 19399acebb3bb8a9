import { idPrefixOf } from "../../core/process";
import type { ProcessBinding } from "../../workbook/binding";
import type { ProcessState } from "../../workbook/state/journal";
import { loadState, storeState } from "../../workbook/state/stored-state";
import { documentStore, stateKey } from "./process-store";

/**
 * A process's state part (journal, status snapshot, memory) as the workbook stores it — compactly
 * (src/workbook/state/stored-state.ts) — read and written through the document store.
 */
export function queueReadState(context: Excel.RequestContext, binding: ProcessBinding): () => ProcessState {
  const get = documentStore().queueRead(context, stateKey(binding.id));
  return () => loadState(idPrefixOf(binding.definition), get());
}

export function queueWriteState(
  context: Excel.RequestContext,
  binding: ProcessBinding,
  state: ProcessState,
): void {
  documentStore().queueWrite(
    context,
    stateKey(binding.id),
    storeState(idPrefixOf(binding.definition), state),
  );
}

/** Creates or replaces the state part (one sync of its own to find it). */
export async function writeState(
  context: Excel.RequestContext,
  binding: Pick<ProcessBinding, "id" | "definition">,
  state: ProcessState,
): Promise<void> {
  await documentStore().write(
    context,
    stateKey(binding.id),
    storeState(idPrefixOf(binding.definition), state),
  );
}

/** The stored size of a state, for packing write batches under the request limit. */
export function storedStateBytes(binding: ProcessBinding, state: ProcessState): number {
  return JSON.stringify(storeState(idPrefixOf(binding.definition), state)).length;
}
