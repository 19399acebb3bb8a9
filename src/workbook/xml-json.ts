/**
 * Procsheet keeps its own data in custom XML parts as one JSON document per part, escaped as the text
 * of a single element. We write the XML ourselves, so reading it back needs no XML parser (none exists
 * in every host's runtime), only the five predefined entities.
 */
const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const UNESCAPES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export function unescapeXml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g,
    (_m, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return UNESCAPES[name] ?? "";
    },
  );
}

/** @example wrapJson("urn:procsheet:workbook:1", { a: 1 }) */
export function wrapJson(namespace: string, value: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?><procsheet xmlns="${escapeXml(namespace)}">${escapeXml(JSON.stringify(value))}</procsheet>`;
}

/** The JSON inside a part written by `wrapJson`, or undefined when the part is not ours or is damaged. */
export function unwrapJson(xml: string): unknown {
  const m = /<procsheet\b[^>]*>([\s\S]*)<\/procsheet>\s*$/.exec(xml);
  if (!m) return undefined;
  try {
    return JSON.parse(unescapeXml(m[1] ?? "")) as unknown;
  } catch {
    return undefined;
  }
}
