import { DefaultButton, IconButton, PrimaryButton, Stack, Text, useTheme } from "@fluentui/react";
import { useMemo, useState, type KeyboardEvent } from "react";
import { END, type StepDef } from "../../core/definition/types";
import { ruleInWords } from "../../core/rules/people-words";
import { rowNamesOf } from "../../core/rules/row-names";
import { ownerSummary } from "../../workbook/map/flow-graph";
import { useStrings } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import { flowStyles } from "./flow-styles";
import { StepEditor } from "./step-editor";

export type StepAction = "up" | "down" | "edit" | "rules" | "delete";

export interface StepBoxProps {
  readonly step: StepDef;
  readonly index: number;
  readonly count: number;
  readonly nameOf: (id: string) => string;
  /** Clauses elsewhere that would be removed with this step. */
  readonly referencedBy: number;
  readonly buttonId: (action: StepAction) => string;
  readonly onMove: (delta: -1 | 1, from: StepAction) => void;
  /** Whether the step's editor (name, SLA) is open; the flow drawing opens it too. */
  readonly open: boolean;
  readonly onToggle: () => void;
  /** Opens the Rules editor on this step; without it, no such button (rules are edited alongside). */
  readonly onRules?: () => void;
  readonly onDelete: () => void;
}

/**
 * One step in the list of steps: name, owner and SLA, where it leads (each branch's condition in the
 * reader's words), and its actions — the keyboard's and screen readers' way through the flow.
 */
export function StepBox({
  step,
  index,
  count,
  nameOf,
  referencedBy,
  buttonId,
  onMove,
  open,
  onToggle,
  onRules,
  onDelete,
}: StepBoxProps) {
  const { lang, t, f } = useStrings();
  const { draft } = useDraft();
  const theme = useTheme();
  const css = useMemo(() => flowStyles(theme), [theme]);
  const [confirming, setConfirming] = useState(false);
  const names = useMemo(() => rowNamesOf(draft ?? {}), [draft]);
  const name = nameOf(step.id);
  // Roles by their name in the pane's language ("采购专员", not the key "buyers"); people as written;
  // a worked-out owner as its rule in the reader's words.
  const owner = f("ownerIs", { owner: draft ? ownerSummary(draft, step.owner, lang, names) : "" });
  const following = index + 1 < count ? undefined : END;

  // Alt+↑ / Alt+↓ anywhere in the box moves the step, like the buttons.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    const delta = e.key === "ArrowUp" ? -1 : 1;
    if ((delta < 0 && index > 0) || (delta > 0 && index < count - 1))
      onMove(delta, delta < 0 ? "up" : "down");
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Alt+Up/Down pressed in any control of the box bubbles here; the box itself takes no focus
    <div className={css.box} onKeyDown={onKeyDown}>
      <Text as="h3" className={css.name}>
        {f("stepNumbered", { n: index + 1, name })}
      </Text>
      <div className={css.meta}>
        {owner} · {step.slaDays !== undefined ? f("slaIs", { days: step.slaDays }) : t.noSla}
      </div>
      {step.next ? (
        <ul className={css.branches} aria-label={f("branchesOf", { step: name })}>
          {step.next.map((c, i) => (
            <li key={i}>
              {c.when ? (
                <>
                  {t.branchIf} <code className={css.code}>{ruleInWords(c.when, names, lang, true)}</code>
                </>
              ) : (
                t.branchOtherwise
              )}{" "}
              → <strong>{nameOf(c.goto)}</strong>
            </li>
          ))}
        </ul>
      ) : (
        following === END && <div className={css.meta}>→ {t.end}</div>
      )}
      <div className={css.actions} role="group" aria-label={f("actionsFor", { step: name })}>
        <IconButton
          id={buttonId("up")}
          iconProps={{ iconName: "ChevronUp" }}
          ariaLabel={f("moveUp", { step: name })}
          title={t.moveUpHint}
          disabled={index === 0}
          onClick={() => onMove(-1, "up")}
        />
        <IconButton
          id={buttonId("down")}
          iconProps={{ iconName: "ChevronDown" }}
          ariaLabel={f("moveDown", { step: name })}
          title={t.moveDownHint}
          disabled={index === count - 1}
          onClick={() => onMove(1, "down")}
        />
        <IconButton
          id={buttonId("edit")}
          iconProps={{ iconName: "Edit" }}
          ariaLabel={f("editStep", { step: name })}
          title={t.editStepHint}
          aria-expanded={open}
          onClick={onToggle}
        />
        {onRules && (
          <IconButton
            id={buttonId("rules")}
            iconProps={{ iconName: "Flow" }}
            ariaLabel={f("editRulesOf", { step: name })}
            title={t.editRulesHint}
            onClick={onRules}
          />
        )}
        <IconButton
          id={buttonId("delete")}
          iconProps={{ iconName: "Delete" }}
          ariaLabel={f("deleteStep", { step: name })}
          title={t.deleteStepHint}
          disabled={count <= 1}
          onClick={() => setConfirming(true)}
        />
      </div>
      {confirming && (
        <Stack tokens={{ childrenGap: 4 }} role="alertdialog" aria-label={f("deleteStep", { step: name })}>
          <Text>
            {f("confirmDeleteStep", { step: name })}{" "}
            {referencedBy > 0 ? f("deleteRemovesClauses", { n: referencedBy }) : ""}
          </Text>
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={t.delete} onClick={onDelete} />
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves to what the person just opened (Keep, the safe answer of the delete question) */}
            <DefaultButton text={t.keep} onClick={() => setConfirming(false)} autoFocus />
          </Stack>
        </Stack>
      )}
      {open && <StepEditor step={step} onDone={onToggle} />}
    </div>
  );
}
