import { mergeStyleSets, useTheme } from "@fluentui/react";
import { useMemo } from "react";
import { END } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";
import type { StepSummary } from "../templates/catalog";

/** Step names as small boxes joined by arrows; a step that branches says where it can go. */
export function StepFlowMini({ steps }: { readonly steps: readonly StepSummary[] }) {
  const { lang, t, f } = useStrings();
  const theme = useTheme();
  const css = useMemo(
    () =>
      mergeStyleSets({
        list: {
          display: "flex",
          flexWrap: "wrap",
          alignItems: "center",
          gap: 4,
          listStyle: "none",
          margin: 0,
          padding: 0,
        },
        chip: {
          border: `1px solid ${theme.semanticColors.inputBorder}`,
          borderRadius: 2,
          padding: "0 4px",
          fontSize: 12,
          lineHeight: "18px",
          color: theme.semanticColors.bodyText,
          background: theme.semanticColors.bodyBackground,
        },
        branch: { fontSize: 11, color: theme.semanticColors.bodySubtext },
        arrow: { color: theme.semanticColors.bodySubtext, fontSize: 12 },
      }),
    [theme],
  );
  const names = new Map(steps.map((s) => [s.id, resolveText(s.name, lang)]));
  const nameOf = (id: string) => (id === END ? t.end : (names.get(id) ?? id));
  return (
    <ol className={css.list} aria-label={t.stepsLabel}>
      {steps.map((s, i) => {
        const following = steps[i + 1]?.id ?? END;
        const branches = s.next.length > 1 || s.next[0] !== following;
        const targets = s.next.map(nameOf).join(t.or);
        return (
          <li
            key={s.id}
            aria-label={branches ? f("stepBranches", { step: nameOf(s.id), targets }) : nameOf(s.id)}
          >
            <span className={css.chip} aria-hidden="true">
              {nameOf(s.id)}
            </span>
            {branches && (
              <span className={css.branch} aria-hidden="true">
                {/* ↳ rather than ⑂ (U+2442), which fonts without the OCR block draw as an empty box. */}
                {` ↳ ${targets}`}
              </span>
            )}
            {i < steps.length - 1 && (
              <span className={css.arrow} aria-hidden="true">
                {" "}
                →
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
