import type { ProcessDefinition } from "../../core/definition/types";
import type { ProcsheetError } from "../../core/result";
import type { Text } from "../../core/text";
import {
  CATALOG_DIR,
  CATALOG_INDEX,
  chooseVersions,
  parseCatalogIndex,
  type CatalogIndexEntry,
} from "../../core/catalog/catalog-index";
import type { ProcessBinding } from "../../workbook/binding";

/**
 * The organisation's process catalogue: `catalog/index.json` and the `*.process.json` files it lists,
 * fetched relative to the task pane page, so from the pane's own origin (the add-in has no server and
 * talks to nothing else). The admin puts them there (docs/admins.md); `procsheet catalog` writes the index.
 */

/** The part of `fetch` used here; the browser's own fits, and tests pass a fake. */
export interface FetchedText {
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}
export type FetchText = (url: string, init?: { readonly cache?: "no-cache" }) => Promise<FetchedText>;

/** One file of the catalogue as the gallery sees it. */
export interface OrgCatalogFile {
  readonly file: string;
  /** From the file when it could be read as a definition, else from the index. */
  readonly id?: string;
  readonly version?: number;
  readonly name?: Text;
  /** Set when `loadProcess` accepted the file. */
  readonly definition?: ProcessDefinition;
  /** `loadProcess`'s problems, each `path: message`. */
  readonly problems: readonly ProcsheetError[];
  /** Listed in the index, but fetching it failed (HTTP status or network error). */
  readonly unreachable?: string;
  /** Same id and version as this file, which is offered instead. */
  readonly duplicateOf?: string;
  /** The file's content no longer matches the index's hash: the index is out of date. */
  readonly changed?: boolean;
}

export type OfferedFile = OrgCatalogFile & {
  readonly id: string;
  readonly version: number;
  readonly definition: ProcessDefinition;
};

/** One process of the catalogue: its newest version, and older ones kept as history (newest first). */
export interface OrgProcess {
  readonly id: string;
  readonly offered: OfferedFile;
  readonly history: readonly OfferedFile[];
}

export interface OrgCatalog {
  readonly processes: readonly OrgProcess[];
  /** Files the gallery cannot offer (invalid, unreachable, duplicate versions), shown with their problems. */
  readonly problems: readonly OrgCatalogFile[];
}

export const EMPTY_ORG_CATALOG: OrgCatalog = { processes: [], problems: [] };

export interface OrgCatalogOptions {
  /** Defaults to the page's `fetch`; without one (tests, old hosts) there is no catalogue. */
  readonly fetch?: FetchText;
  /** The index's URL; defaults to catalog/index.json beside the task pane page. */
  readonly indexUrl?: string;
  /** SHA-256 hex of a text (UTF-8); defaults to Web Crypto where the page has it. */
  readonly digest?: (text: string) => Promise<string | undefined>;
}

function defaultIndexUrl(): string {
  const relative = `${CATALOG_DIR}/${CATALOG_INDEX}`;
  return typeof document !== "undefined" ? new URL(relative, document.baseURI).href : relative;
}

function defaultFetch(): FetchText | undefined {
  return typeof fetch === "function" ? (url, init) => fetch(url, init) : undefined;
}

