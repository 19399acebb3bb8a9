import { compileCheckedDefinition } from "../core/definition/compile-steps";
import { procsheetError } from "../core/error";
import type { CompiledExpression, RuleBindings } from "../core/rules/expression";
import { answerHere, type RuleAnswer, type RuleQuestion } from "../core/rules/evaluator";
import type { CompiledProcess, CompiledStep } from "../core/process";
import type { FromWorker, ToWorker } from "./protocol";

/** How long a worker may go without saying how far it got, while it works. */
const HEARTBEAT_MS = 100;

interface Batch {
  readonly batch: number;
  readonly eager: boolean;
  index: number;
  from: number;
  pending: RuleAnswer[];
  lastPost: number;
}

/** The process with a hook before every rule evaluation, so the worker can say which rule it is in. */
function instrument(process: CompiledProcess, before: (path: string) => void): CompiledProcess {
  const wrap = (e: CompiledExpression | undefined, path: string): { [k: string]: CompiledExpression } => {
    if (!e) return {};
    const evaluate: CompiledExpression["evaluate"] = (row, bindings) => {
      before(path);
      return e.evaluate(row, bindings);
    };
    return { [path.slice(path.lastIndexOf(".") + 1)]: { ...e, evaluate } };
  };
  const steps: CompiledStep[] = process.steps.map((s) => ({
    ...s,
    owner: s.owner.map((c) => ({
      ...c,
      ...wrap(c.when, `${c.path}.when`),
      ...wrap(c.assignExpr, `${c.path}.assignExpr`),
    })),
    ...(s.next ? { next: s.next.map((c) => ({ ...c, ...wrap(c.when, `${c.path}.when`) })) } : {}),
  }));
  return { ...process, steps, stepById: new Map(steps.map((s) => [s.def.id, s])) };
}

/** A question the worker's own code failed on (a bug): the row's error, the batch goes on. */
function failed(q: RuleQuestion, e: unknown): RuleAnswer {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const path = `steps[${q.step}].${q.kind}`;
  const error = procsheetError("RULE_EVAL", "rule.evalOther", { detail }, { path, rowId: q.rowId });
  return q.kind === "next"
    ? { kind: "next", decision: { ok: false, error } }
    : { kind: "owner", match: { ok: false, error } };
}

/**
 * The inside of a rule worker, whatever the platform (src/excel/rules for the browser, node-thread-main.ts for
 * Node): compiles each sync's process and answers its questions in order with the engine's own code
 * (jsonata and the fast path). It reports answers in groups, at least every HEARTBEAT_MS while it works,
 * naming the rule it is in; asked to be eager, before every rule and after every answer, so a worker that
 * stops talking shows exactly which rule hangs. Returns the handler for incoming messages.
 */
export function serveRules(post: (m: FromWorker) => void, clock: () => number): (m: ToWorker) => void {
  const sessions = new Map<
    number,
    { process: CompiledProcess; bindings: RuleBindings } | { error: unknown }
  >();
  let current: Batch | undefined;
  let queue: Promise<void> = Promise.resolve();

  const flush = (b: Batch, path?: string): void => {
    const at = path === undefined ? {} : { at: { index: b.index, path } };
    post({ t: "progress", batch: b.batch, from: b.from, answers: b.pending, ...at });
    b.from += b.pending.length;
    b.pending = [];
    b.lastPost = clock();
  };
  const before = (path: string): void => {
    const b = current;
    if (b && (b.eager || clock() - b.lastPost >= HEARTBEAT_MS)) flush(b, path);
  };

  const ask = async (m: Extract<ToWorker, { t: "ask" }>): Promise<void> => {
    const session = sessions.get(m.session);
    const b: Batch = { batch: m.batch, eager: m.eager, index: 0, from: 0, pending: [], lastPost: clock() };
    current = b;
    for (let i = 0; i < m.questions.length; i++) {
      const q = m.questions[i] as RuleQuestion;
      b.index = i;
      let answer: RuleAnswer;
      try {
        if (!session) throw new Error(`no session ${m.session}`);
        if ("error" in session) throw session.error;
        answer = await answerHere(session.process, session.bindings, q);
      } catch (e) {
        answer = failed(q, e);
      }
      b.pending.push(answer);
      if (b.eager || clock() - b.lastPost >= HEARTBEAT_MS) flush(b);
    }
    flush(b);
    current = undefined;
  };

  post({ t: "ready" });
  return (m) => {
    if (m.t === "open") {
      try {
        const process = instrument(compileCheckedDefinition(m.definition), before);
        sessions.set(m.session, { process, bindings: m.bindings });
      } catch (e) {
        sessions.set(m.session, { error: e });
      }
    } else if (m.t === "close") sessions.delete(m.session);
    else queue = queue.then(() => ask(m));
  };
}
