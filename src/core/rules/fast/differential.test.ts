import { runCase } from "./differential";
import { generateCase } from "./generate";

/**
 * Generated expressions over generated rows, fast path against jsonata. A failure prints
 * `seed/index`; `generateCase(seed, index)` rebuilds exactly that case. The 100k-case corpus is
 * `node bench/diff.mjs` (after `npx tsc -p tsconfig.cli.json`).
 */
const SEED = 20240701;
const CASES = 3000;

describe("fast path against jsonata on generated cases", () => {
  it(`agrees on ${CASES} cases (seed ${SEED})`, async () => {
    const counts = { agree: 0, fallback: 0, invalid: 0, mismatch: 0 };
    const mismatches: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const c = generateCase(SEED, i);
      const outcome = await runCase(c);
      counts[outcome.kind]++;
      if (outcome.kind === "mismatch" && mismatches.length < 10) {
        mismatches.push(
          `${SEED}/${i} ${c.source} on ${JSON.stringify(c.row)} ${JSON.stringify(c.limits)}: jsonata ${outcome.jsonata} / fast ${outcome.fast}`,
        );
      }
    }
    console.log(`differential: ${JSON.stringify(counts)}`);
    expect(mismatches).toEqual([]);
    expect(counts.invalid).toBe(0);
    // Most generated expressions are inside the subset; the rest check that refusing is safe.
    expect(counts.agree).toBeGreaterThan(CASES * 0.75);
  });
});
