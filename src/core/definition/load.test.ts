import { readFileSync } from "fs";
import { join } from "path";
import type { Lang } from "../../words/lang";
import { describeError } from "../error";
import type { ProcsheetError } from "../result";
import { formatProblem, loadProcess } from "./load";

const mini = JSON.parse(
  readFileSync(join(__dirname, "../../../test/fixtures/mini.process.json"), "utf8"),
) as Record<string, unknown>;
const clone = (): Record<string, unknown> & { steps: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(mini));
const problems = (input: unknown): string[] => {
  const r = loadProcess(input);
  return r.ok ? [] : r.error.map(formatProblem);
};

describe("loading a process definition", () => {
  it("accepts a valid definition, from text or from an object", () => {
    expect(problems(JSON.stringify(mini))).toEqual([]);
    expect(problems(mini)).toEqual([]);
  });

  it("reports JSONata syntax errors as path: message with the character position", () => {
    const def = clone();
    (def.steps[1] as { next: { when: string }[] }).next[0]!.when = "amount > (10000";
    expect(problems(def)).toEqual([
      'steps[1].next[0].when: The rule cannot be read at character 15: Expected ")" before end of expression',
    ]);
  });

  it("reports every problem at once, not just the first", () => {
    const def = clone();
    def.steps[0]!.owner = [{ when: "amount >", assign: "x" }];
    (def.steps[1] as { next: { goto: string }[] }).next[1]!.goto = "nowhere";
    def.steps[3]!.id = "review";
    expect(problems(def)).toEqual([
      'steps[3].id: duplicate step id "review"',
      'steps[1].next[1].goto: no step with id "nowhere" (use a step id or "end")',
      "steps[0].owner[0].when: The rule cannot be read at character 8: Unexpected end of expression",
    ]);
  });

  it("names unknown keys, missing keys and wrong types by path", () => {
    const def = clone();
    def.steps[0]!.slaDay = 3;
    delete def.steps[2]!.owner;
    def.schemaVersion = 2;
    expect(problems(def)).toEqual(
      expect.arrayContaining([
        "schemaVersion: must be 1",
        'steps[0]: unknown key "slaDay"',
        'steps[2]: missing "owner"',
      ]),
    );
  });

  it("reports the owner clause's real mistake, not every alternative the schema allows", () => {
    const def = clone();
    def.steps[0]!.owner = [{ asign: "Ann" }];
    const p = problems(def);
    expect(p).toContain('steps[0].owner[0]: unknown key "asign"');
    expect(p.some((x) => x.startsWith("steps[0].owner: must be"))).toBe(false);
  });

  it("refuses reserved field keys, system keys among them", () => {
    const def = clone();
    (def.fields as { key: string }[])[0]!.key = "status";
    expect(problems(def)).toContain("fields[0].key: is a reserved name");
  });

  it("says so when the text is not JSON, without a stack trace", () => {
    const [p] = problems("{ not json");
    expect(p).toMatch(/^\(root\): not valid JSON/);
  });

  it("checks rule tests and sample rows against the process", () => {
    const def = clone();
    def.tests = [{ name: "t", step: "nope", row: { amount: "12" }, expect: { next: "gone" } }];
    def.sample = [{ status: "Approved", colour: "red" }];
    expect(problems(def)).toEqual([
      'tests[0].step: no step with id "nope"',
      'tests[0].expect.next: no step with id "gone"',
      "tests[0].row.amount: must be a number",
      'sample[0].status: "Approved" is not a status word (todo, doing, waiting, blocked, done, cancelled)',
      'sample[0].colour: unknown key "colour" (not a field or system column)',
    ]);
  });

  it("takes an owner written as a role's key or name in any language and case as that role", () => {
    const def = clone();
    def.steps[3]!.owner = "Buyers";
    expect(problems(def)).toEqual([]);
  });

  it("keeps a least and greatest value to number fields, the least below the greatest, samples within", () => {
    const def = clone();
    const fields = def.fields as Record<string, unknown>[];
    fields[0] = { ...fields[0], min: 10, max: 5 };
    fields[2] = { ...fields[2], min: 1 };
    def.sample = [{ amount: 7, requester: "Ann" }];
    expect(problems(def)).toEqual([
      "fields[0].max: the greatest value (5) is below the least (10)",
      "fields[2].min: a least or greatest value is only for number fields, not person",
      "sample[0].amount: 7 is outside the field's range (least 10, greatest 5)",
    ]);
  });

  it("refuses a blank step name or header, and a header that already names another column", () => {
    const def = clone();
    def.steps[0]!.name = { en: " " };
    const fields = def.fields as Record<string, unknown>[];
    fields[1] = { ...fields[1], header: "" };
    fields[2] = { ...fields[2], header: { en: "Requester", "zh-CN": "金额" } };
    fields.push({ key: "state", header: "Status", type: "text" });
    expect(problems(def)).toEqual([
      "steps[0].name: give it a name in at least one language",
      "fields[1].header: give it a name in at least one language",
      'fields[2].header: the header "金额" already names the column amount; give each column a header of its own',
      'fields[3].header: the header "Status" already names the column status; give each column a header of its own',
    ]);
  });

  it("refuses two roles that answer to one name", () => {
    const def = clone();
    def.roles = {
      ...(def.roles as Record<string, unknown>),
      approvers: { members: ["Zoe"], name: { en: "BUYERS" } },
    };
    expect(problems(def)).toEqual([
      'roles.approvers.name: the role name "BUYERS" is already the name of the role "buyers"; give each role a name of its own',
    ]);
  });

  it("catches at save time the mistakes JSONata only reports per row: not(), $now(), unknown functions, $eval", () => {
    const def = clone();
    def.steps[0]!.owner = [
      { when: "amount > 5 and not($exists(category))", assign: "Ann" },
      { when: "$now() > '2026'", assign: "Ann" },
      { when: "$lenght(requester) > 3", assign: "Ann" },
      { assignExpr: "$eval('1')" },
    ];
    expect(problems(def)).toEqual([
      'steps[0].owner[0].when: The rule cannot be read at character 19: "not(…)" is not a function; functions start with $ — did you mean "$not(…)"?',
      "steps[0].owner[1].when: The rule cannot be read at character 4: $now is a value in Procsheet rules; write $now without ()",
      "steps[0].owner[2].when: The rule cannot be read at character 7: there is no function $lenght",
      "steps[0].owner[3].assignExpr: The rule cannot be read at character 5: $eval is not available in Procsheet rules",
    ]);
  });
});

