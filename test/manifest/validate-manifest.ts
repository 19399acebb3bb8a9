// Offline XSD validation of an add-in-only manifest, with the patched 2019 schemas in ./schemas
// (provenance and patches: schemas/SOURCE.md). xmllint-wasm does no I/O of its own, so every
// imported schema is preloaded into its in-memory file system under the name the imports use.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const SCHEMA_DIR = path.join(__dirname, "schemas");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

export interface ManifestValidation {
  readonly valid: boolean;
  /** xmllint's messages, e.g. "manifest.xml:12: element Version: Schemas validity error : …". */
  readonly errors: readonly string[];
}

function schemaFile(fileName: string): { fileName: string; contents: string } {
  return { fileName, contents: readFileSync(path.join(SCHEMA_DIR, fileName), "utf8") };
}

export async function validateManifest(xml: string, fileName = "manifest.xml"): Promise<ManifestValidation> {
  const imports = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd") && f !== ROOT_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [schemaFile(ROOT_SCHEMA)],
    preload: imports.map(schemaFile),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
