import type { RULE_TESTS } from "../../words/rule-tests";
import "../../words/rule-tests";
import type { Lang } from "../../words/lang";
import { sayKnown } from "../../words/say";
import { END, type RuleRow, type RuleTest } from "../definition/types";
import { describeError } from "../error";
import { roleNamed, type CompiledProcess } from "../process";
import type { ProcsheetError } from "../result";
import type { RuleHost } from "../rules/evaluator";
import { explainRow, type RowExplanation } from "../rules/explain";
import { resolveText } from "../text";

/**
 * An expectation that did not hold, as data: the catalogue's key (src/words/rule-tests.ts) and its
 * parameters in each language (a step or a role is named as the reader knows it).
 */
export interface RuleTestFailure {
  readonly key: keyof typeof RULE_TESTS;
  readonly params: Readonly<Record<Lang, Readonly<Record<string, string>>>>;
}

export interface RuleTestOutcome {
  readonly index: number;
  readonly name: string;
  readonly passed: boolean;
  /** One line per expectation that did not hold, in English (for logs and `--json`). */
  readonly failures: readonly string[];
  /** The same, as data to say in the reader's language (describeFailure). */
  readonly problems: readonly RuleTestFailure[];
  readonly explanation: RowExplanation;
}

/** A failed expectation in the reader's language. */
export function describeFailure(failure: RuleTestFailure, lang: Lang): string {
  return sayKnown(failure.key, failure.params[lang], lang) ?? failure.key;
}

/** Names as each reader knows them: a step by its name, a role by its name, `end` as a word. */
function namer(process: CompiledProcess) {
  const inBoth = (of: (lang: Lang) => string): Readonly<Record<Lang, string>> => ({
    en: of("en"),
    "zh-CN": of("zh-CN"),
  });
  return {
    step: (id: string) =>
      inBoth((lang) =>
        id === END
          ? (sayKnown("tests.end", {}, lang) ?? id)
          : resolveText(process.stepById.get(id)?.def.name, lang) || id,
      ),
    owner: (name: string) =>
      inBoth(
        (lang) => resolveText(process.definition.roles?.[roleNamed(process, name) ?? ""]?.name, lang) || name,
      ),
    error: (e: ProcsheetError) => inBoth((lang) => describeError(e, lang)),
    errors: (list: readonly ProcsheetError[]) =>
      inBoth((lang) => list.map((e) => describeError(e, lang)).join(lang === "zh-CN" ? "；" : "; ")),
  };
}

function failure(
  key: RuleTestFailure["key"],
  params: Readonly<Record<string, Readonly<Record<Lang, string>>>>,
): RuleTestFailure {
  const inLang = (lang: Lang) =>
    Object.fromEntries(Object.entries(params).map(([name, v]) => [name, v[lang]]));
  return { key, params: { en: inLang("en"), "zh-CN": inLang("zh-CN") } };
}

function errorMatches(error: ProcsheetError, expected: string): boolean {
  const e = expected.toLowerCase();
  const jsonataCode = String(error.params?.jsonataCode ?? "").toLowerCase();
  return error.code.toLowerCase() === e || jsonataCode === e || error.message.toLowerCase().includes(e);
}

function check(process: CompiledProcess, test: RuleTest, x: RowExplanation): RuleTestFailure[] {
  const name = namer(process);
  const failures: RuleTestFailure[] = [];
  const { owner, next, error } = test.expect;
  const errors = [x.ownerError, x.nextError].filter((e): e is ProcsheetError => e !== undefined);
  if (owner !== undefined) {
    const expected = name.owner(owner);
    if (x.ownerError && error === undefined)
      failures.push(failure("tests.ownerError", { expected, got: name.error(x.ownerError) }));
    else if (!x.owner && !x.ownerError) failures.push(failure("tests.ownerNone", { expected }));
    else if (
      x.owner &&
      x.owner.person !== owner &&
      (x.owner.role === undefined || roleNamed(process, owner) !== x.owner.role)
    )
      failures.push(
        x.owner.role
          ? failure("tests.ownerOtherRole", {
              expected,
              got: name.owner(x.owner.person),
              role: name.owner(x.owner.role),
            })
          : failure("tests.ownerOther", { expected, got: name.owner(x.owner.person) }),
      );
  }
  if (next !== undefined) {
    const expected = name.step(next);
    if (x.nextError && error === undefined)
      failures.push(failure("tests.nextError", { expected, got: name.error(x.nextError) }));
    else if (x.next !== undefined && x.next !== next)
      failures.push(failure("tests.nextOther", { expected, got: name.step(x.next) }));
  }
  if (error !== undefined && !errors.some((e) => errorMatches(e, error))) {
    const expected = { en: error, "zh-CN": error };
    failures.push(
      errors.length
        ? failure("tests.errorOther", { expected, got: name.errors(errors) })
        : failure("tests.errorNone", { expected }),
    );
  }
  return failures;
}

/**
 * Runs a process's rule tests (docs/specification.md §1.9 `tests`): each row at its step, owner and next
 * compared with `expect`. A role name in `expect.owner` matches a clause that assigned that role. `rules`:
 * where rules outside the fast path run (the command line passes a worker with a hard time limit).
 */
export async function runRuleTests(
  process: CompiledProcess,
  now: string,
  rules?: RuleHost,
): Promise<RuleTestOutcome[]> {
  const tests = process.definition.tests ?? [];
  const out: RuleTestOutcome[] = [];
  for (const [index, test] of tests.entries()) {
    const explanation = await explainRow(process, test.row, test.step, test.now ?? now, rules);
    const problems = check(process, test, explanation);
    const failures = problems.map((p) => describeFailure(p, "en"));
    out.push({ index, name: test.name, passed: problems.length === 0, failures, problems, explanation });
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