/** A problem where the JSON file's editor looks for it: `path: words` in the reader's language. */
const placed = (p: ProcsheetError, lang: Lang): string =>
  `${p.path ?? ""}${lang === "zh-CN" ? "：" : ": "}${describeError(p, lang)}`;

describe("definition problems in the reader's language", () => {
  const both = (def: unknown): { en: string[]; zh: string[]; formatted: string[] } => {
    const r = loadProcess(def);
    if (r.ok) throw new Error("expected problems");
    return {
      en: r.error.map((p) => placed(p, "en")),
      zh: r.error.map((p) => placed(p, "zh-CN")),
      formatted: r.error.map(formatProblem),
    };
  };
  // No English sentence left in a Chinese rendering (paths, quoted names and JSON words aside).
  const noEnglish = (lines: string[]) => {
    for (const line of lines)
      expect(line.slice(line.indexOf("：") + 1)).not.toMatch(
        /\b(must|unknown|missing|needs|allowed|step id|choices)\b/,
      );
  };

  it("words schema problems in Chinese as well as English", () => {
    const def = clone() as Record<string, unknown> & { steps: Record<string, unknown>[] };
    def["colour"] = "blue";
    def["idPrefix"] = 7;
    def.steps[0] = { ...def.steps[0], slaDays: -1 };
    const r = both(def);
    // The English rendering is what the command line and the message have always said.
    expect(r.en).toEqual(r.formatted);
    expect(r.zh).toEqual([
      "(root)：未知的键“colour”",
      "idPrefix：必须是文本",
      "steps[0].slaDays：不能小于 0",
    ]);
    noEnglish(r.zh);
  });

  it("words the checks beyond the schema in Chinese as well as English", () => {
    const def = clone() as Record<string, unknown> & {
      steps: Record<string, unknown>[];
      fields: Record<string, unknown>[];
    };
    def.fields[2] = { ...def.fields[2], type: "choice" };
    (def.steps[1] as { next: { goto: string }[] }).next[0]!.goto = "shipping";
    def["tests"] = [{ name: "t", step: "nowhere", row: { amount: "big" }, expect: { owner: "x" } }];
    const r = both(def);
    expect(r.en).toEqual(r.formatted);
    expect(r.zh).toEqual(
      expect.arrayContaining([
        "fields[2].choices：选项字段需要列出其选项",
        'steps[1].next[0].goto：没有编号为“shipping”的步骤（请使用步骤编号或 "end"）',
        "tests[0].step：没有编号为“nowhere”的步骤",
        "tests[0].row.amount：必须是数字",
      ]),
    );
    noEnglish(r.zh);
  });

  it("says an empty list is empty, in both languages", () => {
    const def = clone();
    def.steps = [];
    const r = loadProcess(def);
    if (r.ok) throw new Error("expected problems");
    expect(r.error.map(formatProblem)).toContain("steps: must not be empty");
    expect(r.error.map((p) => placed(p, "zh-CN"))).toContain("steps：不能为空");
  });
});

describe("odd template files (docs/reliability.md X5)", () => {
  it("refuses a file over 5 MB before parsing it", () => {
    const r = loadProcess(`{"pad": "${"x".repeat(5 * 1024 * 1024)}"}`);
    expect(r.ok ? [] : r.error.map(formatProblem)).toEqual(["(root): the file is larger than 5 MB"]);
  });

  it("answers deeply nested JSON with problems, not a crash", () => {
    const depth = 200_000;
    const r = loadProcess(`${"[".repeat(depth)}${"]".repeat(depth)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.path).toBe("(root)");
    const nested = clone() as Record<string, unknown>;
    nested["extra"] = JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`);
    const n = loadProcess(nested);
    expect(n.ok ? [] : n.error.map(formatProblem)).toEqual(['(root): unknown key "extra"']);
  });
});
