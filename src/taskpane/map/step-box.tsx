import { DefaultButton, IconButton, PrimaryButton, Stack, Text, useTheme } from "@fluentui/react";
import { useMemo, useState, type KeyboardEvent } from "react";
import { END, type StepDef } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
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
  readonly onRules: () => void;
  readonly onDelete: () => void;
}

/** One step of the flow: name, owner and SLA, where it leads (with each branch's condition), and its actions. */
export function StepBox({
  step,
  index,
  count,
  nameOf,
  referencedBy,
  buttonId,
  onMove,
  onRules,
  onDelete,
}: StepBoxProps) {
  const { lang, t, f } = useStrings();
  const { draft } = useSession();
  const theme = useTheme();
  const css = useMemo(() => flowStyles(theme), [theme]);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const name = nameOf(step.id);
  const owner =
    typeof step.owner === "string"
      ? // A role by its name in the pane's language ("采购员", not the key "buyers"); a person as written.
        f("ownerIs", { owner: resolveText(draft?.roles?.[step.owner]?.name, lang) || step.owner })
      : f("ownerRuleCount", { n: step.owner.length });
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
                  {t.branchIf} <code className={css.code}>{c.when}</code>
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
          aria-expanded={editing}
          onClick={() => setEditing((v) => !v)}
        />
        <IconButton
          id={buttonId("rules")}
          iconProps={{ iconName: "Flow" }}
          ariaLabel={f("editRulesOf", { step: name })}
          title={t.editRulesHint}
          onClick={onRules}
        />
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
            <DefaultButton text={t.keep} onClick={() => setConfirming(false)} autoFocus />
          </Stack>
        </Stack>
      )}
      {editing && <StepEditor step={step} onDone={() => setEditing(false)} />}
    </div>
  );
}
