import { mergeStyleSets, type ITheme } from "@fluentui/react";
import { MONO_STACK } from "../theme/theme";

/** The flow diagram's boxes and arrows, in theme colours (they follow high-contrast themes). */
export function flowStyles(theme: ITheme) {
  const c = theme.semanticColors;
  return mergeStyleSets({
    list: { listStyle: "none", margin: 0, padding: 0 },
    box: {
      border: `1px solid ${c.inputBorder}`,
      borderRadius: 4,
      padding: "8px 10px",
      background: c.bodyBackground,
      color: c.bodyText,
      selectors: { ":focus-within": { outline: `2px solid ${c.focusBorder}`, outlineOffset: 1 } },
    },
    name: { fontWeight: 600, margin: 0, fontSize: 14 },
    meta: { fontSize: 12, color: c.bodySubtext },
    branches: { listStyle: "none", margin: "4px 0 0", padding: 0, fontSize: 12 },
    code: { fontFamily: MONO_STACK, fontSize: 12, wordBreak: "break-word" },
    arrow: { display: "flex", justifyContent: "center", color: c.bodySubtext, height: 20 },
    actions: { display: "flex", flexWrap: "wrap", gap: 0, marginTop: 4 },
  });
}
