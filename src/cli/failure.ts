/** Exit codes of the command line (one meaning each, documented in `procsheet --help`). */
export const EXIT = {
  ok: 0,
  /** The command ran, and what it checked failed: an invalid definition, a failing test, rows with errors. */
  failed: 1,
  badInput: 2,
  internal: 3,
} as const;

/**
 * Input the command cannot work with: a missing file, a register that is not one, an unknown option.
 * The one exception the CLI throws on purpose — from deep in a file reader straight to `main`, which
 * prints it as one line (`procsheet: <what> — <what to do>`) and exits 2. Everything else that throws is a bug.
 */
export class BadInput extends Error {
  constructor(
    readonly what: string,
    readonly todo: string,
  ) {
    super(`${what} — ${todo}`);
    this.name = "BadInput";
  }
}

/** Builds a BadInput from a message pair, as messages.ts gives them. */
export function badInput(problem: readonly [what: string, todo: string]): BadInput {
  return new BadInput(problem[0], problem[1]);
}
