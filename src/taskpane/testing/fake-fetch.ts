import { createHash } from "crypto";
import type { FetchText } from "../templates/org-catalog";

export const CATALOG_BASE = "https://procsheet.contoso.example/addin/catalog/";

/** SHA-256 of a text as the index carries it (UTF-8, no BOM). */
export function sha256(text: string): string {
  return createHash("sha256")
    .update(Buffer.from(text.replace(/^\uFEFF/, ""), "utf8"))
    .digest("hex");
}

/**
 * A static web server's catalog/ folder: file name → text (or an HTTP status, or an Error for a network
 * failure). `requests` records every URL asked for.
 */
export function fakeCatalogServer(
  files: Readonly<Record<string, string | number | Error>>,
  base: string = CATALOG_BASE,
): {
  fetch: FetchText;
  requests: string[];
} {
  const requests: string[] = [];
  const fetch: FetchText = async (url) => {
    requests.push(url);
    if (!url.startsWith(base)) return { ok: false, status: 404, text: async () => "" };
    const body = files[decodeURIComponent(url.slice(base.length))];
    if (body instanceof Error) throw body;
    if (body === undefined || typeof body === "number")
      return { ok: false, status: body ?? 404, text: async () => "" };
    return { ok: true, status: 200, text: async () => body };
  };
  return { fetch, requests };
}

/** An index.json for `files` (name → text), entries as `procsheet catalog` writes them. */
export function indexFor(
  files: Readonly<Record<string, string>>,
  overrides: Record<string, object> = {},
): string {
  const processes = Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, text]) => {
      let id: string | undefined;
      let version: number | undefined;
      try {
        const d = JSON.parse(text) as { id?: string; version?: number };
        id = d.id;
        version = d.version ?? 1;
      } catch {
        id = undefined;
      }
      return {
        file,
        sha256: sha256(text),
        ...(id !== undefined ? { id, version } : {}),
        ...(overrides[file] ?? {}),
      };
    });
  return JSON.stringify({ schema: 1, processes });
}
