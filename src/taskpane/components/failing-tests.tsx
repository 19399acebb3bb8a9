import { DefaultButton, MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import { END, type ProcessDefinition } from "../../core/definition/types";
import { describeFailure, type RuleTestOutcome } from "../../core/testing/rule-tests";
import { expectationChanges, updatedExpectation } from "../../core/testing/update-test";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";

/**
 * The rule tests the unsaved edits break, shown where the edit was made (the save bar of each view): what
 * failed, and for each a one-step "Update the test" to what the rules now decide, its before → after shown.
 */
export function FailingTests({
  failing,
  draft,
  onUpdate,
}: {
  readonly failing: readonly RuleTestOutcome[];
  readonly draft: ProcessDefinition;
  readonly onUpdate: (outcome: RuleTestOutcome) => void;
}) {
  const { lang, t, f } = useStrings();
  const name = (what: "owner" | "next" | "error", value: string | undefined): string => {
    if (value === undefined) return t.nothing;
    if (what === "next") {
      if (value === END) return t.end;
      return resolveText(draft.steps.find((s) => s.id === value)?.name, lang) || value;
    }
    if (what === "owner") return resolveText(draft.roles?.[value]?.name, lang) || value;
    return value;
  };
  const label = { owner: t.expectOwner, next: t.expectNext, error: t.expectError };
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
      <Text>{f("saveRunsTests", { n: failing.length })}</Text>
      <ul aria-label={t.ruleTests} style={{ margin: "4px 0 0", paddingLeft: 18 }}>
        {failing.map((o) => {
          const test = draft.tests?.[o.index];
          const changes = test
            ? expectationChanges(test.expect, updatedExpectation(test.expect, o.explanation))
            : [];
          return (
            <li key={o.index} style={{ marginBottom: 6 }}>
              <strong>{o.name}</strong>
              <ul style={{ margin: "2px 0", paddingLeft: 16 }}>
                {o.problems.map((p, i) => (
                  <li key={i}>{describeFailure(p, lang)}</li>
                ))}
              </ul>
              {test && changes.length > 0 && (
                <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
                  <DefaultButton text={t.updateTest} onClick={() => onUpdate(o)} />
                  <Text variant="small">
                    {changes
                      .map((c) =>
                        f("updateTestChange", {
                          what: label[c.what],
                          before: name(c.what, c.before),
                          after: name(c.what, c.after),
                        }),
                      )
                      .join(lang === "zh-CN" ? "；" : "; ")}
                  </Text>
                </Stack>
              )}
            </li>
          );
        })}
      </ul>
    </MessageBar>
  );
}
