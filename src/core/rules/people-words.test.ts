// Rules in people's words: columns named by their headers, in either language and any letter case, mean
// exactly what the same rule written with keys means — on the fast path and on jsonata alone.
import { describeError } from "../error";
import type { FieldDef, RuleRow } from "../definition/types";
import { compileExpression, useFastCompiler, type RuleBindings } from "./expression";
import { compileFast } from "./fast";
import { DEFAULT_LIMITS } from "./limits";
import { asRuleName, followColumnRenames, ruleInWords, thousandsMistake } from "./people-words";
import { meaningOf, rowNamesOf } from "./row-names";

const fields: FieldDef[] = [
  { key: "amount", header: { en: "Amount", "zh-CN": "采购金额" }, type: "number" },
  { key: "costEstimate", header: { en: "Cost estimate", "zh-CN": "预估成本" }, type: "number" },
  { key: "category", header: { en: "Category", "zh-CN": "类别" }, type: "choice", choices: ["it", "office"] },
  { key: "lines", header: "Lines", type: "text" },
];
const names = rowNamesOf({ fields });
const bindings: RuleBindings = { now: "2026-03-02T09:00:00", today: "2026-03-02", process: "p" };
const rows: RuleRow[] = [
  {},
  { amount: 100000 },
  { amount: 100001, category: "it", status: "todo" },
  { amount: 5, costEstimate: 6000, category: "office", owner: "Ann" },
  { amount: "12,000", costEstimate: 1 },
];

/**
 * What a rule gives for each row: a value, or the error code it fails with (its position counts in the text
 * the person wrote, which is as long as the keyed rule only when the names are).
 */
async function outcomes(source: string, withPosition = false): Promise<unknown[]> {
  const compiled = compileExpression(source, "steps[0].next[0].when", DEFAULT_LIMITS, names);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const out: unknown[] = [];
  for (const row of rows) {
    try {
      out.push({ value: await compiled.value.evaluate(row, bindings) });
    } catch (e) {
      const { code, position } = e as { code?: unknown; position?: unknown };
      out.push(withPosition ? { code, position } : { code });
    }
  }
  return out;
}

const pairs: [string, string][] = [
  ["采购金额 > 100000", "amount > 100000"],
  ["Amount > 100000", "amount > 100000"],
  ["AMOUNT >= 100000 and CATEGORY = 'it'", "amount >= 100000 and category = 'it'"],
  ["`Cost estimate` > 5000", "costEstimate > 5000"],
  ["`cost  ESTIMATE` > 5000 or 预估成本 < 2", "costEstimate > 5000 or costEstimate < 2"],
  ["状态 = 'todo' ? 负责人 : `Owner`", "status = 'todo' ? owner : owner"],
  ["$exists(Amount) and $string(类别) in ['it']", "$exists(amount) and $string(category) in ['it']"],
  ["Amount > 1000", "amount > 1000"], // "12,000" as text: T2009 on both
];

describe.each([
  ["the fast path", compileFast],
  ["jsonata alone", undefined],
])("rules naming columns by header, under %s", (_name, compiler) => {
  beforeAll(() => useFastCompiler(compiler));
  afterAll(() => useFastCompiler(compileFast));

  it.each(pairs)("%s gives exactly what %s gives", async (byHeader, byKey) => {
    expect(await outcomes(byHeader)).toEqual(await outcomes(byKey));
  });

  it("places an evaluation error in the text as written", async () => {
    expect((await outcomes("Amount > 1000", true))[4]).toEqual({ code: "T2009", position: 8 });
    expect((await outcomes("采购金额 > 1000", true))[4]).toEqual({ code: "T2009", position: 6 });
  });
});

