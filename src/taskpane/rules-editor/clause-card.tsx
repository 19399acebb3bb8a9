import { IconButton, mergeStyleSets, Stack, Text, useTheme } from "@fluentui/react";
import { useId, useMemo, type ReactNode } from "react";
import { useStrings } from "../i18n/use-strings";

export interface ClauseCardProps {
  readonly title: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onDelete: () => void;
  readonly children: ReactNode;
}

/** One clause of a rule list, with keyboard-reachable buttons to reorder or delete it. */
export function ClauseCard({ title, index, count, onMove, onDelete, children }: ClauseCardProps) {
  const { f } = useStrings();
  const theme = useTheme();
  const id = useId();
  const css = useMemo(
    () =>
      mergeStyleSets({
        card: {
          border: `1px solid ${theme.semanticColors.bodyDivider}`,
          borderRadius: 4,
          padding: "4px 8px 8px",
        },
      }),
    [theme],
  );
  return (
    <section className={css.card} aria-labelledby={id}>
      <Stack horizontal verticalAlign="center" horizontalAlign="space-between">
        <Text id={id} styles={{ root: { fontWeight: 600 } }}>
          {title}
        </Text>
        <Stack horizontal>
          <IconButton
            iconProps={{ iconName: "ChevronUp" }}
            ariaLabel={f("moveClauseUp", { clause: title })}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          />
          <IconButton
            iconProps={{ iconName: "ChevronDown" }}
            ariaLabel={f("moveClauseDown", { clause: title })}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          />
          <IconButton
            iconProps={{ iconName: "Delete" }}
            ariaLabel={f("deleteClause", { clause: title })}
            onClick={onDelete}
          />
        </Stack>
      </Stack>
      <Stack tokens={{ childrenGap: 4 }}>{children}</Stack>
    </section>
  );
}
