/** A sheet name not yet used in the workbook ("Procurement", "Procurement 2", …); Excel caps names at 31. */
export function uniqueName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const name = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
