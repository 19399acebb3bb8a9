import type { Goal, ProcessDefinition } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import { setTextIn } from "../components/text-edit";

function withGoal(def: ProcessDefinition, goal: Goal): ProcessDefinition {
  const empty =
    (goal.statement === "" || goal.statement === undefined) &&
    goal.targetCycleDays === undefined &&
    goal.targetOnTimeRate === undefined;
  if (!empty) return { ...def, goal };
  const { goal: _gone, ...rest } = def;
  return rest;
}

function currentGoal(def: ProcessDefinition): Goal {
  return def.goal ?? { statement: "" };
}

/** @example setGoalStatement(def, "zh-CN", "25 天内到货") */
export function setGoalStatement(def: ProcessDefinition, lang: Lang, text: string): ProcessDefinition {
  const goal = currentGoal(def);
  return withGoal(def, { ...goal, statement: setTextIn(goal.statement, lang, text) });
}

export function setTargetCycleDays(def: ProcessDefinition, days: number | undefined): ProcessDefinition {
  const { targetCycleDays: _old, ...goal } = currentGoal(def);
  return withGoal(def, days === undefined ? goal : { ...goal, targetCycleDays: days });
}

/** `rate` is 0..1 (the pane shows it as a percentage). */
export function setOnTimeTarget(def: ProcessDefinition, rate: number | undefined): ProcessDefinition {
  const { targetOnTimeRate: _old, ...goal } = currentGoal(def);
  return withGoal(def, rate === undefined ? goal : { ...goal, targetOnTimeRate: rate });
}
