import { FontIcon, mergeStyleSets, Stack, Text, useTheme } from "@fluentui/react";
import { useId, useMemo, type ReactNode } from "react";
import { useStrings } from "../i18n/use-strings";
import type { Verdict } from "./metrics";

export interface MetricCardProps {
  readonly title: string;
  /** The figure, already formatted ("—" when nothing is measured). */
  readonly value: string;
  readonly verdict?: Verdict;
  readonly targetText?: string;
  /** Said instead of a verdict when too few cases closed to judge the figure. */
  readonly notJudged?: string;
  readonly children?: ReactNode;
}

/** One measured figure, with its goal and, in words, whether it is met. */
export function MetricCard({ title, value, verdict, targetText, notJudged, children }: MetricCardProps) {
  const { t } = useStrings();
  const theme = useTheme();
  const id = useId();
  const css = useMemo(
    () =>
      mergeStyleSets({
        card: {
          border: `1px solid ${theme.semanticColors.bodyDivider}`,
          borderRadius: 4,
          padding: "8px 10px",
        },
        value: { fontSize: 20, fontWeight: 600 },
      }),
    [theme],
  );
  const met = verdict?.met;
  return (
    <section className={css.card} aria-labelledby={id}>
      <Stack tokens={{ childrenGap: 2 }}>
        <Text id={id} variant="small" styles={{ root: { fontWeight: 600 } }}>
          {title}
        </Text>
        <Text className={css.value}>{value}</Text>
        {targetText && (
          <Text variant="small">
            {targetText}
            {notJudged !== undefined ? (
              <>
                {" · "}
                <FontIcon iconName="Info" aria-hidden="true" /> <strong>{notJudged}</strong>
              </>
            ) : (
              met !== undefined && (
                <>
                  {" · "}
                  <FontIcon iconName={met ? "Completed" : "Warning"} aria-hidden="true" />{" "}
                  <strong>{met ? t.targetMet : t.targetMissed}</strong>
                </>
              )
            )}
          </Text>
        )}
        {children}
      </Stack>
    </section>
  );
}
