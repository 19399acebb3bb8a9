import { encode as encodeGb18030 } from "iconv-lite";

/**
 * The encodings a register, History or definition file comes in: UTF-8 (with or without BOM), Excel's
 * "Unicode text" (UTF-16 LE, usually with a BOM; BE for completeness) and GB18030, the superset of GBK
 * that Excel's "CSV (Comma delimited)" writes on Chinese Windows.
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** A text file's content and what it takes to write it back the same way. */
export interface DecodedText {
  /** Without the BOM. */
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly bom: boolean;
}

/** Bytes that are text in none of the encodings tried; `offset` is the first byte that made sense in none. */
export type DecodeResult =
  { readonly ok: true; readonly value: DecodedText } | { readonly ok: false; readonly offset: number };

const BOMS: readonly (readonly [TextEncoding, readonly number[]])[] = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

/** How people know the encodings (Excel's own names where it has one). */
export function encodingLabel(encoding: TextEncoding): string {
  switch (encoding) {
    case "utf-8":
      return "UTF-8";
    case "utf-16le":
      return "UTF-16 LE";
    case "utf-16be":
      return "UTF-16 BE";
    case "gb18030":
      return "GB18030 (GBK)";
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a BOM, told by its NUL bytes: a CSV always holds ASCII (delimiters, line ends, digits),
 * which UTF-16 writes as a NUL beside the character, on the odd bytes in LE and the even bytes in BE.
 * UTF-8 and GB18030 text has no NUL bytes at all.
 */
function utf16ByNuls(bytes: Uint8Array): TextEncoding | undefined {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs === 0 || bytes.length % 2 !== 0) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const even = bytes[2 * i] as number;
    const odd = bytes[2 * i + 1] as number;
    if (odd === 0 && even !== 0) le++;
    else if (even === 0 && odd !== 0) be++;
  }
  if (le * 4 >= pairs && be * 10 <= le) return "utf-16le";
  if (be * 4 >= pairs && le * 10 <= be) return "utf-16be";
  return undefined;
}

/** The first byte a strict decoder stops at: fed one byte at a time, the call that throws names it. */
function firstBadByte(label: string, bytes: Uint8Array): number {
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  try {
    decoder.decode();
  } catch {
    return bytes.length;
  }
  return bytes.length;
}

function strictDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text from a file's bytes: a BOM decides; else UTF-16 by its NUL bytes; else UTF-8 when the bytes are
 * valid UTF-8; else GB18030 when they decode without a single replacement character. Anything else is
 * refused rather than guessed: a guess that loses characters would write U+FFFD back into the file.
 * @example decodeText(Buffer.from([0xd6, 0xd0])) // { ok: true, value: { text: "中", encoding: "gb18030", bom: false } }
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  for (const [encoding, bom] of BOMS)
    if (startsWith(bytes, bom)) {
      const body = bytes.subarray(bom.length);
      const text = strictDecode(encoding, body);
      return text === undefined
        ? { ok: false, offset: bom.length + firstBadByte(encoding, body) }
        : { ok: true, value: { text, encoding, bom: true } };
    }
  const utf16 = utf16ByNuls(bytes);
  if (utf16) {
    const text = strictDecode(utf16, bytes);
    if (text !== undefined) return { ok: true, value: { text, encoding: utf16, bom: false } };
  }
  const utf8 = strictDecode("utf-8", bytes);
  if (utf8 !== undefined) return { ok: true, value: { text: utf8, encoding: "utf-8", bom: false } };
  const gb = strictDecode("gb18030", bytes);
  if (gb !== undefined && !gb.includes("\uFFFD"))
    return { ok: true, value: { text: gb, encoding: "gb18030", bom: false } };
  // The first byte that makes sense in neither is where the later of the two decoders stops: a UTF-8 file
  // with one stray byte fails as GB18030 at its first Chinese character, a GBK file as UTF-8 at its first.
  // (Bytes GB18030 reads whole, but as a U+FFFD, are placed by UTF-8 alone.)
  const gbBad = firstBadByte("gb18030", bytes);
  const utf8Bad = firstBadByte("utf-8", bytes);
  return { ok: false, offset: gbBad >= bytes.length ? utf8Bad : Math.max(gbBad, utf8Bad) };
}

function encodeRaw(text: string, encoding: TextEncoding, bom: boolean): Buffer {
  switch (encoding) {
    case "utf-8":
      return Buffer.from((bom ? "\uFEFF" : "") + text, "utf8");
    case "utf-16le":
      return Buffer.from((bom ? "\uFEFF" : "") + text, "utf16le");
    case "utf-16be":
      return Buffer.from((bom ? "\uFEFF" : "") + text, "utf16le").swap16();
    case "gb18030":
      // Node's TextEncoder writes UTF-8 only; iconv-lite encodes GB18030 (every Unicode character has a code).
      return encodeGb18030(text, "gb18030");
  }
}

/**
 * Text as bytes in `encoding`, with its BOM when `bom` (GB18030 has none); undefined when those bytes
 * would not read back as the same text (a lone surrogate; a character iconv-lite and the WHATWG decoder
 * map differently), so that nothing is written that reads back otherwise.
 */
export function encodeText(text: string, encoding: TextEncoding, bom: boolean): Buffer | undefined {
  const bytes = encodeRaw(text, encoding, bom);
  const back = strictDecode(encoding, bom ? bytes.subarray(encoding === "utf-8" ? 3 : 2) : bytes);
  return back === text ? bytes : undefined;
}
