/** Case IDs are `PREFIX-NNNN`, at least four digits (docs/specification.md §2). */
export function formatCaseId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, "0")}`;
}

/**
 * The number in an ID that carries `prefix`, or undefined for IDs of another form (kept, never renumbered).
 * @example caseNumber("PR", "PR-0012") === 12; caseNumber("PR", "X-1") === undefined
 */
export function caseNumber(prefix: string, id: string): number | undefined {
  if (id.length <= prefix.length + 1 || !id.startsWith(prefix) || id[prefix.length] !== "-") return undefined;
  const digits = id.slice(prefix.length + 1);
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}