/** Web Crypto's SHA-256, where the page has it (secure contexts: Office add-ins are served over https). */
async function webDigest(text: string): Promise<string | undefined> {
  const subtle = typeof crypto !== "undefined" ? crypto.subtle : undefined;
  if (!subtle || typeof TextEncoder === "undefined") return undefined;
  const hash = await subtle.digest("SHA-256", new TextEncoder().encode(text.replace(/^\uFEFF/, "")));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function fetchText(
  get: FetchText,
  url: string,
): Promise<{ ok: true; text: string } | { ok: false; detail: string }> {
  try {
    // no-cache: revalidate with the server, so a file the admin just replaced is seen at once.
    const res = await get(url, { cache: "no-cache" });
    if (!res.ok) return { ok: false, detail: `HTTP ${res.status}` };
    return { ok: true, text: await res.text() };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}

/** The URL of a catalogue file: in the index's folder (a plain file name, so it cannot leave it). */
function besideIndex(indexUrl: string, file: string): string {
  const name = encodeURIComponent(file);
  try {
    return new URL(name, indexUrl).href;
  } catch {
    return indexUrl.replace(/[^/]*$/, "") + name;
  }
}

async function loadFile(
  get: FetchText,
  indexUrl: string,
  entry: CatalogIndexEntry,
  digest: (text: string) => Promise<string | undefined>,
): Promise<OrgCatalogFile> {
  const fromIndex = {
    file: entry.file,
    ...(entry.id !== undefined ? { id: entry.id } : {}),
    ...(entry.version !== undefined ? { version: entry.version } : {}),
    ...(entry.name !== undefined ? { name: entry.name } : {}),
  };
  const fetched = await fetchText(get, besideIndex(indexUrl, entry.file));
  if (!fetched.ok) return { ...fromIndex, problems: [], unreachable: fetched.detail };
  const hash = await digest(fetched.text).catch(() => undefined);
  const changed = hash !== undefined && hash !== entry.sha256 ? { changed: true } : {};
  const { loadProcess } = await import(/* webpackChunkName: "core-load" */ "../../core/definition/load");
  const loaded = loadProcess(fetched.text);
  if (!loaded.ok) return { ...fromIndex, ...changed, problems: loaded.error };
  const definition = loaded.value.definition;
  return {
    file: entry.file,
    id: definition.id,
    version: definition.version ?? 1,
    name: definition.name,
    definition,
    problems: [],
    ...changed,
  };
}

const isOffered = (f: OrgCatalogFile): f is OfferedFile =>
  f.definition !== undefined && f.id !== undefined && f.version !== undefined;

/** Groups checked files into processes (newest version offered, older as history) and problems. */
export function groupCatalog(files: readonly OrgCatalogFile[]): OrgCatalog {
  const valid = files.filter(isOffered);
  const choices = chooseVersions(valid);
  const duplicates = choices.flatMap((c) => c.duplicates.map((d) => ({ ...d, duplicateOf: c.offered.file })));
  return {
    processes: choices.map((c) => ({ id: c.offered.id, offered: c.offered, history: c.history })),
    problems: [...files.filter((f) => !isOffered(f)), ...duplicates].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
    ),
  };
}

/**
 * The organisation's catalogue, each file checked by the real loader (schema, rules) as it is listed. A
 * missing, unreachable or malformed index means no catalogue: the gallery then shows the built-in
 * templates alone. A file that cannot be read or loaded is kept as a problem instead of breaking the list.
 */
export async function loadOrgCatalog(options: OrgCatalogOptions = {}): Promise<OrgCatalog> {
  const get = options.fetch ?? defaultFetch();
  if (!get) return EMPTY_ORG_CATALOG;
  let indexUrl: string;
  try {
    indexUrl = options.indexUrl ?? defaultIndexUrl();
  } catch {
    return EMPTY_ORG_CATALOG;
  }
  const fetched = await fetchText(get, indexUrl);
  if (!fetched.ok) return EMPTY_ORG_CATALOG;
  let json: unknown;
  try {
    json = JSON.parse(fetched.text);
  } catch {
    return EMPTY_ORG_CATALOG;
  }
  const index = parseCatalogIndex(json);
  if (!index) return EMPTY_ORG_CATALOG;
  const digest = options.digest ?? webDigest;
  const files = await Promise.all(index.processes.map((e) => loadFile(get, indexUrl, e, digest)));
  return groupCatalog(files);
}

/** How the workbook's copy of a catalogue process compares with the version the catalogue offers. */
export type WorkbookVersion =
  | { readonly kind: "absent" }
  | { readonly kind: "same"; readonly current: number }
  | { readonly kind: "older"; readonly current: number; readonly binding: ProcessBinding }
  | { readonly kind: "newer"; readonly current: number };

export function workbookVersion(
  processes: readonly ProcessBinding[],
  offered: { readonly id: string; readonly version: number },
): WorkbookVersion {
  const binding = processes.find((p) => p.id === offered.id);
  if (!binding) return { kind: "absent" };
  if (binding.version === offered.version) return { kind: "same", current: binding.version };
  return binding.version < offered.version
    ? { kind: "older", current: binding.version, binding }
    : { kind: "newer", current: binding.version };
}
