import { useMemo } from "react";
import type { FlowWords } from "../../workbook/map/flow-graph";
import { useStrings } from "../i18n/use-strings";

/** The words the pane draws a flow with, in its language. */
export function useFlowWords(): FlowWords {
  const { lang, t, f } = useStrings();
  return useMemo(
    () => ({
      end: t.end,
      stepTitle: (n, name) => f("stepNumbered", { n, name }),
      sla: (days) => f("slaIs", { days }),
      when: (condition) => `${t.branchIf} ${condition}`,
      otherwise: t.branchOtherwise,
    }),
    // `t` and `f` change with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lang],
  );
}
