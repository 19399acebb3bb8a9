/**
 * Text fitted to a width without a renderer: East Asian wide characters take about one em, others about
 * 0.56 em (Segoe UI and Calibri average a little less, so estimates err on the wide side).
 */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** The estimated width of `text` at `size` (the font size, in the drawing's unit). */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : ch === " " ? 0.3 : 0.56;
  return em * size;
}

/** `text` cut to `width`, with "…" where it was cut. */
export function clip(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size) > width) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/**
 * `text` in lines of at most `width`, broken at spaces (anywhere in wide text), `maxLines` at most; the last
 * line clipped with "…" when text is left over.
 */
export function wrap(text: string, width: number, size: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest !== "" && lines.length < maxLines) {
    if (lines.length === maxLines - 1 || textWidth(rest, size) <= width) {
      lines.push(clip(rest, width, size));
      break;
    }
    let cut = 0;
    let lastSpace = -1;
    let i = 0;
    for (const ch of rest) {
      if (textWidth(rest.slice(0, i + ch.length), size) > width) break;
      i += ch.length;
      if (ch === " ") lastSpace = i;
      cut = i;
    }
    const at = lastSpace > 0 && !WIDE.test(rest[cut] ?? "") ? lastSpace : Math.max(cut, 1);
    lines.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  return lines;
}
