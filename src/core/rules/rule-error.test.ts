import jsonata from "jsonata";
import { describeError } from "../error";
import { compileExpression, useFastCompiler, type RuleBindings } from "./expression";
import { compileFast } from "./fast";
import { evaluationError } from "./rule-error";

const bindings: RuleBindings = { now: "2026-03-02T09:00:00", today: "2026-03-02", process: "p" };

async function failure(source: string, row: Record<string, unknown>) {
  const compiled = compileExpression(source, "steps[1].next[0].when");
  if (!compiled.ok) return compiled.error;
  try {
    await compiled.value.evaluate(row as never, bindings);
  } catch (e) {
    return evaluationError("steps[1].next[0].when", e, "PR-0007");
  }
  throw new Error(`${source} did not fail`);
}

describe("rule errors in the reader's language", () => {
  it("words a syntax error in Chinese at the same position", async () => {
    const e = await failure("amount >> 50000", {});
    expect(describeError(e, "en")).toBe(
      'The rule cannot be read at character 9: The symbol ">" cannot be used as a unary operator',
    );
    expect(describeError(e, "zh-CN")).toBe('规则无法解读（第 9 个字符处）：符号 ">" 不能用作一元运算符');
  });

  it("words Procsheet's own save-time checks in Chinese", async () => {
    expect(describeError(await failure("amount > 5 and not(done)", {}), "zh-CN")).toBe(
      "规则无法解读（第 19 个字符处）：“not(…)”不是函数；函数以 $ 开头——是否要写“$not(…)”？",
    );
    expect(describeError(await failure("$today() > 1", {}), "zh-CN")).toMatch(/\$today 是一个值/);
    expect(describeError(await failure("$frobnicate(1)", {}), "zh-CN")).toMatch(
      /没有名为 \$frobnicate 的函数/,
    );
  });

  describe.each([
    ["the fast path", compileFast],
    ["jsonata alone", undefined],
  ])("under %s", (_name, compiler) => {
    beforeAll(() => useFastCompiler(compiler));
    afterAll(() => useFastCompiler(compileFast));

    it("words a failure on a row in Chinese, with the row, the code and the position", async () => {
      const e = await failure('amount + "x" > 5', { amount: 3 });
      expect(describeError(e, "en")).toBe(
        'PR-0007: The rule failed at character 8 (T2002): The right side of the "+" operator must evaluate to a number',
      );
      expect(describeError(e, "zh-CN")).toBe(
        'PR-0007：规则运行出错（第 8 个字符处，T2002）："+" 运算符的右侧必须是数字',
      );
    });
  });

  it("has a Chinese sentence for every jsonata code a routing rule can meet", async () => {
    // One expression per family: parse, type, range, function and comparison errors.
    const sources = ["(1", "1 = = 2", "$x(", '"a" < 1', '[1.."x"]', "$substring(1)", '$number("x")'];
    for (const source of sources) {
      let thrown: unknown;
      try {
        await jsonata(source).evaluate({});
      } catch (e) {
        thrown = e;
      }
      const e = evaluationError("p", thrown, undefined);
      expect({ source, zh: e.params?.detailZh === e.params?.detail }).toEqual({ source, zh: false });
    }
  });
});
