import { END, type ProcessDefinition, type StepDef } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import type { Text } from "../../core/text";
import { setTextIn } from "../components/text-edit";

function mapStep(def: ProcessDefinition, stepId: string, update: (s: StepDef) => StepDef): ProcessDefinition {
  return { ...def, steps: def.steps.map((s) => (s.id === stepId ? update(s) : s)) };
}

/**
 * A step id from its name: lower-case letters, digits and dashes, unique in the process (schema: a letter
 * first, at most 64 characters, never "end").
 * @example stepIdFor(def, "Budget approval") === "budget-approval"
 */
export function stepIdFor(def: ProcessDefinition, name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .replace(/-+$/, "")
    .slice(0, 56);
  const base = slug && slug !== END ? slug : "step";
  const taken = new Set(def.steps.map((s) => s.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A new last step; its owner starts as the process's first role (rules can change it). */
export function addStep(def: ProcessDefinition, name: Text, id: string): ProcessDefinition {
  const owner = Object.keys(def.roles ?? {})[0] ?? "";
  return { ...def, steps: [...def.steps, { id, name, owner }] };
}

export function renameStep(
  def: ProcessDefinition,
  stepId: string,
  lang: Lang,
  value: string,
): ProcessDefinition {
  return mapStep(def, stepId, (s) => ({ ...s, name: setTextIn(s.name, lang, value) }));
}

export function setStepSla(
  def: ProcessDefinition,
  stepId: string,
  days: number | undefined,
): ProcessDefinition {
  return mapStep(def, stepId, (s) => {
    const { slaDays: _old, ...rest } = s;
    return days === undefined ? rest : { ...rest, slaDays: days };
  });
}

/** Moves a step up (-1) or down (+1); at either end nothing changes. */
export function moveStep(def: ProcessDefinition, stepId: string, delta: -1 | 1): ProcessDefinition {
  const from = def.steps.findIndex((s) => s.id === stepId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= def.steps.length) return def;
  const steps = [...def.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(to, 0, moved as StepDef);
  return { ...def, steps };
}

/** Clauses in other steps that lead to `stepId` (deleting it deletes them too). */
export function referencesTo(
  def: ProcessDefinition,
  stepId: string,
): { readonly from: string; readonly index: number }[] {
  return def.steps.flatMap((s) =>
    (s.next ?? []).flatMap((c, index) =>
      c.goto === stepId && s.id !== stepId ? [{ from: s.id, index }] : [],
    ),
  );
}

/**
 * Removes a step, the `next` clauses that lead to it, the rule tests about it and the sample rows at it,
 * so the process stays valid. The last step cannot be deleted.
 */
export function deleteStep(def: ProcessDefinition, stepId: string): ProcessDefinition {
  if (def.steps.length <= 1) return def;
  const steps = def.steps
    .filter((s) => s.id !== stepId)
    .map((s): StepDef => {
      if (!s.next) return s;
      const next = s.next.filter((c) => c.goto !== stepId);
      if (next.length === s.next.length) return s;
      const { next: _old, ...rest } = s;
      return next.length > 0 ? { ...rest, next } : rest;
    });
  const tests = def.tests?.filter((t) => t.step !== stepId && t.expect.next !== stepId);
  const sample = def.sample?.filter((r) => r.step !== stepId);
  return { ...def, steps, ...(tests ? { tests } : {}), ...(sample ? { sample } : {}) };
}
