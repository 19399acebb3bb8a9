import { DefaultButton, Stack, Text, useTheme } from "@fluentui/react";
import type { Status } from "../../core/register/status";
import type { WorkItem } from "../../excel/api-types";
import { StatusBadge } from "../components/status-badge";
import { useStrings, type PlainKey } from "../i18n/use-strings";

const MOVES: readonly { readonly status: Status; readonly label: PlainKey; readonly icon: string }[] = [
  { status: "doing", label: "start", icon: "Play" },
  { status: "blocked", label: "block", icon: "Blocked" },
  { status: "done", label: "finish", icon: "CheckMark" },
];

export interface WorkItemViewProps {
  readonly item: WorkItem;
  /** The case as people know it: its title (the item, the client…) and its amount. */
  readonly title?: string | undefined;
  readonly amount?: number | undefined;
  readonly stepName: string;
  readonly today: string;
  readonly busy: boolean;
  readonly onStatus: (status: Status) => void;
}

/** One of my cases: ID, step, status (in words), due date (and "overdue"), and Start / Block / Finish. */
export function WorkItemView({ item, title, amount, stepName, today, busy, onStatus }: WorkItemViewProps) {
  const { t, f, day, num } = useStrings();
  const theme = useTheme();
  const overdue = item.due !== undefined && item.due < today;
  return (
    <Stack
      tokens={{ childrenGap: 4 }}
      styles={{ root: { borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, padding: "6px 0" } }}
    >
      <Stack
        horizontal
        horizontalAlign="space-between"
        verticalAlign="center"
        wrap
        tokens={{ childrenGap: 4 }}
      >
        <Text as="h3" styles={{ root: { margin: 0, fontWeight: 600, fontSize: 14 } }}>
          {item.id}
          {title ? ` ${title}` : ""}
        </Text>
        <StatusBadge status={item.status} />
      </Stack>
      {amount !== undefined && <Text variant="small">{num(amount, 2)}</Text>}
      <Text variant="small">
        {stepName}
        {item.stepStarted ? ` · ${f("inStepSince", { date: day(item.stepStarted) })}` : ""}
      </Text>
      {item.due && (
        <Text
          variant="small"
          styles={overdue ? { root: { color: theme.semanticColors.errorText, fontWeight: 600 } } : {}}
        >
          {overdue ? f("overdueSince", { date: day(item.due) }) : f("dueOn", { date: day(item.due) })}
        </Text>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 4 }}>
        {MOVES.filter((m) => m.status !== item.status).map((m) => (
          <DefaultButton
            key={m.status}
            text={t[m.label]}
            ariaLabel={`${t[m.label]} ${item.id}`}
            iconProps={{ iconName: m.icon }}
            disabled={busy}
            onClick={() => onStatus(m.status)}
            styles={{ root: { minWidth: 0, padding: "0 8px" } }}
          />
        ))}
      </Stack>
    </Stack>
  );
}
