// A rule builds text of at most MAX_TEXT characters, on both evaluators, and finds out quickly
// (docs/specification.md §3.8, docs/reliability.md R5).
import { describeError } from "../error";
import { compileExpression, useFastCompiler, type RuleBindings } from "./expression";
import { compileFast } from "./fast";
import { MAX_TEXT } from "./limits";
import { evaluationError } from "./rule-error";

const bindings: RuleBindings = { now: "2026-03-02T09:00:00", today: "2026-03-02", process: "p" };
const row = { id: "PR-0001", note: "x".repeat(60_000), name: "Ann" };

async function outcome(source: string): Promise<{ value?: unknown; code?: string; ms: number }> {
  const compiled = compileExpression(source, "steps[0].owner[0].when");
  if (!compiled.ok) throw new Error(compiled.error.message);
  const t0 = Date.now();
  try {
    const value: unknown = await compiled.value.evaluate(row, bindings);
    return { value, ms: Date.now() - t0 };
  } catch (e) {
    return { code: String((e as { code?: unknown }).code), ms: Date.now() - t0 };
  }
}

describe.each([
  ["the fast path", compileFast],
  ["jsonata alone", undefined],
])("text a rule builds, under %s", (_name, compiler) => {
  beforeAll(() => useFastCompiler(compiler));
  afterAll(() => useFastCompiler(compileFast));

  it("joins with & up to the bound and fails past it with U1004", async () => {
    expect(await outcome('$length(note & "y")')).toMatchObject({ value: 60_001 });
    expect(await outcome("note & note")).toMatchObject({ code: "U1004" });
  });

  it("stops $string of an array that holds one large array many times before building it", async () => {
    const big = `[1..${Math.floor(MAX_TEXT / 2)}]`;
    const r = await outcome(`$string([${Array(40).fill(big).join(",")}])`);
    expect(r.code).toBe("U1004");
    expect(r.ms).toBeLessThan(2_000);
  });
});

describe("text bounds of the functions only jsonata runs", () => {
  it("stops a string doubled 28 times at the bound (U1004), not at V8's RangeError", async () => {
    const r = await outcome('($f := function($s, $n){ $n = 0 ? $s : $f($s & $s, $n - 1) }; $f("x", 28))');
    expect(r.code).toBe("U1004");
  });

  it("stops a 100-million-character $replace in milliseconds, where jsonata's own took seconds and 1 GB", async () => {
    const r = await outcome('$replace($pad("", 10000, "a"), "a", $pad("", 10000, "b"))');
    expect(r.code).toBe("U1004");
    // $pad builds the two 10,000-character inputs at once, so the time measured is the replace's.
    expect(r.ms).toBeLessThan(2_000);
    expect(await outcome('$replace("abcabc", "b", "XY")')).toMatchObject({ value: "aXYcaXYc" });
    expect(await outcome('$replace("abc", /(b)/, "[$1$1]")')).toMatchObject({ value: "a[bb]c" });
  });

  it("stops $replace whose substitute repeats the match many times", async () => {
    const dollars = Array(2000).fill("$0").join("");
    const r = await outcome(`$replace(note, /x+/, "${dollars}")`);
    expect(r.code).toBe("U1004");
  });

  it("adds up $join before joining", async () => {
    expect(await outcome("$join([note, note])")).toMatchObject({ code: "U1004" });
    expect(await outcome('$join(["a", "b"], "-")')).toMatchObject({ value: "a-b" });
  });

  it("says what went wrong in both languages", () => {
    const e = evaluationError("steps[0].owner[0].when", { code: "U1004" }, "PR-0001");
    expect(e.code).toBe("RULE_LIMIT");
    expect(describeError(e, "en")).toContain("100,000 characters");
    expect(describeError(e, "zh-CN")).toContain("100,000 个字符");
  });
});

describe("failures that are not jsonata's", () => {
  it("refuses a $fromMillis picture wider than the bound, which jsonata pads in one native call", async () => {
    expect(await outcome('$fromMillis(0, "[Y,1000000000]")')).toMatchObject({ code: "U1004" });
    expect(await outcome('$fromMillis(0, "[Y0001]-[M01]")')).toMatchObject({ value: "1970-01" });
  });

  it("makes a RangeError (the engine's own bound) the row's RULE_LIMIT, and any other error its RULE_EVAL", () => {
    const limit = evaluationError("steps[0].owner[0].when", new RangeError("Invalid string length"), "PR-1");
    expect(limit).toMatchObject({ code: "RULE_LIMIT", path: "steps[0].owner[0].when", rowId: "PR-1" });
    expect(describeError(limit, "en")).toContain("RangeError: Invalid string length");
    const other = evaluationError("steps[0].owner[0].when", new TypeError("x is not a function"), undefined);
    expect(other).toMatchObject({ code: "RULE_EVAL" });
  });
});
