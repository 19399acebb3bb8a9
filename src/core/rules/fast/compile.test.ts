import * as fs from "fs";
import jsonata from "jsonata";
import type { RuleRow } from "../../definition/types";
import { compileExpression, useFastCompiler, type RuleBindings } from "../expression";
import { DEFAULT_LIMITS, type RuleLimits } from "../limits";
import { runCase } from "./differential";
import { JSONATA_FUNCTION_NAMES } from "./functions";
import { compileFast, explainFallback } from "./index";

const bindings: RuleBindings = { now: "2024-07-01T09:30:00", today: "2024-07-01", process: "procurement" };

const row = {
  amount: 120_000,
  category: "IT",
  department: "Marketing",
  requester: "Bob.EXT.contractor",
  urgency: "Urgent",
  status: "Submitted",
  createdAt: "2024-06-30T23:00:00",
  vendor: { name: "Acme", tier: 2, address: { city: "Oslo" } },
  tags: ["a", "b", "urgent"],
  lines: [
    { qty: 2, price: 2.5 },
    { qty: 1, price: 1000, parts: [{ qty: 1 }, { qty: 4 }] },
  ],
  nums: [1, 2, 3],
  "x y": 7,
  ünï: "日本語",
  nothing: null,
} as unknown as RuleRow;

function fast(
  source: string,
  limits: RuleLimits = DEFAULT_LIMITS,
): ((row: RuleRow, b: RuleBindings) => unknown) | undefined {
  return compileFast(jsonata(source).ast(), limits);
}

function evaluate(source: string, input: unknown = row, limits: RuleLimits = DEFAULT_LIMITS): unknown {
  const f = fast(source, limits);
  if (!f) throw new Error(`not compiled: ${source}`);
  return f(input as RuleRow, bindings);
}

