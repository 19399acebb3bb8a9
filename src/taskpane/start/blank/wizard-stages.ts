import type { ProcessDefinition } from "../../../core/definition/types";
import type { ProcsheetError } from "../../../core/result";
import type { Lang } from "../../../words/lang";
import type { PlainKey } from "../../i18n/use-strings";

/** The loop's first steps, as building a process from blank walks them. */
export const STAGES = ["goal", "fields", "steps", "owners", "test", "create"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_WORDS: Readonly<Record<Stage, PlainKey>> = {
  goal: "wizardGoal",
  fields: "wizardFields",
  steps: "wizardSteps2",
  owners: "wizardOwners",
  test: "wizardTest",
  create: "wizardCreate",
};

/** The parts of a definition each stage edits, by their paths' first segments. */
function stageOf(path: string): Stage {
  if (/^(name|description|goal|id|idPrefix|calendar)\b/.test(path)) return "goal";
  if (path.startsWith("fields")) return "fields";
  if (/^steps\[\d+\]\.(owner|next)/.test(path) || path.startsWith("roles")) return "owners";
  if (path.startsWith("tests") || path.startsWith("sample")) return "test";
  return "steps";
}

/**
 * The loader's problems that stop the person at `stage`: those of this stage and of every earlier one
 * (a stage may not be left with something wrong in it, and nothing wrong may be carried forward).
 */
export function problemsUpTo(problems: readonly ProcsheetError[], stage: Stage): ProcsheetError[] {
  const at = STAGES.indexOf(stage);
  return problems.filter((p) => STAGES.indexOf(stageOf(p.path ?? "")) <= at);
}

/**
 * A process id from its English name: lower-case words joined by hyphens, unique in the workbook (the
 * schema's pattern); a Chinese-only name gives `process`, `process-2`, ….
 * @example processIdFor("Leave request", []) === "leave-request"
 */
export function processIdFor(name: string, taken: readonly string[]): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  const base = slug || "process";
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/** The empty process a person starts from: a name to give, nothing else yet. */
export function blankDefinition(lang: Lang, name: string): ProcessDefinition {
  return { schemaVersion: 1, id: "process", name: { [lang]: name }, steps: [] };
}
