import { mergeStyleSets, useTheme } from "@fluentui/react";
import { useMemo } from "react";

/**
 * The look of the pane's small tables of figures (step times, a backtest's load and on-time): thin dividers,
 * figures right-aligned and kept whole, row headers left and wrapping; `changed` marks a row that differs.
 */
export function useFigureTableCss(headWeight: 400 | 600) {
  const theme = useTheme();
  return useMemo(
    () =>
      mergeStyleSets({
        table: { width: "100%", borderCollapse: "collapse", fontSize: 12 },
        cell: {
          borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
          padding: "3px 4px",
          textAlign: "right",
          // Figures and short headers ("p50", "SLA") stay whole; at 350 px the pane's overflowWrap broke them.
          whiteSpace: "nowrap",
        },
        head: { textAlign: "left", fontWeight: headWeight, whiteSpace: "normal" },
        changed: { fontWeight: 700 },
      }),
    [theme, headWeight],
  );
}
