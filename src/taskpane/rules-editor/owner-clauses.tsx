import { ChoiceGroup, DefaultButton, Stack, Text, TextField } from "@fluentui/react";
import { useId, useMemo } from "react";
import type { OwnerClause, StepDef } from "../../core/definition/types";
import { roleIndex, roleNamed } from "../../core/process";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import { ClauseCard } from "./clause-card";
import {
  moveAt,
  ownerClauses,
  ownerValue,
  replaceAt,
  updateOwner,
  withOwnerKind,
  withWhen,
} from "./clause-edits";
import { JsonataField, JsonataHelpLink } from "./jsonata-field";

/**
 * The owner clauses of one step: tried in order, the first whose condition holds names the owner. A
 * literal owner may be a role by its name in either language; a name that is neither a role nor one of
 * its members is flagged beside the field.
 */
export function OwnerClauses({
  step,
  stepIndex,
  people,
}: {
  readonly step: StepDef;
  readonly stepIndex: number;
  readonly people: readonly string[];
}) {
  const { lang, t, f } = useStrings();
  const { draft, edit } = useDraft();
  const listId = useId();
  const roles = useMemo(() => roleIndex(draft ?? {}), [draft]);
  const members = useMemo(
    () => new Set(Object.values(draft?.roles ?? {}).flatMap((r) => r.members)),
    [draft],
  );
  /** Under a literal owner: which role it is, or that nobody knows the name. */
  const ownerNote = (name: string): { readonly note?: string; readonly warn?: boolean } => {
    if (name.trim() === "") return {};
    const role = roleNamed(roles, name.trim());
    if (role !== undefined)
      return { note: f("ownerIsRole", { role: resolveText(draft?.roles?.[role]?.name, lang) || role }) };
    // Flagged only where there are people to know: a process without role members yet knows nobody.
    return members.size === 0 || members.has(name.trim())
      ? {}
      : { note: f("unknownPerson", { name: name.trim() }), warn: true };
  };
  const clauses = ownerClauses(step.owner);
  const change = (update: (c: OwnerClause[]) => OwnerClause[]) =>
    edit((d) => updateOwner(d, step.id, update));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">
        {t.ownerRulesHelp} <JsonataHelpLink />
      </Text>
      <datalist id={listId}>
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {clauses.map((c, i) => {
        const path = `steps[${stepIndex}].owner[${i}]`;
        const { kind, value } = ownerValue(c);
        const title = f("ownerClauseN", { n: i + 1 });
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
              path={`${path}.when`}
              onChange={(v) => change((list) => replaceAt(list, i, withWhen(c, v)))}
            />
            <ChoiceGroup
              label={t.assignKind}
              selectedKey={kind}
              options={[
                { key: "assign", text: t.assignLiteral },
                { key: "assignExpr", text: t.assignExpression },
              ]}
              onChange={(_e, o) =>
                o &&
                change((list) =>
                  replaceAt(list, i, withOwnerKind(c, o.key as "assign" | "assignExpr", value)),
                )
              }
            />
            {kind === "assign" ? (
              <TextField
                label={t.assignTo}
                value={value}
                list={listId}
                onChange={(_e, v) =>
                  change((list) => replaceAt(list, i, withOwnerKind(c, "assign", v ?? "")))
                }
                {...(ownerNote(value).note ? { description: ownerNote(value).note } : {})}
                styles={ownerNote(value).warn ? { description: { color: "inherit", fontWeight: 600 } } : {}}
                data-testid="owner-literal"
              />
            ) : (
              <JsonataField
                label={t.assignExpr}
                value={value}
                path={`${path}.assignExpr`}
                onChange={(v) => change((list) => replaceAt(list, i, withOwnerKind(c, "assignExpr", v)))}
              />
            )}
          </ClauseCard>
        );
      })}
      <DefaultButton
        text={t.addOwnerClause}
        iconProps={{ iconName: "Add" }}
        onClick={() => change((list) => [...list, { assign: "" }])}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
    </Stack>
  );
}
