import { Dropdown, Stack } from "@fluentui/react";
import { useEffect, useState } from "react";
import { END } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { NoProcess } from "../components/no-process";
import { SaveBar } from "../components/save-bar";
import { Section } from "../components/section";
import { useCompiled } from "../components/use-compiled";
import { useStrings } from "../i18n/use-strings";
import { useNavigation } from "../navigation";
import { peopleIn } from "../components/people";
import { useSession } from "../session/session-context";
import { LiveRow } from "./live-row";
import { NextClauses } from "./next-clauses";
import { OwnerClauses } from "./owner-clauses";
import { RolesEditor } from "./roles-editor";

/** Step 3 of the loop: who owns each step and where it leads, as JSONata rules tried on the live row. */
export function RulesView() {
  const { lang, t } = useStrings();
  const { binding, draft } = useSession();
  const { ruleStep } = useNavigation();
  const compiled = useCompiled(draft);
  const [stepId, setStepId] = useState<string | undefined>(ruleStep);
  useEffect(() => {
    if (ruleStep) setStepId(ruleStep);
  }, [ruleStep]);
  if (!binding || !draft) return <NoProcess />;

  const stepIndex = Math.max(
    0,
    draft.steps.findIndex((s) => s.id === stepId),
  );
  const step = draft.steps[stepIndex];
  if (!step) return <NoProcess />;
  const steps = draft.steps.map((s) => [s.id, resolveText(s.name, lang) || s.id] as const);
  const nameOf = (id: string) => (id === END ? t.end : (steps.find(([sid]) => sid === id)?.[1] ?? id));
  // Roles by their name in the pane's language (what people call them), then the people the process knows.
  const people = [
    ...Object.entries(draft.roles ?? {}).map(([key, r]) => resolveText(r.name, lang) || key),
    ...peopleIn(draft),
  ];

  return (
    <Stack>
      <SaveBar />
      <Dropdown
        label={t.step}
        selectedKey={step.id}
        options={steps.map(([id, name]) => ({ key: id, text: name }))}
        onChange={(_e, o) => o && setStepId(String(o.key))}
        styles={{ root: { marginTop: 12 } }}
      />
      <Section title={t.ownerRules}>
        <OwnerClauses step={step} stepIndex={stepIndex} people={people} />
      </Section>
      <Section title={t.nextRules}>
        <NextClauses step={step} stepIndex={stepIndex} steps={steps} />
      </Section>
      <Section title={t.liveRowTitle}>
        <LiveRow
          binding={binding}
          process={compiled?.ok ? compiled.value : undefined}
          stepId={step.id}
          nameOf={nameOf}
        />
      </Section>
      <Section title={t.rolesTitle}>
        <RolesEditor />
      </Section>
    </Stack>
  );
}
