import { Stack, Text } from "@fluentui/react";
import { END, type ProcessDefinition } from "../../core/definition/types";
import type { RowExplanation } from "../../core/rules/explain";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";
import { describe } from "./errors";
import { TraceList } from "./trace-list";

/** Who the rules pick and where the case goes next, each with the clauses tried (the "why"). */
export function ExplanationView({
  explanation,
  nameOf,
  definition,
}: {
  readonly explanation: RowExplanation;
  readonly nameOf: (stepId: string) => string;
  readonly definition: ProcessDefinition;
}) {
  const { lang, t, f } = useStrings();
  const x = explanation;
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text>
        <strong>{t.ownerResult}</strong>{" "}
        {x.owner
          ? x.owner.role
            ? f("ownerViaRole", {
                person: x.owner.person,
                // The role's name in the pane's language where the definition gives one, else its key.
                role: resolveText(definition.roles?.[x.owner.role]?.name, lang) || x.owner.role,
              })
            : x.owner.person
          : x.ownerError
            ? describe(x.ownerError, lang)
            : "—"}
      </Text>
      <TraceList trace={x.ownerTrace} label={t.ownerWhy} definition={definition} nameOf={nameOf} />
      <Text>
        <strong>{t.nextResult}</strong>{" "}
        {x.next !== undefined
          ? x.next === END
            ? t.end
            : nameOf(x.next)
          : x.nextError
            ? describe(x.nextError, lang)
            : "—"}
      </Text>
      <TraceList trace={x.nextTrace} label={t.nextWhy} definition={definition} nameOf={nameOf} />
    </Stack>
  );
}
