import type { RuleRow, RuleTest } from "../definition/types";
import type { CompiledProcess } from "../process";
import type { ProcsheetError } from "../result";
import { explainRow, type RowExplanation } from "../rules/explain";

export interface RuleTestOutcome {
  readonly index: number;
  readonly name: string;
  readonly passed: boolean;
  /** One line per expectation that did not hold. */
  readonly failures: readonly string[];
  readonly explanation: RowExplanation;
}

function errorMatches(error: ProcsheetError, expected: string): boolean {
  const e = expected.toLowerCase();
  const jsonataCode = String(error.params?.jsonataCode ?? "").toLowerCase();
  return error.code.toLowerCase() === e || jsonataCode === e || error.message.toLowerCase().includes(e);
}

function check(test: RuleTest, x: RowExplanation): string[] {
  const failures: string[] = [];
  const { owner, next, error } = test.expect;
  const errors = [x.ownerError, x.nextError].filter((e): e is ProcsheetError => e !== undefined);
  if (owner !== undefined) {
    if (x.ownerError && error === undefined)
      failures.push(`owner: expected "${owner}", got error ${x.ownerError.message}`);
    else if (!x.owner && !x.ownerError) failures.push(`owner: expected "${owner}", got none`);
    else if (x.owner && x.owner.person !== owner && x.owner.role !== owner)
      failures.push(
        `owner: expected "${owner}", got "${x.owner.person}"${x.owner.role ? ` (role ${x.owner.role})` : ""}`,
      );
  }
  if (next !== undefined) {
    if (x.nextError && error === undefined)
      failures.push(`next: expected "${next}", got error ${x.nextError.message}`);
    else if (x.next !== undefined && x.next !== next)
      failures.push(`next: expected "${next}", got "${x.next}"`);
  }
  if (error !== undefined && !errors.some((e) => errorMatches(e, error)))
    failures.push(
      `error: expected "${error}", got ${errors.length ? errors.map((e) => e.message).join("; ") : "no error"}`,
    );
  return failures;
}

/**
 * Runs a process's rule tests (process-format.md §1 `tests`): each row at its step, owner and next
 * compared with `expect`. A role name in `expect.owner` matches a clause that assigned that role.
 */
export async function runRuleTests(process: CompiledProcess, now: string): Promise<RuleTestOutcome[]> {
  const tests = process.definition.tests ?? [];
  const out: RuleTestOutcome[] = [];
  for (const [index, test] of tests.entries()) {
    const explanation = await explainRow(process, test.row, test.step, test.now ?? now);
    const failures = check(test, explanation);
    out.push({ index, name: test.name, passed: failures.length === 0, failures, explanation });
  }
  return out;
}

/** A new rule test that pins what the rules decide for `row` today (the pane's "add as test"). */
export async function testFromRow(
  process: CompiledProcess,
  name: string,
  row: RuleRow,
  stepId: string,
  now: string,
): Promise<RuleTest> {
  const x = await explainRow(process, row, stepId, now);
  const expect: { owner?: string; next?: string; error?: string } = {};
  if (x.owner) expect.owner = x.owner.role ?? x.owner.person;
  if (x.next) expect.next = x.next;
  const firstError = x.ownerError ?? x.nextError;
  if (firstError) expect.error = firstError.code;
  const { step: _step, ...rest } = row;
  return { name, step: stepId, row: rest, now, expect };
}
