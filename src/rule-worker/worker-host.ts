import { procsheetError } from "../core/error";
import type { CompiledProcess } from "../core/process";
import type { ProcsheetError } from "../core/result";
import {
  answerHere,
  type RuleAnswer,
  type RuleEvaluator,
  type RuleHost,
  type RuleQuestion,
} from "../core/rules/evaluator";
import type { RuleBindings } from "../core/rules/expression";
import { HARD_LIMIT_MS, STOPPED_BUDGET_MS } from "../core/rules/limits";
import type { FromWorker, ToWorker } from "./protocol";

/** A started worker, as its platform gives it. */
export interface RuleWorker {
  post(m: ToWorker): void;
  terminate(): void;
}

/** How a platform starts workers and keeps time (node-thread.ts, src/excel/rules/web-worker.ts). */
export interface WorkerPlatform {
  /** Starts a worker running serveRules; `onDeath` when it fails or runs out of memory (not when terminated). */
  start(onMessage: (m: FromWorker) => void, onDeath: (cause: "error" | "memory") => void): RuleWorker;
  /** Milliseconds, monotonic. */
  now(): number;
  /** Calls `fn` after `ms`; `keepAlive` false: the timer alone does not keep a command line running. */
  setTimer(fn: () => void, ms: number, keepAlive: boolean): () => void;
}

export interface WorkerHostOptions {
  /** No sign of life for this long, and the rule is stopped (HARD_LIMIT_MS). */
  readonly hardLimitMs?: number;
  /** Per sync: time lost to stopped rules before the rest are not tried (STOPPED_BUDGET_MS). */
  readonly budgetMs?: number;
  /** An idle worker is ended after this long (30 s); the next sync starts another. */
  readonly idleMs?: number;
}

/** A rule host that also owns its worker: `dispose` ends it. */
export interface WorkerRuleHost {
  readonly host: RuleHost;
  dispose(): void;
  /** For tests and the workbench: workers started so far, and whether the last one is running. */
  readonly stats: () => { readonly started: number; readonly running: boolean; readonly fallback: boolean };
}

interface Asked {
  readonly q: RuleQuestion;
  readonly resolve: (a: RuleAnswer) => void;
}

interface Session {
  readonly id: number;
  readonly process: CompiledProcess;
  readonly bindings: RuleBindings;
  queued: Asked[];
  scheduled: boolean;
  stoppedMs: number;
  eager: boolean;
  closed: boolean;
}

interface Flight {
  readonly batch: number;
  readonly session: Session;
  readonly asked: readonly Asked[];
  readonly eager: boolean;
  answered: number;
  at: { readonly index: number; readonly path: string } | undefined;
  readonly sentAt: number;
  lastSeen: number;
}

/** How long a worker may take to load before it counts as unable to start. */
const STARTUP_MS = 30_000;

interface Live {
  readonly worker: RuleWorker;
  ready: boolean;
  readonly opened: Set<number>;
  dead: boolean;
}

function stepPath(q: RuleQuestion): string {
  return `steps[${q.step}].${q.kind}`;
}

/** The answer for a question whose rules were not run or were stopped: the row's error, with its trace line. */
function errorAnswer(q: RuleQuestion, error: ProcsheetError, path: string): RuleAnswer {
  const trace = q.trace
    ? [
        {
          path: path.replace(/\.(when|assignExpr)$/, ""),
          outcome: "error" as const,
          value: error.message,
          error,
        },
      ]
    : undefined;
  if (q.kind === "next")
    return trace
      ? { kind: "next", decision: { ok: false, error }, trace }
      : { kind: "next", decision: { ok: false, error } };
  return trace
    ? { kind: "owner", match: { ok: false, error }, trace, shadowed: [] }
    : { kind: "owner", match: { ok: false, error } };
}

/**
 * A rule host over workers (docs/specification.md §3.8): a sync's questions go to one worker in batches
 * (one message per batch each way, not one per row), answered in order. A worker that gives no sign of life
 * for `hardLimitMs` is ended and replaced: the question it was on gets RULE_LIMIT naming the rule, the
 * others are asked again. Which question hung is known exactly only when the worker was asked to be eager
 * (say every rule before it runs), so the first stop asks the unanswered questions again eagerly, and the
 * sync stays eager from then on. Once a sync has lost `budgetMs` to stopped rules, its remaining questions
 * are answered with RULE_LIMIT without being run. A worker that cannot start leaves the rules on the
 * sync's thread (as before workers), one question at a time.
 */