describe("rules in people's words", () => {
  it("keeps the rule as the person wrote it", () => {
    const compiled = compileExpression("采购金额 > 100000", "p", DEFAULT_LIMITS, names);
    expect(compiled.ok && compiled.value.source).toBe("采购金额 > 100000");
  });

  it("reads a key written exactly first, then a key in other letter case, then a header", () => {
    const tricky = rowNamesOf({
      fields: [
        { key: "status2", header: "Status", type: "text" },
        { key: "total", header: { en: "Amount" }, type: "number" },
        { key: "Amount", header: "Sum", type: "number" },
      ],
    });
    expect(meaningOf(tricky, "Status")).toEqual({ kind: "key", key: "status" });
    expect(meaningOf(tricky, "amount")).toEqual({ kind: "key", key: "Amount" });
    expect(meaningOf(tricky, "SUM")).toEqual({ kind: "key", key: "Amount" });
    expect(meaningOf(tricky, "nothing")).toEqual({ kind: "unknown" });
  });

  it("refuses a name two columns share, naming both, at its position", () => {
    const clash = rowNamesOf({
      fields: [
        { key: "amount", header: { en: "Amount", "zh-CN": "金额" }, type: "number" },
        { key: "invoiceAmount", header: { en: "Invoice amount", "zh-CN": "金额" }, type: "number" },
      ],
    });
    const r = compileExpression(
      "status = 'todo' and 金额 > 5",
      "steps[2].next[0].when",
      DEFAULT_LIMITS,
      clash,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.path).toBe("steps[2].next[0].when");
    expect(r.error.position).toBe(22);
    expect(describeError(r.error, "en")).toBe(
      "The rule cannot be read at character 22: “金额” could be the column “Amount” or “Invoice amount”: write the one you mean by its key, amount or invoiceAmount",
    );
    expect(describeError(r.error, "zh-CN")).toContain("“金额”既可能指“金额”列，也可能指“金额”列");
  });

  it("leaves alone names read inside a value, a predicate or a function of the rule's own", async () => {
    const r = compileExpression("Lines[amount > 1].category = 'x'", "p", DEFAULT_LIMITS, names);
    expect(r.ok).toBe(true);
    const row = { lines: [{ amount: 2, category: "x" }] } as unknown as RuleRow;
    expect(r.ok && (await r.value.evaluate(row, bindings))).toBe(true);
  });

  it("says a rule back with each column's header in the reader's language", () => {
    expect(ruleInWords("amount > 50000 and category = 'it'", names, "en")).toBe(
      "Amount > 50000 and Category = 'it'",
    );
    expect(ruleInWords("amount > 50000 and category = 'it'", names, "zh-CN")).toBe(
      "采购金额 > 50000 and 类别 = 'it'",
    );
    expect(ruleInWords("`Cost estimate` > 5 or costEstimate < 1", names, "en")).toBe(
      "`Cost estimate` > 5 or `Cost estimate` < 1",
    );
    expect(ruleInWords("$exists(amount) and lines[amount > 1]", names, "zh-CN")).toBe(
      "$exists(采购金额) and Lines[amount > 1]",
    );
    expect(ruleInWords("amount > (", names, "en")).toBe("amount > (");
    // For the eye only (a map, a why): headers without the backticks the rule language needs.
    expect(ruleInWords("costEstimate > 5 and `Cost estimate` < 9", names, "en", true)).toBe(
      "Cost estimate > 5 and Cost estimate < 9",
    );
  });

  it("quotes a header only where the rule language needs it", () => {
    expect(asRuleName("采购金额")).toBe("采购金额");
    expect(asRuleName("Cost estimate")).toBe("`Cost estimate`");
    expect(asRuleName("PO no.")).toBe("`PO no.`");
    expect(asRuleName("and")).toBe("`and`");
    expect(asRuleName("2nd owner")).toBe("`2nd owner`");
  });

  it("explains a number typed with thousands separators, in plain words, at the number", () => {
    expect(thousandsMistake("Amount > 100,000")).toEqual({
      typed: "100,000",
      plain: "100000",
      position: 16,
      fixed: "Amount > 100000",
    });
    const r = compileExpression("Amount > 100,000", "steps[1].next[0].when", DEFAULT_LIMITS, names);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(describeError(r.error, "en")).toBe(
      "The rule cannot be read at character 16: numbers are written without thousands separators in a rule: write 100000, not 100,000",
    );
    expect(describeError(r.error, "zh-CN")).toContain("请写 100000，而不是 100,000");
  });

  it("leaves grouped digits alone where they are text or a list that reads", () => {
    expect(thousandsMistake("note = '100,000'")).toBeUndefined();
    expect(thousandsMistake("amount in [1,500]")).toBeUndefined();
    expect(thousandsMistake("amount > (1,")).toBeUndefined();
  });
});

describe("rules follow a renamed column", () => {
  it("writes the new header where a rule named the old one, in the language it was written in", () => {
    const before = {
      fields,
      steps: [
        {
          id: "a",
          name: "A",
          owner: [{ when: "Amount > 5 and 采购金额 < 9 and amount > 1", assignExpr: "`Cost estimate` & ''" }],
          next: [{ when: "AMOUNT > 5", goto: "end" }],
        },
      ],
    };
    const after = {
      ...before,
      fields: fields.map((f) =>
        f.key === "amount" ? { ...f, header: { en: "Total", "zh-CN": "总金额" } } : f,
      ),
    };
    const followed = followColumnRenames(before, after);
    expect(followed.steps[0]?.owner).toEqual([
      // "Amount" is still the key in other letter case: it means the same column and stays as written.
      { when: "Amount > 5 and 总金额 < 9 and amount > 1", assignExpr: "`Cost estimate` & ''" },
    ]);
    const costRenamed = {
      ...before,
      fields: fields.map((f) => (f.key === "costEstimate" ? { ...f, header: { en: "Estimate" } } : f)),
    };
    expect(followColumnRenames(before, costRenamed).steps[0]?.owner).toEqual([
      { when: "Amount > 5 and 采购金额 < 9 and amount > 1", assignExpr: "Estimate & ''" },
    ]);
    expect(followColumnRenames(before, before)).toBe(before);
  });
});
