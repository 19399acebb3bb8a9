import { Text as UiText } from "@fluentui/react";
import type { ClauseChange, DefinitionChange, FieldAspect, RuleClause } from "../../core/definition/diff";
import { END, type ProcessDefinition } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { useStrings, type PlainKey, type StringsApi } from "../i18n/use-strings";

/** One line of the readable diff, with the clause lines of a rule under it. */
export interface DiffLine {
  readonly text: string;
  readonly details?: readonly string[];
}

const ASPECT: Readonly<Record<FieldAspect, PlainKey>> = {
  header: "aspectHeader",
  type: "aspectType",
  format: "aspectFormat",
  choices: "aspectChoices",
  required: "aspectRequired",
  min: "aspectMin",
  max: "aspectMax",
  description: "aspectDescription",
};

/**
 * The changes as sentences in the pane's language. Step ids in next-step rules are shown by name (the
 * newer definition's, else the older's), as the Map view shows them.
 */
export function diffLines(
  changes: readonly DefinitionChange[],
  before: ProcessDefinition,
  after: ProcessDefinition,
  s: StringsApi,
  sayRule: (when: string) => string = (when) => when,
): DiffLine[] {
  const { lang, t, f, num, pct } = s;
  const stepName = (id: string): string => {
    if (id === END) return t.end;
    const step = after.steps.find((x) => x.id === id) ?? before.steps.find((x) => x.id === id);
    return step ? resolveText(step.name, lang) || id : id;
  };
  const sla = (n: number | undefined): string =>
    n === undefined ? t.diffNoSla : f("slaDaysValue", { n: num(n) });
  const list = (names: readonly string[]): string =>
    names.length > 0 ? names.join(t.listSeparator) : t.nobody;
  const policy = (p: string): string => (p === "first" ? t.policyFirst : t.policyLeastBusy);
  const clause = (c: RuleClause, next: boolean): string => {
    const then = next ? stepName(c.then) : c.expr ? `= ${c.then}` : c.then;
    return c.when !== undefined
      ? f("clauseWhen", { when: sayRule(c.when), then })
      : f("clauseOtherwise", { then });
  };
  const clauseLine = (c: ClauseChange, next: boolean): string => {
    if (c.change === "added") return f("clauseAdded", { clause: clause(c.after, next) });
    if (c.change === "removed") return f("clauseRemoved", { clause: clause(c.before, next) });
    return f("clauseChanged", { before: clause(c.before, next), after: clause(c.after, next) });
  };
  const goalValue = (
    aspect: "targetCycleDays" | "targetOnTimeRate",
    v: string | number | undefined,
  ): string => {
    if (typeof v !== "number") return t.diffNoSla;
    return aspect === "targetCycleDays" ? f("daysValue", { n: num(v) }) : pct(v);
  };

  return changes.map((c): DiffLine => {
    switch (c.kind) {
      case "nameChanged":
        return {
          text: f("diffName", { before: resolveText(c.before, lang), after: resolveText(c.after, lang) }),
        };
      case "stepAdded":
        return {
          text: f("diffStepAdded", { name: resolveText(c.name, lang) || c.step, position: c.position }),
        };
      case "stepRemoved":
        return { text: f("diffStepRemoved", { name: resolveText(c.name, lang) || c.step }) };
      case "stepRenamed":
        return {
          text: f("diffStepRenamed", {
            before: resolveText(c.before, lang) || c.step,
            after: resolveText(c.after, lang) || c.step,
          }),
        };
      case "stepMoved":
        return {
          text: f("diffStepMoved", { name: resolveText(c.name, lang) || c.step, from: c.from, to: c.to }),
        };
      case "slaChanged":
        return {
          text: f("diffSla", {
            name: resolveText(c.name, lang) || c.step,
            before: sla(c.before),
            after: sla(c.after),
          }),
        };
      case "ownerRuleChanged":
      case "nextRuleChanged": {
        const next = c.kind === "nextRuleChanged";
        return {
          text: f(next ? "diffNextRule" : "diffOwnerRule", { name: resolveText(c.name, lang) || c.step }),
          details: c.clauses.map((x) => clauseLine(x, next)),
        };
      }
      case "fieldAdded":
        return { text: f("diffFieldAdded", { name: resolveText(c.header, lang) || c.field }) };
      case "fieldRemoved":
        return { text: f("diffFieldRemoved", { name: resolveText(c.header, lang) || c.field }) };
      case "fieldChanged":
        return {
          text: f("diffFieldChanged", {
            name: resolveText(c.header, lang) || c.field,
            aspects: c.aspects.map((a) => t[ASPECT[a]]).join(t.listSeparator),
          }),
        };
      case "roleAdded":
        return { text: f("diffRoleAdded", { role: c.role, members: list(c.members) }) };
      case "roleRemoved":
        return { text: f("diffRoleRemoved", { role: c.role }) };
      case "roleChanged": {
        const lines: string[] = [];
        if (c.added.length > 0 || c.removed.length > 0)
          lines.push(f("diffRoleMembers", { role: c.role, added: list(c.added), removed: list(c.removed) }));
        if (c.assign)
          lines.push(
            f("diffRoleAssign", {
              role: c.role,
              before: policy(c.assign.before),
              after: policy(c.assign.after),
            }),
          );
        return { text: lines.join(" ") };
      }
      case "goalChanged":
        if (c.aspect === "statement") return { text: t.diffGoalStatement };
        return {
          text: f(c.aspect === "targetCycleDays" ? "diffGoalCycle" : "diffGoalOnTime", {
            before: goalValue(c.aspect, c.before),
            after: goalValue(c.aspect, c.after),
          }),
        };
      case "otherChanged":
        return { text: f("diffOther", { parts: c.parts.join(t.listSeparator) }) };
    }
  });
}

/** What an upgrade changes, as a list a process owner can read before applying it. */
export function DefinitionDiffView({
  changes,
  before,
  after,
  label,
  sayRule,
}: {
  readonly changes: readonly DefinitionChange[];
  readonly before: ProcessDefinition;
  readonly after: ProcessDefinition;
  readonly label: string;
  /**
   * A condition in the reader's words (each column by its header). The editing views pass it; the Start
   * view does not, so the rule engine stays out of the pane's first download.
   */
  readonly sayRule?: (when: string) => string;
}) {
  const strings = useStrings();
  if (changes.length === 0) return <UiText>{strings.t.upgradeNoChanges}</UiText>;
  return (
    <ul aria-label={label} style={{ margin: 0, paddingLeft: 18 }}>
      {diffLines(changes, before, after, strings, sayRule).map((line, i) => (
        <li key={i}>
          <UiText>{line.text}</UiText>
          {line.details && (
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {line.details.map((d, j) => (
                <li key={j}>
                  <UiText variant="small">{d}</UiText>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
