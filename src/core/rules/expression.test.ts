// Rules are code from whoever wrote the template, so every rule runs bounded and sandboxed
// (docs/reliability.md §7 R3–R5, X3, X4). Each case runs on both evaluators: the fast path and jsonata.
import { readdirSync, readFileSync } from "fs";
import { dirname, join } from "path";
import jsonata from "jsonata";
import { compileExpression, MAX_PAD, useFastCompiler, type RuleBindings } from "./expression";
import { compileFast } from "./fast";
import { LIMIT_CODES, type RuleLimits } from "./limits";

const bindings: RuleBindings = { now: "2026-03-02T09:00:00", today: "2026-03-02", process: "purchase" };
const row = { id: "PR-0001", amount: 1200, requester: "Ann" };
const limits: RuleLimits = { timeoutMs: 200, stack: 100, sequence: 10_000 };

/** What evaluating `source` gives: its value, or the JSONata error code it fails with. */
async function outcome(source: string): Promise<{ value?: unknown; code?: string }> {
  const compiled = compileExpression(source, "steps[0].owner[0].when", limits);
  if (!compiled.ok) return { code: String(compiled.error.params?.code ?? compiled.error.code) };
  try {
    return { value: await compiled.value.evaluate(row, bindings) };
  } catch (e) {
    return { code: String((e as { code?: unknown }).code) };
  }
}

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "none";
  } catch (e) {
    return String((e as { code?: unknown }).code);
  }
}

function prototypeState(): string {
  return JSON.stringify([
    Object.getOwnPropertyNames(Object.prototype).sort(),
    Object.getOwnPropertyNames(Function.prototype).sort(),
    Object.getOwnPropertyNames(Array.prototype).sort(),
  ]);
}

describe.each([
  ["the fast path", compileFast],
  ["jsonata alone", undefined],
])("rules under %s", (_name, compiler) => {
  beforeAll(() => useFastCompiler(compiler));
  afterAll(() => useFastCompiler(compileFast));

  it("R3: stops non-tail recursion at the depth bound (D1011)", async () => {
    expect(await outcome("($f := function($n){ $f($n + 1) + 1 }; $f(0))")).toEqual({ code: "D1011" });
  });

  it("R4: stops an endless tail-recursive loop at the time bound (D1012)", async () => {
    const started = Date.now();
    expect(await outcome("($inf := function(){ $inf() }; $inf())")).toEqual({ code: "D1012" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("R5: stops sequence bombs at a bound instead of building them", async () => {
    expect(await outcome("[1..100000]")).toEqual({ code: "D2015" });
    // Each inner sequence is within the bound; the time bound stops the 10^8 of them.
    const r = await outcome("[1..10000].([1..10000])");
    expect(LIMIT_CODES.has(r.code ?? "")).toBe(true);
  });

  it("R5: refuses a $pad that would build a huge string, quickly, and pads as jsonata below the cap", async () => {
    const started = Date.now();
    expect(await outcome('$length($pad("x", 1e9))')).toEqual({ code: "U1003" });
    expect(await outcome('$pad("x", -100000)')).toEqual({ code: "U1003" });
    expect(Date.now() - started).toBeLessThan(1_000);
    for (const source of [
      '$pad("ab", 5)',
      '$pad("ab", -5, "#")',
      '$pad("ab", 6, "xyz")',
      '$pad("😀b", 4, "é")',
      '$pad("ab", 1.9)',
      '$pad("ab", -7.9, "")',
      `$pad(requester, ${MAX_PAD})`,
      "$pad(nothing, 3)",
    ])
      expect({ source, ...(await outcome(source)) }).toEqual({
        source,
        value: await jsonata(source).evaluate(row),
      });
    // jsonata's own conformance cases for $pad, through the engine's capped $pad.
    const group = join(__dirname, "../../../test/fixtures/jsonata-suite/groups/function-pad");
    for (const file of readdirSync(group)) {
      const c = JSON.parse(readFileSync(join(group, file), "utf8")) as {
        expr: string;
        result?: unknown;
        code?: string;
        undefinedResult?: boolean;
      };
      const got = await outcome(c.expr);
      if (c.code) expect({ file, code: got.code }).toEqual({ file, code: c.code });
      else
        expect({ file, value: got.value }).toEqual({ file, value: c.undefinedResult ? undefined : c.result });
    }
    expect(await outcome('$pad("ab")')).toEqual({
      code: await codeOf(() => jsonata('$pad("ab")').evaluate(row)),
    });
  });

  // The proofs of concept behind CVE-2024-27307, -77413, -77414, -77415 and -12208 (docs/reliability.md §2).
  it.each([
    ['$ ~> | __proto__ | {"polluted": true} |', "transform over __proto__ (J1)"],
    ['({} ~> | $ | {"__proto__": {"polluted": true}} |).polluted', "transform setting __proto__ (J1)"],
    ["$lookup($, '__lookupSetter__')('__proto__')", "__lookupSetter__ (J2)"],
    [
      '($hasOwnProperty := $spread($string); $__proto__ := $constructor; $constructor("return process")())',
      "$hasOwnProperty := $spread($string) (J3)",
    ],
    ['($clone := function($x){$x}; {} ~> | $ | {"polluted": true} |; {}.polluted)', "$clone override (J4)"],
    ["$merge.constructor('return process')()", "destructuring $merge (J4)"],
    ["$string.constructor('return this')().process", "Function via a built-in's constructor"],
    ["($x := {}; $x.__proto__.polluted)", "reading __proto__"],
  ])("X3: %s (%s) neither pollutes a prototype nor reaches the host", async (source) => {
    const before = prototypeState();
    const r = await outcome(source);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(prototypeState()).toBe(before);
    // Whatever it gives is plain data, never a function or the host's process object.
    expect(typeof r.value === "function" || (r.value as { pid?: unknown } | undefined)?.pid).toBeFalsy();
  });

  it("X4: $eval is refused when the rule is saved, and fails when reached another way", async () => {
    const direct = compileExpression('$eval("1 + 1")', "steps[0].owner[0].when", limits);
    expect(direct.ok).toBe(false);
    if (!direct.ok) expect(direct.error.message).toMatch(/\$eval is not available/);
    expect(await outcome('($e := $eval; $e("1 + 1"))')).toEqual({ code: "U1002" });
  });

  it("X4: overriding jsonata's hooks from a rule leaves the bounds in force", async () => {
    const source =
      "($__evaluate_entry := function(){ 0 }; $__evaluate_exit := function(){ 0 };" +
      " $f := function($n){ $f($n + 1) + 1 }; $f(0))";
    expect(await outcome(source)).toEqual({ code: "D1011" });
  });
});

describe("the jsonata we run", () => {
  it("X3: is 2.2.2 or later, the first without the known prototype escapes", () => {
    const pkg = JSON.parse(
      readFileSync(join(dirname(require.resolve("jsonata")), "package.json"), "utf8"),
    ) as { name: string; version: string };
    expect(pkg.name).toBe("jsonata");
    const [major = 0, minor = 0, patch = 0] = pkg.version.split(/[.-]/).map(Number);
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(2_002_002);
  });
});
