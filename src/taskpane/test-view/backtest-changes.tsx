import { ActionButton, Stack, Text, useTheme } from "@fluentui/react";
import { useState } from "react";
import type { DecisionChange } from "../../core/backtest/backtest";
import type { ProcessDefinition } from "../../core/definition/types";
import { TraceList } from "../components/trace-list";
import { useStrings } from "../i18n/use-strings";

const SHOWN = 10;

export interface ChangeNames {
  /** A step by its name in the reader's language. */
  readonly step: (id: string) => string;
  /** What a decision gave, as a reader knows it: a role by its name, a step by its name, "end" in words. */
  readonly value: (value: string | null) => string;
}

/** One changed decision, before → after, with the "why" of both behind a toggle. */
function Change({
  change,
  names,
  saved,
  draft,
}: {
  readonly change: DecisionChange;
  readonly names: ChangeNames;
  readonly saved: ProcessDefinition;
  readonly draft: ProcessDefinition;
}) {
  const { t, f } = useStrings();
  const theme = useTheme();
  const [open, setOpen] = useState(false);
  const why = change.why;
  return (
    <li style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, padding: "4px 0" }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap>
        <Text>
          {f("pastChange", {
            caseId: change.caseId,
            step: names.step(change.step),
            before: names.value(change.before),
            after: names.value(change.after),
          })}
        </Text>
        {why && (
          <ActionButton
            text={t.pastWhy}
            iconProps={{ iconName: open ? "ChevronUp" : "ChevronDown" }}
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
            styles={{ root: { height: 24 } }}
          />
        )}
      </Stack>
      {why && open && (
        <Stack tokens={{ childrenGap: 4 }} styles={{ root: { paddingLeft: 12 } }}>
          <TraceList
            trace={why.before}
            label={f("pastWhySaved", { id: change.caseId })}
            definition={saved}
            nameOf={names.step}
          />
          <TraceList
            trace={why.after}
            label={f("pastWhyDraft", { id: change.caseId })}
            definition={draft}
            nameOf={names.step}
          />
        </Stack>
      )}
    </li>
  );
}

/** The owner or next-step changes of a backtest, in History order; the first ten, all on request. */
export function ChangeList({
  title,
  changes,
  names,
  saved,
  draft,
}: {
  readonly title: string;
  readonly changes: readonly DecisionChange[];
  readonly names: ChangeNames;
  readonly saved: ProcessDefinition;
  readonly draft: ProcessDefinition;
}) {
  const { t, f } = useStrings();
  const [all, setAll] = useState(false);
  if (changes.length === 0) return null;
  const shown = all ? changes : changes.slice(0, SHOWN);
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text as="h3" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {`${title} (${changes.length})`}
      </Text>
      <ul aria-label={title} style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {shown.map((c, i) => (
          <Change key={`${c.caseId}-${c.step}-${i}`} change={c} names={names} saved={saved} draft={draft} />
        ))}
      </ul>
      {changes.length > SHOWN && (
        <ActionButton
          text={all ? t.showFewer : f("showAll", { n: changes.length })}
          onClick={() => setAll((a) => !a)}
        />
      )}
    </Stack>
  );
}
