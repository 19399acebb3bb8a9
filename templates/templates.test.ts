import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { formatProblem, loadProcess } from "../src/core/definition/load";
import type { ProcessDefinition } from "../src/core/definition/types";
import type { CompiledProcess } from "../src/core/process";
import { STATUSES } from "../src/core/register/status";
import { syncRows } from "../src/core/sync/sync";
import { runRuleTests } from "../src/core/testing/rule-tests";
import jsonata from "jsonata";
import { SYSTEM_KEYS } from "../src/core/register/system-columns";
import { unknownNames } from "../src/core/rules/lint";

const dir = __dirname;
const files = readdirSync(dir).filter((f) => f.endsWith(".process.json"));
const NOW = "2026-03-02T09:00:00";

/** Every user-facing text of a shipped template exists in both languages. */
function untranslated(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => untranslated(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const textKeys = ["name", "description", "header", "statement", "label"];
      const inData = /\.(sample|tests)\b|^(sample|tests)/.test(path);
      if (textKeys.includes(k) && !inData && !(path.startsWith("tests") && k === "name")) {
        const ok = typeof v === "object" && v !== null && "en" in v && "zh-CN" in v;
        if (!ok) out.push(`${path}.${k}`);
      } else untranslated(v, path ? `${path}.${k}` : k, out);
    }
  }
}

test("eight templates ship", () => {
  expect(files.sort()).toEqual(
    [
      "client-onboarding",
      "content-marketing",
      "customer-service",
      "delivery-management",
      "employee-offboarding",
      "management-planning",
      "procurement",
      "sales",
    ].map((id) => `${id}.process.json`),
  );
});

describe.each(files)("%s", (file) => {
  const text = readFileSync(join(dir, file), "utf8");
  const loaded = loadProcess(text);
  const process = (loaded.ok ? loaded.value : undefined) as CompiledProcess;
  const def = JSON.parse(text) as ProcessDefinition;

  test("validates", () => {
    expect(loaded.ok ? [] : loaded.error.map(formatProblem)).toEqual([]);
  });

  test("its id matches its file name", () => {
    expect(`${def.id}.process.json`).toBe(file);
  });

  test("every text exists in en and zh-CN", () => {
    const out: string[] = [];
    untranslated(def, "", out);
    expect(out).toEqual([]);
  });

  test("has reminders: on assignment, before the due date, and escalations to the manager, its roles or people", () => {
    const r = def.reminders;
    expect(r?.onAssign).toBe(true);
    expect(r?.dueSoonDays).toBeGreaterThanOrEqual(0);
    const escalations = [r, ...def.steps.map((s) => s.reminders)].flatMap((x) => x?.escalate ?? []);
    expect(escalations.length).toBeGreaterThan(0);
    // A role named in an escalation must be one of the template's roles (else it would go to a "person").
    for (const e of escalations) expect(e.to === "manager" || process.roles.has(e.to)).toBe(true);
  });

  test("has a goal, roles, SLAs and at least 4 rule tests", () => {
    expect(def.goal?.targetCycleDays).toBeGreaterThan(0);
    expect(def.goal?.targetOnTimeRate).toBeGreaterThan(0);
    expect(Object.keys(def.roles ?? {}).length).toBeGreaterThan(0);
    expect(def.steps.filter((s) => s.slaDays !== undefined).length).toBeGreaterThanOrEqual(
      def.steps.length - 1,
    );
    expect((def.tests ?? []).length).toBeGreaterThanOrEqual(4);
  });

  test("its rules read only columns the process has (the rule editor would warn)", () => {
    const known = new Set<string>([...SYSTEM_KEYS, ...(def.fields ?? []).map((f) => f.key)]);
    const unknown = def.steps.flatMap((step) =>
      [
        ...(typeof step.owner === "string" ? [] : step.owner).flatMap((c) => [
          c.when,
          "assignExpr" in c ? c.assignExpr : undefined,
        ]),
        ...(step.next ?? []).map((c) => c.when),
      ].flatMap((source) =>
        source ? unknownNames(jsonata(source).ast(), known).map((u) => `${step.id}: ${u.name}`) : [],
      ),
    );
    expect(unknown).toEqual([]);
  });

  test("its rule tests pass", async () => {
    const results = await runRuleTests(process, NOW);
    expect(results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.failures.join("; ")}`)).toEqual([]);
  });

  test("has at least 25 sample rows spread over steps and statuses", () => {
    const sample = def.sample ?? [];
    expect(sample.length).toBeGreaterThanOrEqual(25);
    const steps = new Set(sample.map((r) => r.step).filter(Boolean));
    const statuses = new Set(sample.map((r) => r.status).filter(Boolean));
    expect(steps.size).toBeGreaterThanOrEqual(Math.min(def.steps.length, 4));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
    for (const s of statuses) expect(STATUSES).toContain(s);
  });

  test("its sample rows sync without errors", async () => {
    const result = await syncRows(process, def.sample ?? [], { now: NOW });
    expect(result.errors.map((e) => `${e.rowId ?? e.index}: ${e.path ?? ""} ${e.message}`)).toEqual([]);
    expect(result.rows.every((r) => typeof r.id === "string")).toBe(true);
  });
});
