import type { Status } from "./status";

/**
 * One colour pair per status, shared by every front end (workbook formats, CLI workbooks, the pane).
 * Fills are light tints with dark text: ≥ 7:1 contrast in light themes; in high-contrast themes Excel
 * and the pane override fills, and the status word itself still carries the meaning (colour is never alone).
 */
export interface StatusStyle {
  readonly fill: string;
  readonly font: string;
}

export const STATUS_STYLES: Readonly<Record<Status, StatusStyle>> = {
  todo: { fill: "#EDEBE9", font: "#323130" },
  doing: { fill: "#DEECF9", font: "#004578" },
  waiting: { fill: "#FFF4CE", font: "#5C4A00" },
  blocked: { fill: "#FDE7E9", font: "#A4262C" },
  done: { fill: "#DFF6DD", font: "#0B5A08" },
  cancelled: { fill: "#F3F2F1", font: "#605E5C" },
};

/** Overdue: due before today and the case still open. */
export const OVERDUE_STYLE: StatusStyle = { fill: "#FDE7E9", font: "#A4262C" };
/** Due within two working days. */
export const DUE_SOON_STYLE: StatusStyle = { fill: "#FFF4CE", font: "#5C4A00" };
/** Data bar colour for age in step. */
export const AGE_BAR_COLOR = "#8A8886";