function failureOf(
  source: string,
  input: unknown = row,
  limits: RuleLimits = DEFAULT_LIMITS,
): Record<string, unknown> {
  try {
    evaluate(source, input, limits);
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error(`no error from ${source}`);
}

describe("compileFast: what it accepts", () => {
  it.each([
    "amount > 100000",
    'category = "IT" and amount > 5000',
    'urgency = "Urgent" and amount >= 1000',
    '$contains($lowercase(requester), "ext.")',
    'status = "Submitted" and $toMillis(createdAt) < $toMillis("2024-07-01T00:00:00")',
    'category in ["IT", "Facilities", "Legal"]',
    'department = "Marketing" and category = "Services"',
    "true",
    "`x y` + 1",
    "vendor.address.city",
    "lines[0].price",
    "lines[qty > 1].price",
    'tags[$ = "urgent"]',
    "-amount",
    'amount > 1000 ? "big" : "small"',
    "(amount; category)",
    "[1..5]",
    "[tags, [1, 2]]",
    "$now & $today & $process",
    "$",
    "$sum(lines.qty) + $count(tags) + $max(nums) + $min(nums) + $average(nums)",
    "$substring(requester, 0, 3) & $uppercase(category) & $string(amount) & $string(vendor, true)",
    '$length(requester) > 3 and $number("5") = 5 and $exists(amount) and $boolean(tags) and $not(false)',
    "missing ?: 3",
    "missing ?? 4",
  ])("compiles %s", (source) => {
    expect(fast(source)).toBeDefined();
  });

  it.each([
    ["function($x) { $x }", "lambda"],
    ["($x := 1; $x)", "bind"],
    ["$contains(requester, /ext/i)", "regex"],
    ["requester ~> $lowercase()", "apply"],
    ['$ ~> | vendor | {"tier": 3} |', "transform"],
    ['$eval("1 + 1")', "$eval"],
    ["*.name", "wildcard"],
    ["**.qty", "descendant"],
    ["lines.%.amount", "parent"],
    ["lines^(price)", "sort"],
    ["lines{sku: qty}", "group"],
    ['{"a": amount}', "object constructor"],
    ["$trim(requester)", "other function"],
    ["$now()", "calling $now"],
    ["$$.amount", "root"],
    ["$.amount", "path from a variable"],
    ["tags[]", "keep-array"],
    ["[1..amount]", "range with a data bound"],
    ["[1..9007199254740993]", "range beyond 2^53"],
    ['$toMillis(createdAt, "[Y0001]-[M01]-[D01]")', "$toMillis picture"],
    ["$sum", "function value"],
    ["lines.(qty * price)", "map step"],
    ["(tags)[0]", "predicate on a block"],
    ["[1, 2, 3][0]", "predicate on an array constructor"],
    ["lines#$i.qty", "index binding"],
    ["lines@$l.qty", "focus binding"],
    ["[$lowercase(category), tags]", "array items failing in different ways"],
    ["tags[$ in [1..3]]", "range inside a predicate"],
  ])("falls back on %s (%s)", (source) => {
    expect(fast(source)).toBeUndefined();
    expect(explainFallback(jsonata(source).ast(), DEFAULT_LIMITS)).toEqual(expect.any(String));
  });

  it("refuses limits that switch a bound off (jsonata reads 0 as unbounded)", () => {
    expect(fast("amount > 1", { timeoutMs: 250, stack: 0, sequence: 100 })).toBeUndefined();
    expect(fast("amount > 1", { timeoutMs: 250, stack: 300, sequence: 0 })).toBeUndefined();
  });

  it("leaves expressions that could reach the stack bound to jsonata, which raises D1011 for them", async () => {
    const source = "((((((((amount))))))))";
    const limits = { timeoutMs: 250, stack: 5, sequence: 100 };
    expect(fast(source, limits)).toBeUndefined();
    expect(fast(source, DEFAULT_LIMITS)).toBeDefined();
    await expect(jsonata(source, { stack: 5 }).evaluate(row)).rejects.toMatchObject({ code: "D1011" });
  });

  it("counts depth as jsonata does, including items of [...] that are open at the same time", async () => {
    // Each item is a path (2 levels) that jsonata suspends inside while the next item starts.
    const source = "[a, b, c, d, e, f]";
    const needed = 1 + 6 * 2;
    expect(fast(source, { timeoutMs: 250, stack: needed, sequence: 100 })).toBeDefined();
    expect(fast(source, { timeoutMs: 250, stack: needed - 1, sequence: 100 })).toBeUndefined();
    // jsonata really does open more than the nesting suggests:
    await expect(jsonata(source, { stack: 4 }).evaluate(row)).rejects.toMatchObject({ code: "D1011" });
  });
});

describe("compileFast: values", () => {
  it("returns plain values synchronously", () => {
    const v = evaluate('category = "IT" and amount > 5000');
    expect(v).toBe(true);
    expect(typeof (v as { then?: unknown } | null)?.then).toBe("undefined");
  });

  it("follows paths, predicates and sequences like jsonata", () => {
    expect(evaluate("vendor.address.city")).toBe("Oslo");
    // A jsonata sequence is an array flagged `sequence: true`; compare the items.
    expect(Array.from(evaluate("lines.qty") as unknown[])).toEqual([2, 1]);
    expect(Array.from(evaluate("lines.parts.qty") as unknown[])).toEqual([1, 4]);
    expect(evaluate("lines[price > 100].qty")).toBe(1);
    expect(evaluate("lines[-1].price")).toBe(1000);
    expect(evaluate("tags")).toBe((row as unknown as { tags: unknown }).tags);
    expect(evaluate("missing.deeper")).toBeUndefined();
    expect(evaluate("nothing")).toBeNull();
    expect(evaluate("`x y`")).toBe(7);
    expect(evaluate("ünï")).toBe("日本語");
  });

  it("uses $now, $today and $process from the bindings, not jsonata's $now()", () => {
    expect(evaluate("$now")).toBe("2024-07-01T09:30:00");
    expect(evaluate("$today & '/' & $process")).toBe("2024-07-01/procurement");
    expect(evaluate("$unbound")).toBeUndefined();
    const f = fast("$now");
    expect(() => f?.(row, {} as RuleBindings)).toThrow("bindings.now");
  });

  it("formats numbers in & and $string with jsonata's 15 significant digits", () => {
    expect(evaluate('0.1 + 0.2 & ""')).toBe("0.3");
    expect(evaluate("$string(1/3)")).toBe("0.333333333333333");
    expect(evaluate("$string(1e21)")).toBe("1e+21");
    expect(evaluate("$string([0.1 + 0.2, 1e-7])")).toBe("[0.3,1e-7]");
  });

  it("treats = on mixed types as false and != on a missing side as false", () => {
    expect(evaluate('amount = "120000"')).toBe(false);
    expect(evaluate("missing != 1")).toBe(false);
    expect(evaluate("missing = missing")).toBe(false);
  });
});

describe("compileFast: errors", () => {
  it("throws jsonata's error objects: code, position, token, value and message", async () => {
    const cases = [
      "category > 5",
      'amount + "a"',
      "-category",
      "$lowercase(amount)",
      "$sum(tags)",
      '$toMillis("01/07/2024")',
      '$number("abc")',
    ];
    for (const source of cases) {
      const fastError = failureOf(source);
      let expected: Record<string, unknown> = {};
      try {
        await jsonata(source).evaluate(row, bindings as unknown as Record<string, unknown>);
      } catch (e) {
        expected = e as Record<string, unknown>;
      }
      const { stack: _stack, ...shape } = expected;
      expect(fastError).toEqual(shape);
    }
  });

  it("re-stamps errors raised on the right of and/or with that operator, as jsonata does", () => {
    expect(failureOf("true and $lowercase(1)")).toMatchObject({
      code: "T0410",
      token: "and",
      position: 8,
      message: 'Argument 1 of function "and" does not match function signature',
    });
    expect(failureOf("$lowercase(1) and true")).toMatchObject({ code: "T0410", token: "lowercase" });
  });

  it("keeps the sequence bound: D2015 from paths, from [...] and from ranges; D2014 above 1e7", () => {
    const small = { timeoutMs: 250, stack: 300, sequence: 2 };
    expect(
      failureOf(
        "lines.parts.qty",
        { lines: [{ parts: [{ qty: 1 }, { qty: 2 }] }, { parts: [{ qty: 3 }] }] },
        small,
      ),
    ).toMatchObject({ code: "D2015", value: 2 });
    // [...] names the size it would reach (3 items of nums), not the bound.
    expect(failureOf("[nums, 4]", row, small)).toMatchObject({ code: "D2015", value: 3 });
    expect(failureOf("[1..3]", row, small)).toMatchObject({ code: "D2015", value: 3, token: ".." });
    expect(failureOf("[1..10000001]")).toMatchObject({ code: "D2014", value: 10000001 });
  });
});

describe("the list of names jsonata binds as functions", () => {
  it("matches jsonata 2.2.2's source", () => {
    const source = fs.readFileSync(require.resolve("jsonata/jsonata.js"), "utf8");
    const bound = [...source.matchAll(/(?:staticFrame|environment)\.bind\('([A-Za-z0-9]+)'/g)].map(
      (m) => m[1],
    );
    expect(new Set(bound)).toEqual(JSONATA_FUNCTION_NAMES);
  });
});

describe("edge cases, checked against jsonata itself", () => {
  const rows: unknown[] = [
    row,
    {},
    { amount: "60000", category: null, tags: [], lines: [{}], nums: [1, "2"] },
    [{ amount: 1, tags: ["a"] }, { amount: 2 }],
    [1, [2, 3]],
    "text",
    undefined,
    {
      o: { "0": 1, length: 1 },
      a: [1],
      f: { _jsonata_function: true },
      g: { _jsonata_lambda: true, arguments: [] },
      s: "abc",
    },
  ];
  const sources = [
    "amount",
    "$",
    "tags[0]",
    "tags[1]",
    "lines.qty",
    "lines[0]",
    "lines[true]",
    "lines[[0, 1]]",
    "nums[$ > 1]",
    "nums[0.9]",
    "amount > 5000",
    'amount > "5000"',
    "amount + 1",
    'amount & ""',
    "$string()",
    "$boolean()",
    "$count($)",
    "$sum(nums)",
    "$max(nums)",
    "$average(nums)",
    "$length()",
    "$substring(5, 1)",
    "$contains(s, f)",
    "$string(f)",
    "$count(g)",
    "o = a",
    "a = o",
    "$ = $",
    "[$, 1]",
    '[[1, 2], "[", tags]',
    'category in [null, "IT"]',
    "-0 in [0]",
    "(0/0) in [1]",
    "(1/0) and true",
    "(1/0) ? 1 : 2",
    "$boolean([1/0, 1])",
    "$not(missing)",
    '$toMillis("2024-06-30T23:00:00")',
    '$toMillis("2024-07-01T10:00:00+0100")',
    '$toMillis("2024-02-30")',
    '$number("0x1Fzz")',
    '$number("1e400")',
    "[1..1]",
    "[2..1]",
    "[1.5..2]",
  ];
  it.each(sources)("%s", async (source) => {
    for (const input of rows) {
      const outcome = await runCase({ source, row: input as RuleRow, bindings, limits: DEFAULT_LIMITS });
      expect({ input, outcome }).toEqual({ input, outcome: { kind: "agree" } });
    }
  });
});

describe("wired into the engine", () => {
  afterEach(() => useFastCompiler(undefined));

  it("evaluates accepted rules synchronously and the rest through jsonata", async () => {
    useFastCompiler(compileFast);
    const fastRule = compileExpression('category = "IT" and amount > 5000', "steps[0].owner[0].when");
    const slowRule = compileExpression("$trim(requester) = 'x'", "steps[0].owner[1].when");
    if (!fastRule.ok || !slowRule.ok) throw new Error("did not compile");
    expect(fastRule.value.evaluate(row, bindings)).toBe(true);
    const slow = slowRule.value.evaluate(row, bindings);
    expect(slow).toBeInstanceOf(Promise);
    await expect(slow).resolves.toBe(false);
  });
});
