/**
 * Text a spreadsheet would read as a formula (OWASP CSV injection: `=`, `+`, `-`, `@`, tab, CR, LF,
 * also after leading spaces; full-width `＝＋－＠` too, which Excel's IME input can turn into formulas).
 * Every writer — workbook cells, CSV, history, chart titles — asks this one question (docs/reliability.md §1).
 * @example looksLikeFormula("=HYPERLINK(\"http://x\")") === true; looksLikeFormula("Ann") === false
 */
export function looksLikeFormula(text: string): boolean {
  if (/^[\t\r\n\0]/.test(text)) return true;
  return /^[=+\-@＝＋－＠]/.test(text.replace(/^[ \u00a0\u3000]+/, ""));
}
