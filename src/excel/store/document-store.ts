import { partNamespace } from "../../workbook/parts";
import { unwrapJson, wrapJson } from "../../workbook/xml-json";

/**
 * Where Procsheet keeps its data in the workbook: custom XML parts (ExcelApi 1.5,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#access-custom-xml-parts).
 * Each key holds one JSON document.
 */
export interface DocumentStore {
  /** Reads `key`, creating nothing; the getter gives undefined when the key is absent. Costs one sync. */
  read(context: Excel.RequestContext, key: string): Promise<unknown>;
  /** Queues a read of a key known to exist (created by `write`), so it can share a sync with other work. */
  queueRead(context: Excel.RequestContext, key: string): () => unknown;
  /** Creates or replaces `key`. Needs one sync of its own to find an existing part. */
  write(context: Excel.RequestContext, key: string, value: unknown): Promise<void>;
  /** Queues a replacement of a key known to exist, e.g. inside the write batch of a sync. */
  queueWrite(context: Excel.RequestContext, key: string, value: unknown): void;
  remove(context: Excel.RequestContext, key: string): Promise<void>;
}

// `procsheet init` writes the same parts into a new workbook (src/core/workbook/parts.ts).
const namespaceOf = partNamespace;

export const xmlPartStore: DocumentStore = {
  async read(context, key) {
    const part = context.workbook.customXmlParts.getByNamespace(namespaceOf(key)).getOnlyItemOrNullObject();
    await context.sync();
    if (part.isNullObject) return undefined;
    const xml = part.getXml();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- getXml() gives a ClientResult, whose value the sync just above set
    return unwrapJson(xml.value);
  },
  queueRead(context, key) {
    const xml = context.workbook.customXmlParts.getByNamespace(namespaceOf(key)).getOnlyItem().getXml();
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult read by the caller after its own sync (queueRead's contract)
    return () => unwrapJson(xml.value);
  },
  async write(context, key, value) {
    const part = context.workbook.customXmlParts.getByNamespace(namespaceOf(key)).getOnlyItemOrNullObject();
    await context.sync();
    if (part.isNullObject) context.workbook.customXmlParts.add(wrapJson(namespaceOf(key), value));
    else part.setXml(wrapJson(namespaceOf(key), value));
    await context.sync();
  },
  queueWrite(context, key, value) {
    context.workbook.customXmlParts
      .getByNamespace(namespaceOf(key))
      .getOnlyItem()
      .setXml(wrapJson(namespaceOf(key), value));
  },
  async remove(context, key) {
    const part = context.workbook.customXmlParts.getByNamespace(namespaceOf(key)).getOnlyItemOrNullObject();
    await context.sync();
    if (!part.isNullObject) part.delete();
    await context.sync();
  },
};
