import { Text, useTheme } from "@fluentui/react";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { END } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { Section } from "../components/section";
import { useStrings } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import { AddStep } from "./add-step";
import { FlowDrawing } from "./flow-drawing";
import { flowStyles } from "./flow-styles";
import { StepBox, type StepAction } from "./step-box";
import { deleteStep, moveStep, referencesTo } from "./step-edits";

function DownArrow() {
  return (
    <svg width="12" height="20" viewBox="0 0 12 20" aria-hidden="true" focusable="false">
      <path d="M6 0v17M1.5 12.5L6 18l4.5-5.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

export interface StepsEditorProps {
  /** "Edit the rules of …" on each step; left out where rules are edited beside the steps. */
  readonly onRules?: (stepId: string) => void;
  /** Shown under the drawing (the Map view's "Draw the map on a sheet"). */
  readonly below?: ReactNode;
}

/**
 * The process drawn as a flow (a click on a step opens its editor), the same steps as an ordered list for
 * the keyboard and screen readers (rename, SLA, reorder, delete), and a new step.
 */
export function StepsEditor({ onRules, below }: StepsEditorProps) {
  const { lang, t } = useStrings();
  const theme = useTheme();
  const css = useMemo(() => flowStyles(theme), [theme]);
  const { draft, edit } = useDraft();
  const prefix = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const [openStep, setOpenStep] = useState<string | undefined>();
  // The button that started a move keeps the focus once its step has moved (the person's place is kept).
  const [focus, setFocus] = useState<{ stepId: string; action: StepAction | "list" } | undefined>();
  const buttonId = useCallback(
    (stepId: string, action: StepAction) => `${prefix}-${stepId}-${action}`,
    [prefix],
  );

  useEffect(() => {
    if (!focus) return;
    if (focus.action === "list") listRef.current?.focus();
    else {
      const wanted = document.getElementById(buttonId(focus.stepId, focus.action));
      const fallback = document.getElementById(buttonId(focus.stepId, focus.action === "up" ? "down" : "up"));
      const target =
        wanted && !wanted.hasAttribute("disabled") && wanted.getAttribute("aria-disabled") !== "true"
          ? wanted
          : fallback;
      target?.focus();
    }
    setFocus(undefined);
  }, [focus, buttonId]);

  const openFromDrawing = (stepId: string) => {
    setOpenStep(stepId);
    document.getElementById(buttonId(stepId, "edit"))?.scrollIntoView?.({ block: "center" });
  };

  if (!draft) return null;
  const names = new Map(draft.steps.map((s) => [s.id, resolveText(s.name, lang) || s.id]));
  const nameOf = (id: string) => (id === END ? t.end : (names.get(id) ?? id));

  return (
    <>
      <Section title={t.flowTitle}>
        <Text variant="small">{t.flowClickHelp}</Text>
        {draft.steps.length > 0 && <FlowDrawing definition={draft} onOpen={openFromDrawing} />}
        {below}
      </Section>
      <Section title={t.stepsTitle}>
        <Text variant="small">{t.flowHelp}</Text>
        <ol ref={listRef} tabIndex={-1} className={css.list} aria-label={t.stepsTitle}>
          {draft.steps.map((step, index) => (
            <li key={step.id}>
              {index > 0 && (
                <div className={css.arrow}>
                  <DownArrow />
                </div>
              )}
              <StepBox
                step={step}
                index={index}
                count={draft.steps.length}
                nameOf={nameOf}
                referencedBy={referencesTo(draft, step.id).length}
                buttonId={(action) => buttonId(step.id, action)}
                open={openStep === step.id}
                onToggle={() => setOpenStep((s) => (s === step.id ? undefined : step.id))}
                onMove={(delta, from) => {
                  edit((d) => moveStep(d, step.id, delta));
                  setFocus({ stepId: step.id, action: from });
                }}
                {...(onRules ? { onRules: () => onRules(step.id) } : {})}
                onDelete={() => {
                  edit((d) => deleteStep(d, step.id));
                  setFocus({ stepId: step.id, action: "list" });
                }}
              />
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t.addStepTitle}>
        <AddStep />
      </Section>
    </>
  );
}
