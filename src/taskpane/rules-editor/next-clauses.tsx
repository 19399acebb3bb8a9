import { DefaultButton, Dropdown, Stack, Text } from "@fluentui/react";
import { END, type NextClause, type StepDef } from "../../core/definition/types";
import { useStrings } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import { ClauseCard } from "./clause-card";
import { moveAt, replaceAt, updateNext, withWhen } from "./clause-edits";
import { JsonataField, JsonataHelpLink } from "./jsonata-field";

export interface NextClausesProps {
  readonly step: StepDef;
  readonly stepIndex: number;
  /** Every step as [id, name], in order. */
  readonly steps: readonly (readonly [string, string])[];
}

/** Where a finished step leads: clauses tried in order; none at all means the following step. */
export function NextClauses({ step, stepIndex, steps }: NextClausesProps) {
  const { t, f } = useStrings();
  const { edit } = useDraft();
  const clauses = step.next ?? [];
  const following = steps[stepIndex + 1]?.[0] ?? END;
  const change = (update: (c: NextClause[]) => NextClause[]) => edit((d) => updateNext(d, step.id, update));
  const options = [...steps.map(([id, name]) => ({ key: id, text: name })), { key: END, text: t.end }];
  const followingName = options.find((o) => o.key === following)?.text ?? following;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">
        {clauses.length === 0 ? f("nextDefault", { step: followingName }) : t.nextRulesHelp}{" "}
        <JsonataHelpLink />
      </Text>
      {clauses.map((c, i) => {
        const title = f("nextClauseN", { n: i + 1 });
        return (
          <ClauseCard
            key={i}
            title={title}
            index={i}
            count={clauses.length}
            onMove={(delta) => change((list) => moveAt(list, i, delta))}
            onDelete={() => change((list) => list.filter((_x, j) => j !== i))}
          >
            <JsonataField
              label={t.when}
              placeholder={t.whenPlaceholder}
              value={c.when ?? ""}
              path={`steps[${stepIndex}].next[${i}].when`}
              onChange={(v) => change((list) => replaceAt(list, i, withWhen(c, v)))}
            />
            <Dropdown
              label={t.goTo}
              selectedKey={c.goto}
              options={options}
              onChange={(_e, o) => o && change((list) => replaceAt(list, i, { ...c, goto: String(o.key) }))}
            />
          </ClauseCard>
        );
      })}
      <DefaultButton
        text={t.addNextClause}
        iconProps={{ iconName: "Add" }}
        onClick={() => change((list) => [...list, { goto: following }])}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
    </Stack>
  );
}
