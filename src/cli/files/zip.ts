import JSZip from "jszip";

/**
 * A package's parts by name, as Map-like as the code that reads and adds parts needs: a Map from
 * readZipEntries, or a workbook read for a sync (xlsx-book-write.ts bookParts), whose parts inflate on demand.
 */
export interface PackageParts {
  keys(): Iterable<string>;
  has(name: string): boolean;
  get(name: string): Buffer | undefined;
  set(name: string, data: Buffer): unknown;
}

/**
 * The entries of an .xlsx package, by name, in file order. jszip (the library exceljs itself uses to
 * read and write packages) does the zip work.
 */
export async function readZipEntries(buf: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) out.set(file.name, await file.async("nodebuffer"));
  }
  return out;
}

/** A package of the entries, deflated, in the order given. */
export async function writeZipEntries(entries: ReadonlyMap<string, Uint8Array>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of entries) zip.file(name, data);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
