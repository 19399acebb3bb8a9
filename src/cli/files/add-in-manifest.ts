import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./process-file";

/** What a workbook needs to name the add-in: the manifest's `<Id>` (a GUID) and `<Version>`. */
export interface AddInIdentity {
  readonly id: string;
  readonly version: string;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

/** The Id and Version of an add-in-only (XML) manifest's text, or undefined when it has no valid pair. */
export function addInIdentity(xml: string): AddInIdentity | undefined {
  // Both sit directly under <OfficeApp>, before any element that could carry an <Id> of its own.
  const id = /<Id>\s*([^<]*?)\s*<\/Id>/.exec(xml)?.[1];
  const version = /<Version>\s*([^<]*?)\s*<\/Version>/.exec(xml)?.[1];
  if (!id || !GUID.test(id) || !version || !VERSION.test(version)) return undefined;
  return { id, version };
}

/**
 * The add-in this package builds, read at run time from manifest.xml in the package root, so a workbook
 * tagged by `procsheet init` names the same Id and Version that admins deploy (bump both together).
 */
export function readAddInIdentity(
  root: string = packageRoot(),
): { ok: true; value: AddInIdentity } | { ok: false; file: string; reason: string } {
  const file = join(root, "manifest.xml");
  let xml: string;
  try {
    xml = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return { ok: false, file, reason: typeof code === "string" ? code : String(e) };
  }
  const identity = addInIdentity(xml);
  return identity ? { ok: true, value: identity } : { ok: false, file, reason: "no <Id> GUID and <Version>" };
}
