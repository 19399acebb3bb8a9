/**
 * Text in SpreadsheetML parts, both ways. A cell's text is an ST_Xstring (ECMA-376 Part 1 §22.9.2.19):
 * characters XML cannot carry are written `_xHHHH_`, and a literal `_xHHHH_` in the text is itself escaped
 * as `_x005F_xHHHH_`. A CR is written as a character reference: a parser turns a raw CR (or CRLF) into LF
 * (XML 1.0 §2.11), which would change the cell. exceljs did neither, so a cell holding CRLF came back LF.
 */

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Markup characters as entities, CR as a reference; in an attribute LF and TAB too, which a parser
 * would otherwise read as spaces (XML 1.0 §3.3.3).
 */
export function escapeMarkup(text: string, inAttribute = false): string {
  const escaped = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;");
  return inAttribute ? escaped.replace(/\n/g, "&#10;").replace(/\t/g, "&#9;") : escaped;
}

/** A cell's (or shared string's) text as it goes between `<t>` and `</t>`. */
export function cellTextXml(text: string): string {
  return escapeMarkup(
    text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_").replace(
      // eslint-disable-next-line no-control-regex -- these are the characters XML cannot carry
      /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`,
    ),
  );
}

/** Whether `<t>` needs xml:space="preserve" for the text to keep its spaces and line breaks. */
export function needsPreserve(text: string): boolean {
  return /^[\s]|[\s]$|[\t\r\n]| {2}/.test(text);
}

/** Entities and character references resolved; raw line ends read as a parser reads them (LF). */
export function unescapeMarkup(xml: string): string {
  // Most values hold neither: the common case costs a scan, not a regular expression and a copy.
  if (!xml.includes("&") && !xml.includes("\r")) return xml;
  return xml.replace(/\r\n?/g, "\n").replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, e: string) => {
    if (e.startsWith("#x") || e.startsWith("#X")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return XML_ENTITIES[e] ?? whole;
  });
}

/** The text of a `<t>` element's content: markup resolved, then `_xHHHH_` escapes. */
export function cellTextFromXml(xml: string): string {
  if (!xml.includes("_x")) return unescapeMarkup(xml);
  return unescapeMarkup(xml).replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** The text of a rich or plain string (`<si>`, `<is>`): its `<t>` runs, phonetic guides (`<rPh>`) left out. */
export function runsText(xml: string): string {
  if (!xml.includes("<")) return "";
  const body = xml.includes("rPh") ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "") : xml;
  let text = "";
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g))
    text += cellTextFromXml(m[1] ?? "");
  return text;
}

/** An attribute's value in a start tag (`r="C5"`), entities resolved; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}=`);
  const from = at >= 0 ? at : tag.search(new RegExp(`\\s${name}=`));
  if (from < 0) return undefined;
  const start = from + name.length + 2;
  const quote = tag[start];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = tag.indexOf(quote, start + 1);
  return end < 0 ? undefined : unescapeMarkup(tag.slice(start + 1, end));
}

/** A start tag with one attribute set (added at the end when absent). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}=)("[^"]*"|'[^']*')`);
  const quoted = `"${escapeMarkup(value, true)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, (_m, head: string) => `${head}${quoted}`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}=${quoted}${tag.slice(close)}`;
}

/** A start tag without an attribute. */
export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}=("[^"]*"|'[^']*')`), "");
}
