import { HighContrastSelector, mergeStyles } from "@fluentui/react";
import { STATUS_LABELS, type Status } from "../../core/register/status";
import { STATUS_STYLES } from "../../core/register/status-style";
import { useStrings } from "../i18n/use-strings";

const base = mergeStyles({
  display: "inline-block",
  padding: "0 6px",
  borderRadius: 2,
  border: "1px solid transparent",
  lineHeight: "20px",
  whiteSpace: "nowrap",
  selectors: {
    // Windows contrast themes replace the tints; a border keeps the badge's shape, the word keeps its meaning.
    [HighContrastSelector]: { borderColor: "CanvasText", color: "CanvasText", background: "Canvas" },
  },
});

/** A status as its word (never colour alone), tinted with the same colours as the workbook's formats. */
export function StatusBadge({ status }: { readonly status: Status }) {
  const { lang } = useStrings();
  const style = STATUS_STYLES[status];
  return (
    <span className={base} style={{ background: style.fill, color: style.font }} data-status={status}>
      {STATUS_LABELS[status][lang]}
    </span>
  );
}
