import type { RuleTest } from "../definition/types";
import type { RowExplanation } from "../rules/explain";

type Expectation = RuleTest["expect"];

/** What the rules decide now for a test's row, as an expectation: the owner (or role), the next step, an error. */
function decided(x: RowExplanation): { owner?: string; next?: string; error?: string } {
  const out: { owner?: string; next?: string; error?: string } = {};
  if (x.owner) out.owner = x.owner.role ?? x.owner.person;
  if (x.next !== undefined) out.next = x.next;
  const error = x.ownerError ?? x.nextError;
  if (error) out.error = error.code;
  return out;
}

/**
 * A failing rule test brought up to what the rules now decide, in one step (the pane's "Update the test"):
 * it keeps checking what it checked — the owner, the next step — with the new answers, and expects an
 * error where a rule it checks now fails. A test that expected an error that is gone checks the decisions
 * instead.
 * @example updatedExpectation({ owner: "buyers" }, explanation) // { owner: "Kevin Ma" }
 */
export function updatedExpectation(old: Expectation, x: RowExplanation): Expectation {
  const now = decided(x);
  const out: { owner?: string; next?: string; error?: string } = {};
  if (old.owner !== undefined && now.owner !== undefined) out.owner = now.owner;
  if (old.next !== undefined && now.next !== undefined) out.next = now.next;
  const checksFailing = (old.owner !== undefined && x.ownerError) || (old.next !== undefined && x.nextError);
  if (now.error !== undefined && (old.error !== undefined || checksFailing)) out.error = now.error;
  if (Object.keys(out).length > 0) return out;
  const { error: _error, ...decisions } = now;
  return decisions;
}

/** The expectations that differ, each as before → after (undefined where one side expects nothing). */
export function expectationChanges(
  old: Expectation,
  next: Expectation,
): { readonly what: "owner" | "next" | "error"; readonly before?: string; readonly after?: string }[] {
  return (["owner", "next", "error"] as const)
    .filter((k) => old[k] !== next[k])
    .map((k) => ({
      what: k,
      ...(old[k] !== undefined ? { before: old[k] } : {}),
      ...(next[k] !== undefined ? { after: next[k] } : {}),
    }));
}
