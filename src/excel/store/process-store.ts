import {
  EMPTY_WORKBOOK,
  isWorkbookData,
  MAX_VERSIONS,
  type ProcessBinding,
  type WorkbookData,
} from "../../workbook/binding";
import { stateKey, WORKBOOK_KEY } from "../../workbook/parts";
import { xmlPartStore, type DocumentStore } from "./document-store";

export { stateKey };

/** Custom XML parts (ExcelApi 1.5, below the manifest's minimum: every Excel that loads the pane has them). */
export function documentStore(): DocumentStore {
  return xmlPartStore;
}

/** Every process bound in this workbook (two syncs on first use, when the part may not exist yet). */
export async function loadWorkbook(
  context: Excel.RequestContext,
  store = documentStore(),
): Promise<WorkbookData> {
  const data = await store.read(context, WORKBOOK_KEY);
  return isWorkbookData(data) ? data : EMPTY_WORKBOOK;
}

/** Queues a read of the bindings for a workbook known to hold some (shares a sync with other reads). */
export function queueLoadWorkbook(
  context: Excel.RequestContext,
  store = documentStore(),
): () => WorkbookData {
  const get = store.queueRead(context, WORKBOOK_KEY);
  return () => {
    const data = get();
    return isWorkbookData(data) ? data : EMPTY_WORKBOOK;
  };
}

/**
 * Saves a binding, replacing the one with the same id. When the definition changed, the previous one is
 * kept in `versions` (newest first, at most MAX_VERSIONS) so the pane can compare runs by version.
 */
export function withBinding(data: WorkbookData, binding: ProcessBinding): WorkbookData {
  const old = data.processes.find((p) => p.id === binding.id);
  let next = binding;
  if (old && old.version !== binding.version) {
    const versions = [
      { version: old.version, savedAt: old.boundAt, definition: old.definition },
      ...(old.versions ?? []),
    ];
    next = { ...binding, versions: versions.slice(0, MAX_VERSIONS) };
  } else if (old?.versions && !binding.versions) next = { ...binding, versions: old.versions };
  const others = data.processes.filter((p) => p.id !== binding.id);
  return { schema: 1, processes: [...others, next] };
}

export async function saveBinding(
  context: Excel.RequestContext,
  binding: ProcessBinding,
  store = documentStore(),
): Promise<WorkbookData> {
  const data = withBinding(await loadWorkbook(context, store), binding);
  await store.write(context, WORKBOOK_KEY, data);
  return data;
}

export async function removeBinding(
  context: Excel.RequestContext,
  processId: string,
  store = documentStore(),
): Promise<WorkbookData> {
  const data = await loadWorkbook(context, store);
  const next: WorkbookData = { schema: 1, processes: data.processes.filter((p) => p.id !== processId) };
  await store.write(context, WORKBOOK_KEY, next);
  await store.remove(context, stateKey(processId));
  return next;
}