export function workerRuleHost(platform: WorkerPlatform, options: WorkerHostOptions = {}): WorkerRuleHost {
  const hardLimitMs = options.hardLimitMs ?? HARD_LIMIT_MS;
  const budgetMs = options.budgetMs ?? STOPPED_BUDGET_MS;
  const idleMs = options.idleMs ?? 30_000;
  let live: Live | undefined;
  let started = 0;
  let fallback = false;
  let nextSession = 1;
  let nextBatch = 1;
  const waiting: { session: Session; asked: Asked[]; eager: boolean }[] = [];
  let flight: Flight | undefined;
  let cancelWatch: (() => void) | undefined;
  let cancelIdle: (() => void) | undefined;
  let sessions = 0;
  let inThread: Promise<unknown> = Promise.resolve();

  const stopped = (q: RuleQuestion, path: string, cause: "error" | "memory" | "time"): RuleAnswer => {
    const error =
      cause === "memory"
        ? procsheetError("RULE_LIMIT", "rule.workerLost", {}, { path, rowId: q.rowId })
        : procsheetError(
            "RULE_LIMIT",
            "rule.stopped",
            { seconds: hardLimitMs / 1000 },
            { path, rowId: q.rowId },
          );
    return errorAnswer(q, error, path);
  };
  const budgetSpent = (q: RuleQuestion): RuleAnswer => {
    const error = procsheetError(
      "RULE_LIMIT",
      "rule.budgetSpent",
      { seconds: budgetMs / 1000 },
      { path: stepPath(q), rowId: q.rowId },
    );
    return errorAnswer(q, error, stepPath(q));
  };

  /** Questions answered on this thread, in order: the fallback when no worker can start. */
  const answerHereInOrder = (session: Session, asked: readonly Asked[]): void => {
    for (const a of asked)
      inThread = inThread.then(
        () => Promise.resolve(answerHere(session.process, session.bindings, a.q)).then(a.resolve),
        () => undefined,
      );
  };

  const ensureLive = (): Live | undefined => {
    if (live && !live.dead) return live;
    if (fallback) return undefined;
    started++;
    const box: { live?: Live } = {};
    try {
      const worker = platform.start(
        (m) => onMessage(box.live as Live, m),
        (cause) => onDeath(box.live as Live, cause),
      );
      box.live = { worker, ready: false, opened: new Set(), dead: false };
    } catch {
      fallback = true;
      return undefined;
    }
    live = box.live;
    return live;
  };

  const send = (): void => {
    if (flight) return;
    const next = waiting.shift();
    if (!next) return scheduleIdle();
    const { session, asked } = next;
    // A sync that ended (cancelled) awaits nothing more: its questions are not worth a worker's time.
    if (session.closed) return send();
    if (session.stoppedMs >= budgetMs) {
      for (const a of asked) a.resolve(budgetSpent(a.q));
      return send();
    }
    const l = ensureLive();
    if (!l) {
      answerHereInOrder(session, asked);
      return send();
    }
    if (!l.opened.has(session.id)) {
      l.worker.post({
        t: "open",
        session: session.id,
        definition: session.process.definition,
        bindings: session.bindings,
      });
      l.opened.add(session.id);
    }
    const batch = nextBatch++;
    const eager = next.eager || session.eager;
    const now = platform.now();
    flight = { batch, session, asked, eager, answered: 0, at: undefined, sentAt: now, lastSeen: now };
    l.worker.post({ t: "ask", session: session.id, batch, questions: asked.map((a) => a.q), eager });
    watch(hardLimitMs);
  };

  const watch = (ms: number, graced = false): void => {
    cancelWatch?.();
    const expected = platform.now() + ms;
    cancelWatch = platform.setTimer(
      () => {
        cancelWatch = undefined;
        const f = flight;
        if (!f) return;
        const now = platform.now();
        // This thread was busy past the deadline: let the messages that waited behind it in first.
        if (!graced && now - expected > 100) return watch(50, true);
        // A worker still loading its code has not started on the rules yet (it has STARTUP_MS to).
        if (live && !live.ready && now - f.sentAt < STARTUP_MS) return watch(hardLimitMs);
        const quiet = now - f.lastSeen;
        if (quiet < hardLimitMs) return watch(hardLimitMs - quiet);
        if (live && !live.ready) return onDeath(live, "error");
        lose("time", quiet);
      },
      ms,
      true,
    );
  };

  /** The worker in flight stopped or died: end it, settle what can be settled, ask the rest again. */
  const lose = (cause: "error" | "memory" | "time", lostMs: number): void => {
    const f = flight;
    flight = undefined;
    cancelWatch?.();
    cancelWatch = undefined;
    if (live) {
      live.dead = true;
      live.worker.terminate();
      live = undefined;
    }
    if (!f) return send();
    const session = f.session;
    session.stoppedMs += lostMs;
    session.eager = true;
    const rest = f.asked.slice(f.answered);
    const first = rest[0];
    if (first && f.eager && f.at?.index === f.answered) {
      // Eager: the worker named the rule it was in, so that question is the one that hung.
      first.resolve(stopped(first.q, f.at.path, cause));
      rest.shift();
    }
    if (rest.length > 0) waiting.unshift({ session, asked: rest, eager: true });
    send();
  };

  const onMessage = (l: Live, m: FromWorker): void => {
    if (l.dead) return;
    if (m.t === "ready") {
      l.ready = true;
      if (flight) flight.lastSeen = platform.now();
      return;
    }
    const f = flight;
    if (!f || f.batch !== m.batch) return;
    f.lastSeen = platform.now();
    m.answers.forEach((a, i) => f.asked[m.from + i]?.resolve(a));
    f.answered = Math.max(f.answered, m.from + m.answers.length);
    f.at = m.at;
    if (f.answered >= f.asked.length) {
      flight = undefined;
      cancelWatch?.();
      cancelWatch = undefined;
      send();
    }
  };

  const onDeath = (l: Live, cause: "error" | "memory"): void => {
    if (l.dead) return;
    if (!l.ready) {
      // It never started (a missing worker file, a host that forbids workers): rules stay on this thread.
      fallback = true;
      l.dead = true;
      l.worker.terminate();
      live = undefined;
      const f = flight;
      flight = undefined;
      cancelWatch?.();
      if (f) waiting.unshift({ session: f.session, asked: f.asked.slice(f.answered), eager: f.eager });
      return send();
    }
    const f = flight;
    lose(cause, f ? platform.now() - f.lastSeen : 0);
  };

  const scheduleIdle = (): void => {
    if (sessions > 0 || flight || waiting.length > 0 || !live) return;
    cancelIdle?.();
    cancelIdle = platform.setTimer(
      () => {
        cancelIdle = undefined;
        if (sessions === 0 && !flight && live) {
          live.dead = true;
          live.worker.terminate();
          live = undefined;
        }
      },
      idleMs,
      false,
    );
  };

  /**
   * Sends what a session has queued once the microtasks that queue more have run: the rows of a chunk ask
   * at once, and the owner questions that follow their next answers arrive a few promise steps later.
   */
  const schedule = (session: Session): void => {
    if (session.scheduled) return;
    session.scheduled = true;
    let seen = -1;
    const settle = (): void => {
      if (session.queued.length !== seen) {
        seen = session.queued.length;
        queueMicrotask(settle);
        return;
      }
      session.scheduled = false;
      const asked = session.queued;
      session.queued = [];
      waiting.push({ session, asked, eager: false });
      send();
    };
    queueMicrotask(settle);
  };

  const host: RuleHost = (process, bindings): RuleEvaluator => {
    cancelIdle?.();
    cancelIdle = undefined;
    sessions++;
    const session: Session = {
      id: nextSession++,
      process,
      bindings,
      queued: [],
      scheduled: false,
      stoppedMs: 0,
      eager: false,
      closed: false,
    };
    return {
      batches: true,
      answer: (q) =>
        new Promise<RuleAnswer>((resolve) => {
          session.queued.push({ q, resolve });
          schedule(session);
        }),
      close: () => {
        if (session.closed) return;
        session.closed = true;
        sessions--;
        if (live && live.opened.delete(session.id)) live.worker.post({ t: "close", session: session.id });
        scheduleIdle();
      },
    };
  };

  return {
    host,
    dispose: () => {
      cancelIdle?.();
      cancelWatch?.();
      if (live) {
        live.dead = true;
        live.worker.terminate();
        live = undefined;
      }
    },
    stats: () => ({ started, running: live !== undefined && !live.dead, fallback }),
  };
}
