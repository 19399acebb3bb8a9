// Colour arithmetic for building the pane's palette from Office's theme colours: sRGB mixing and the
// WCAG 2 contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), nothing more.

export type Rgb = readonly [number, number, number];

/** `#RRGGBB` → [r, g, b]; undefined for anything else. */
export function parseHex(hex: string): Rgb | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : undefined;
}

export function toHex(c: Rgb): string {
  return `#${c
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** `t` of the way from `a` to `b` (t > 1 goes beyond `b`, clamped to the colour space by toHex). */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function channel(v: number): number {
  const s = Math.min(255, Math.max(0, v)) / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance(c: Rgb): number {
  return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
}

/** WCAG contrast ratio, 1 … 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** How far from grey (0 grey … 1 pure hue), HSL's chroma. */
export function chroma(c: Rgb): number {
  return (Math.max(...c) - Math.min(...c)) / 255;
}

/** `colour` moved towards `towards` in small steps until it reaches `ratio` against `against`. */
export function withContrast(colour: Rgb, against: Rgb, towards: Rgb, ratio: number): Rgb {
  let out = colour;
  for (let t = 0.05; contrast(out, against) < ratio && t <= 1; t += 0.05) out = mix(colour, towards, t);
  return out;
}
