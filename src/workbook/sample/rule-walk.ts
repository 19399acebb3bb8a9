import { END, type RuleRow } from "../../core/definition/types";
import type { CompiledProcess, CompiledStep } from "../../core/process";
import { bindingsAt } from "../../core/rules/explain";
import { routeNext } from "../../core/rules/next";
import { routeOwner } from "../../core/rules/owner";
import { Workload } from "../../core/rules/workload";
import { formatDateTime, type LocalMillis } from "../../core/time/local-time";

/**
 * Who gets a case at a step in a made-up past: the owner rule's answer for the row, a role's members taken
 * in turn (as least-busy spreads work), a `first` role's first member. Undefined when the rule fails.
 */
export class PastOwners {
  private readonly turns = new Map<string, number>();

  constructor(private readonly process: CompiledProcess) {}

  async at(step: CompiledStep, row: RuleRow, at: LocalMillis, id: string): Promise<string | undefined> {
    const now = formatDateTime(at);
    const view: RuleRow = { ...row, step: step.def.id, status: "todo", stepStarted: now };
    const d = await routeOwner(
      this.process,
      step,
      view,
      bindingsAt(this.process, now),
      new Workload(),
      id,
      undefined,
    );
    if (!d.ok) return undefined;
    const role = d.role === undefined ? undefined : this.process.roles.get(d.role);
    if (!role || d.role === undefined || role.assign === "first" || role.members.length === 1) return d.owner;
    const turn = this.turns.get(d.role) ?? 0;
    this.turns.set(d.role, turn + 1);
    return role.members[turn % role.members.length];
  }
}

/** Where the next rule sends a row whose step is done at `at`: a step id, "end", or undefined when it fails. */
export async function nextStep(
  process: CompiledProcess,
  step: CompiledStep,
  row: RuleRow,
  at: LocalMillis,
  id: string,
): Promise<string | undefined> {
  const now = formatDateTime(at);
  const view: RuleRow = { ...row, step: step.def.id, status: "done" };
  const d = await routeNext(process, step, view, bindingsAt(process, now), id, undefined);
  return d.ok ? d.goto : undefined;
}

/** Every step a step's next rule can send a case to (its clauses' targets, or the following step). */
function targets(process: CompiledProcess, step: CompiledStep): string[] {
  if (step.next) return step.next.map((c) => c.goto).filter((g) => g !== END);
  const following = process.steps[step.index + 1];
  return following ? [following.def.id] : [];
}

/**
 * The steps a row went through from the first to `to` (both included): its next rules asked at each step
 * on its values, and where they lead elsewhere or loop, the shortest way the rules allow.
 */
export async function pathTo(
  process: CompiledProcess,
  row: RuleRow,
  to: string,
  at: LocalMillis,
  id: string,
): Promise<string[]> {
  const first = process.steps[0] as CompiledStep;
  const path = [first.def.id];
  let step = first;
  while (step.def.id !== to && path.length <= process.steps.length) {
    const goto = await nextStep(process, step, row, at, id);
    const next = goto === undefined ? undefined : process.stepById.get(goto);
    if (!next || path.includes(next.def.id)) break;
    path.push(next.def.id);
    step = next;
  }
  if (step.def.id === to) return path;
  // Breadth first over the step graph: the shortest way from the first step to `to`.
  const from = new Map<string, string>([[first.def.id, ""]]);
  const queue = [first.def.id];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === to) break;
    for (const t of targets(process, process.stepById.get(id) as CompiledStep))
      if (!from.has(t)) {
        from.set(t, id);
        queue.push(t);
      }
  }
  if (!from.has(to)) return [first.def.id, to];
  const way: string[] = [];
  for (let s: string | undefined = to; s; s = from.get(s) || undefined) way.unshift(s);
  return way;
}
