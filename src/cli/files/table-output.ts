/** Plain-text tables for the terminal: columns aligned by display width (CJK characters take two cells). */

// East Asian Wide and Fullwidth ranges that matter for Chinese text and full-width punctuation.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How many terminal cells `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 32 || (cp >= 0x300 && cp <= 0x36f)) continue;
    width += WIDE.test(ch) || (cp >= 0x20000 && cp <= 0x3fffd) ? 2 : 1;
  }
  return width;
}

export type Align = "left" | "right";

function padTo(text: string, width: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

export interface TableOptions {
  readonly align?: readonly Align[];
  readonly indent?: string;
}

/**
 * formatTable for any number of rows, a line at a time: `rows` is walked twice (the widths, then the
 * lines) and nothing is kept, so a sync that changed a million cells prints them without holding them.
 */
export function eachTableLine(
  rows: () => Iterable<readonly string[]>,
  line: (text: string) => void,
  options: TableOptions = {},
): void {
  const widths: number[] = [];
  for (const row of rows())
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  const indent = options.indent ?? "";
  for (const row of rows())
    line(
      indent +
        row
          .map((cell, i) =>
            padTo(
              cell,
              i === row.length - 1 && options.align?.[i] !== "right" ? 0 : (widths[i] ?? 0),
              options.align?.[i] ?? "left",
            ),
          )
          .join("  ")
          .trimEnd(),
    );
}

/**
 * Rows of cells as aligned lines, two spaces between columns, no trailing spaces.
 * @example formatTable([["ID", "Owner"], ["PR-0001", "王芳"]])
 */
export function formatTable(rows: readonly (readonly string[])[], options: TableOptions = {}): string[] {
  const lines: string[] = [];
  eachTableLine(
    () => rows,
    (l) => lines.push(l),
    options,
  );
  return lines;
}

/** A number for people: up to `digits` decimals, no trailing zeros; "—" for null. */
export function formatNumber(n: number | null | undefined, digits = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return String(Number(n.toFixed(digits)));
}

/** A share as a percentage, e.g. 0.6667 → "66.7%". */
export function formatPercent(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return `${formatNumber(n * 100, 1)}%`;
}
