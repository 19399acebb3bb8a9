// What a self-check is: one behaviour the simulation (test/excel-sim) assumes, tried on the Excel the pane
// runs in through the same Office.js calls Procsheet makes. The list is data, so the pane runs it in Excel
// and self-check.test.ts runs the very same list on the simulation: the two cannot drift apart.

/** How one check came out. "unsupported": the Excel here lacks the requirement set the check needs. */
export type CheckStatus = "pass" | "fail" | "unsupported" | "unobserved";

/** A requirement set and the lowest version a check needs (checked with isSetSupported before it runs). */
export interface Requirement {
  readonly set: "ExcelApi" | "SharedRuntime";
  readonly version: string;
}

/** What a check's `run` gets: a batch of its own and a scratch sheet that is deleted after it. */
export interface CheckEnv {
  readonly context: Excel.RequestContext;
  /** The scratch sheet, added for this check alone (empty, not active). */
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  /** Unique for this run: names of tables, settings and XML namespaces a check adds carry it. */
  readonly tag: string;
  /** Office's platform ("PC", "Mac", "OfficeOnline"): some limits hold on one only. */
  readonly platform: string;
  /** Waits for events; bounded by the runner's own clock. */
  readonly wait: (ms: number) => Promise<void>;
}

/**
 * A check's answer. `saw` is what Excel did, as plain data for the report (codes, values, addresses);
 * `observed: false` when the check could not see the behaviour (an event that never came, a name in use).
 */
export interface Outcome {
  readonly ok: boolean;
  readonly saw: string;
  readonly observed?: false;
}

export interface SelfCheck {
  /** Stable, kebab-case; the words `diagnostics.check.<id>` say what is expected. */
  readonly id: string;
  /** The Microsoft page the simulated behaviour follows. */
  readonly page: string;
  /** The simulation's test that pins the same behaviour (a path in this repository). */
  readonly mirrors: string;
  /** The "Open-docs choice" of test/excel-sim/README.md it settles, when it settles one. */
  readonly choice?: number;
  readonly requires: Requirement;
  /** Only where the behaviour exists at all (e.g. the web's 5 MB request limit); "unsupported" elsewhere. */
  readonly platforms?: readonly string[];
  readonly run: (env: CheckEnv) => Promise<Outcome>;
}

/** The code of an Office.js error (or "none" when the call succeeded). */
export async function codeOf(attempt: () => Promise<unknown>): Promise<string> {
  try {
    await attempt();
    return "none";
  } catch (e) {
    if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string")
      return (e as { code: string }).code;
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

/** A check that expects one error code: passes on that code, and says which code Excel gave otherwise. */
export async function expectCode(code: string, attempt: () => Promise<unknown>): Promise<Outcome> {
  const got = await codeOf(attempt);
  return { ok: got === code, saw: got === "none" ? "no error" : `code ${got}` };
}

/** Compares as JSON (cell grids, addresses); `saw` carries Excel's side. */
export function expectJson(expected: unknown, actual: unknown): Outcome {
  const saw = JSON.stringify(actual);
  return { ok: saw === JSON.stringify(expected), saw };
}

/** Every expectation must hold; `saw` joins what each saw. */
export function all(...outcomes: readonly Outcome[]): Outcome {
  return {
    ok: outcomes.every((o) => o.ok),
    saw: outcomes.map((o) => o.saw).join("; "),
    ...(outcomes.some((o) => o.observed === false) ? { observed: false as const } : {}),
  };
}
