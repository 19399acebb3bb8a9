import {
  DefaultButton,
  mergeStyleSets,
  PrimaryButton,
  Stack,
  Text,
  TextField,
  useTheme,
} from "@fluentui/react";
import { useMemo, useState } from "react";
import type { ProcessDefinition } from "../../../core/definition/types";
import { resolveText } from "../../../core/text";
import { ProblemList } from "../../components/error-bar";
import { peopleIn } from "../../components/people";
import { Section } from "../../components/section";
import { setTextIn, textIn } from "../../components/text-edit";
import { useCompiled } from "../../components/use-compiled";
import { FieldsEditor } from "../../fields/fields-editor";
import { GoalFields } from "../../goals/goal-fields";
import { useStrings } from "../../i18n/use-strings";
import { StepsEditor } from "../../map/steps-editor";
import { useNavigation } from "../../navigation";
import { NextClauses } from "../../rules-editor/next-clauses";
import { OwnerClauses } from "../../rules-editor/owner-clauses";
import { RolesEditor } from "../../rules-editor/roles-editor";
import { DraftProvider, useDraft, type DraftEditing } from "../../session/draft-context";
import type { Lang } from "../../../words/lang";
import { useSession } from "../../session/session-context";
import { CreateForm } from "../create-form";
import { FirstTest } from "./first-test";
import {
  blankDefinition,
  problemsUpTo,
  processIdFor,
  STAGE_WORDS,
  STAGES,
  type Stage,
} from "./wizard-stages";

const half = { root: { flex: "1 1 130px", minWidth: 0 } };

/**
 * Before the first step exists the schema refuses the whole definition, which would hide what is wrong
 * with the name or the fields: those stages are checked with a stand-in step.
 */
function checkable(def: ProcessDefinition): ProcessDefinition {
  return def.steps.length > 0 ? def : { ...def, steps: [{ id: "stand-in", name: "-", owner: "-" }] };
}

/** The process's name in English and Chinese side by side. */
function NameFields() {
  const { t } = useStrings();
  const { draft, edit } = useDraft();
  const rename = (lang: Lang, value: string) => edit((d) => ({ ...d, name: setTextIn(d.name, lang, value) }));
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
      <TextField
        label={t.processNameEn}
        lang="en"
        styles={half}
        value={textIn(draft?.name, "en")}
        onChange={(_e, v) => rename("en", v ?? "")}
      />
      <TextField
        label={t.processNameZh}
        lang="zh-CN"
        styles={half}
        value={textIn(draft?.name, "zh-CN")}
        onChange={(_e, v) => rename("zh-CN", v ?? "")}
      />
    </Stack>
  );
}

function Owners() {
  const { lang, f } = useStrings();
  const { draft } = useDraft();
  if (!draft) return null;
  const steps = draft.steps.map((s) => [s.id, resolveText(s.name, lang) || s.id] as const);
  const people = [
    ...Object.entries(draft.roles ?? {}).map(([key, r]) => resolveText(r.name, lang) || key),
    ...peopleIn(draft),
  ];
  return (
    <>
      {draft.steps.map((step, i) => (
        <Section key={step.id} title={f("stepRules", { step: steps[i]?.[1] ?? step.id })}>
          <OwnerClauses step={step} stepIndex={i} people={people} />
          <NextClauses step={step} stepIndex={i} steps={steps} />
        </Section>
      ))}
    </>
  );
}

/**
 * A new process from blank, guided by the loop: its goal, the fields each case records, the steps, who
 * owns them and where each leads, a first test, then its register. Each stage is checked by the real
 * loader as it is edited; the next one opens when nothing is wrong so far.
 */
export function BlankWizard({ onClose }: { readonly onClose: () => void }) {
  const { lang, t, f } = useStrings();
  const theme = useTheme();
  const { processes } = useSession();
  const { go } = useNavigation();
  const [def, setDef] = useState<ProcessDefinition>(() => blankDefinition(lang, ""));
  const [stage, setStage] = useState<Stage>("goal");
  const editing = useMemo<DraftEditing>(
    () => ({ draft: def, edit: (update) => setDef((d) => update(d)) }),
    [def],
  );
  const withId = useMemo(
    () => ({
      ...def,
      id: processIdFor(
        textIn(def.name, "en"),
        processes.map((p) => p.id),
      ),
    }),
    [def, processes],
  );
  const compiled = useCompiled(STAGES.indexOf(stage) < STAGES.indexOf("steps") ? checkable(withId) : withId);
  const problems = problemsUpTo(compiled && !compiled.ok ? compiled.error : [], stage);
  const at = STAGES.indexOf(stage);
  const css = useMemo(
    () =>
      mergeStyleSets({
        stages: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: 4 },
        stage: {
          padding: "2px 8px",
          borderRadius: 10,
          fontSize: 12,
          border: `1px solid ${theme.semanticColors.inputBorder}`,
        },
        current: {
          background: theme.palette.themePrimary,
          color: theme.palette.white,
          borderColor: theme.palette.themePrimary,
        },
      }),
    [theme],
  );
  return (
    <DraftProvider value={editing}>
      <Stack tokens={{ childrenGap: 10 }} data-testid="blank-wizard">
        <ol className={css.stages} aria-label={t.wizardSteps}>
          {STAGES.map((s, i) => (
            <li
              key={s}
              className={`${css.stage} ${s === stage ? css.current : ""}`}
              aria-current={s === stage ? "step" : undefined}
            >
              {i + 1}. {t[STAGE_WORDS[s]]}
            </li>
          ))}
        </ol>
        <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {f("wizardAt", { n: at + 1, count: STAGES.length, name: t[STAGE_WORDS[stage]] })}
        </Text>
        {stage === "goal" && (
          <>
            <NameFields />
            <GoalFields />
          </>
        )}
        {stage === "fields" && <FieldsEditor />}
        {stage === "steps" && <StepsEditor />}
        {stage === "owners" && (
          <>
            <Text variant="small">{t.ownersHelp}</Text>
            <Owners />
            <Section title={t.rolesTitle}>
              <RolesEditor />
            </Section>
          </>
        )}
        {stage === "test" && <FirstTest process={compiled?.ok ? compiled.value : undefined} />}
        {stage === "create" && (
          <>
            <Text>{t.createHelp}</Text>
            <CreateForm
              load={async () => ({ ok: true, value: withId })}
              offerSample={false}
              onCreated={() => {
                onClose();
                go("map");
              }}
            />
          </>
        )}
        <ProblemList problems={problems} title={t.fixThisPart} definition={withId} />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton
            text={at === 0 ? t.cancel : t.back}
            onClick={() => (at === 0 ? onClose() : setStage(STAGES[at - 1] ?? "goal"))}
          />
          {stage !== "create" && (
            <PrimaryButton
              text={t.next}
              disabled={problems.length > 0}
              onClick={() => setStage(STAGES[at + 1] ?? "create")}
            />
          )}
        </Stack>
      </Stack>
    </DraftProvider>
  );
}
