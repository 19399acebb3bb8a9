import type { RuleRow } from "../../definition/types";
import type { RuleBindings } from "../expression";
import type { RuleLimits } from "../limits";
import { seededRandom } from "../../random";

/**
 * Seeded generator of expressions in (and around) the fast subset, rows to run them on, and limits,
 * for the differential test against jsonata. The same seed gives the same cases on any machine, so a
 * failure reported as `seed/index` can be replayed exactly.
 */

type Rand = () => number;

function pick<T>(r: Rand, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

function chance(r: Rand, p: number): boolean {
  return r() < p;
}

const STRINGS = [
  "IT",
  "it",
  "Marketing",
  "Services",
  "HR",
  "",
  " ",
  "Urgent",
  "urgent",
  "Café",
  "café",
  "日本語",
  "😀",
  "a😀b",
  "ext.",
  "Bob.EXT.x",
  "alice@ext.com",
  "0",
  "1",
  "60000",
  "0x1F",
  "-3.5",
  "1e3",
  "true",
  "null",
  "[",
  'a"b',
  "line\nbreak",
  "Ⅻ",
  "ß",
  "İ",
];
const NUMBERS = [
  0,
  1,
  -1,
  2,
  3,
  5,
  0.1,
  0.2,
  0.5,
  1.5,
  -2.5,
  7,
  10,
  100,
  1000,
  5000,
  100000,
  100001,
  1e21,
  1e-7,
  123456789012345680000,
  0.30000000000000004,
  1 / 3,
  2 ** 53,
  -0,
];
const DATES = [
  "2024-07-01",
  "2024-06-30T23:59:59",
  "2024-07-01T00:00:00Z",
  "2024-07-01T00:00:00.5+02:00",
  "2024-07-01T10:00:00+0100",
  "2023-12-31T12:00:00.123Z",
  "2024",
  "2024-07",
  "2024-02-30",
  "2024-13-01",
  "2024T10:00:00",
  "01/07/2024",
  "not a date",
  "",
];
const FIELDS = [
  "amount",
  "category",
  "department",
  "requester",
  "urgency",
  "status",
  "createdAt",
  "vendor",
  "tags",
  "lines",
  "nums",
  "flags",
  "score",
  "note",
  "`x y`",
  "`ünï`",
  "missing",
  "n",
];

function scalar(r: Rand): unknown {
  const k = r();
  if (k < 0.4) return pick(r, STRINGS);
  if (k < 0.75) return pick(r, NUMBERS);
  if (k < 0.85) return chance(r, 0.5);
  return null;
}

function maybe(
  r: Rand,
  row: Record<string, unknown>,
  key: string,
  value: () => unknown,
  pMissing = 0.12,
): void {
  if (!chance(r, pMissing)) row[key] = value();
}

/** A procurement-like row, sometimes with arrays and nested objects the engine itself never passes. */
export function generateRow(r: Rand): RuleRow {
  const row: Record<string, unknown> = {};
  maybe(r, row, "amount", () => (chance(r, 0.75) ? pick(r, NUMBERS) : scalar(r)));
  maybe(r, row, "category", () =>
    chance(r, 0.75) ? pick(r, ["IT", "Marketing", "Services", "Facilities", "HR", "Legal"]) : scalar(r),
  );
  maybe(r, row, "department", () =>
    chance(r, 0.7) ? pick(r, ["IT", "Marketing", "Finance", "Ops"]) : scalar(r),
  );
  maybe(r, row, "requester", () =>
    chance(r, 0.8) ? pick(r, ["alice", "Bob.EXT.x", "carol@ext.com", "DAVE", "émile", ""]) : scalar(r),
  );
  maybe(r, row, "urgency", () => (chance(r, 0.8) ? pick(r, ["Urgent", "Normal", "Low"]) : scalar(r)));
  maybe(r, row, "status", () => pick(r, ["Submitted", "Approved", "Draft", "", null]));
  maybe(r, row, "createdAt", () => (chance(r, 0.85) ? pick(r, DATES) : scalar(r)));
  maybe(r, row, "score", () => scalar(r));
  maybe(r, row, "note", () => scalar(r));
  maybe(r, row, "n", () => null, 0.3);
  maybe(r, row, "x y", () => scalar(r), 0.4);
  maybe(r, row, "ünï", () => scalar(r), 0.4);
  if (chance(r, 0.5)) {
    maybe(r, row, "vendor", () =>
      chance(r, 0.8)
        ? {
            name: pick(r, ["Acme", "Globex", "", "Ünïcode"]),
            tier: pick(r, [1, 2, 3, "2", null]),
            address: chance(r, 0.5) ? { city: pick(r, ["Oslo", "Paris"]) } : null,
          }
        : scalar(r),
    );
    maybe(r, row, "tags", () => {
      const n = Math.floor(r() * 4);
      const tags: unknown[] = [];
      for (let i = 0; i < n; i++)
        tags.push(chance(r, 0.85) ? pick(r, ["a", "b", "urgent", "IT", ""]) : scalar(r));
      if (chance(r, 0.1)) tags.push(["nested", 1]);
      return tags;
    });
    maybe(r, row, "lines", () => {
      const n = Math.floor(r() * 4);
      const lines: unknown[] = [];
      for (let i = 0; i < n; i++) {
        const line: Record<string, unknown> = {};
        maybe(r, line, "qty", () => (chance(r, 0.85) ? pick(r, [0, 1, 2, 3, 10]) : scalar(r)), 0.1);
        maybe(
          r,
          line,
          "price",
          () => (chance(r, 0.85) ? pick(r, [0.5, 1, 2.5, 99.99, 1000]) : scalar(r)),
          0.1,
        );
        maybe(r, line, "sku", () => pick(r, ["A-1", "B-2", "c"]), 0.3);
        if (chance(r, 0.15)) line.parts = [{ qty: 1 }, { qty: pick(r, [2, "x"]) }];
        lines.push(chance(r, 0.9) ? line : scalar(r));
      }
      return lines;
    });
    maybe(r, row, "nums", () => {
      const n = Math.floor(r() * 5);
      const nums: unknown[] = [];
      for (let i = 0; i < n; i++) nums.push(chance(r, 0.9) ? pick(r, NUMBERS) : scalar(r));
      return nums;
    });
    maybe(r, row, "flags", () => [chance(r, 0.5), chance(r, 0.5)]);
  }
  return row as RuleRow;
}

export function generateBindings(r: Rand): RuleBindings {
  return {
    now: pick(r, ["2024-07-01T09:30:00", "2024-12-31T23:59:59", "2025-01-01T00:00:00"]),
    today: pick(r, ["2024-07-01", "2024-12-31"]),
    process: pick(r, ["procurement", "offboarding", ""]),
  };
}

export function generateLimits(r: Rand): RuleLimits {
  const k = r();
  if (k < 0.8) return { timeoutMs: 250, stack: 300, sequence: 100_000 };
  if (k < 0.92) return { timeoutMs: 250, stack: 300, sequence: pick(r, [1, 2, 3, 5]) };
  return { timeoutMs: 250, stack: pick(r, [3, 6, 10, 16]), sequence: 100_000 };
}

function stringLiteral(r: Rand): string {
  return JSON.stringify(pick(r, STRINGS));
}

function numberLiteral(r: Rand): string {
  return pick(r, [
    "0",
    "1",
    "2",
    "3",
    "-1",
    "0.5",
    "1.5",
    "10",
    "100",
    "5000",
    "100000",
    "1e3",
    "2.5e-3",
    "0.1",
    "-0",
    "7",
    "1e308",
    "(1/0)",
    "(0/0)",
  ]);
}

function field(r: Rand): string {
  return pick(r, FIELDS);
}

function path(r: Rand, depth: number): string {
  const k = r();
  if (k < 0.45) return field(r);
  if (k < 0.6)
    return pick(r, [
      "vendor.name",
      "vendor.tier",
      "vendor.address.city",
      "lines.qty",
      "lines.price",
      "lines.sku",
      "lines.parts.qty",
      "tags.x",
      "amount.x",
      "`x y`.z",
      '"vendor".name',
    ]);
  if (k < 0.75)
    return `${pick(r, ["tags", "lines", "nums", "flags", "amount", "missing", "lines.parts"])}[${pick(r, ["0", "1", "-1", "2", "0.5", "-3"])}]${chance(r, 0.3) ? "." + pick(r, ["qty", "price", "x"]) : ""}`;
  if (k < 0.8) return `lines[${pick(r, ["0", "1"])}][${pick(r, ["0", "-1"])}]`;
  const inner =
    depth > 0
      ? expression(r, depth - 1, true)
      : pick(r, ["$ > 1", "qty > 1", '$ = "a"', "price", "1", "true"]);
  return `${pick(r, ["tags", "lines", "nums", "flags", "vendor", "lines.parts"])}[${inner}]${chance(r, 0.3) ? "." + pick(r, ["qty", "price", "sku"]) : ""}`;
}

const FUNCTIONS = [
  "contains",
  "lowercase",
  "uppercase",
  "substring",
  "length",
  "number",
  "string",
  "exists",
  "boolean",
  "not",
  "toMillis",
  "sum",
  "count",
  "max",
  "min",
  "average",
];

function call(r: Rand, depth: number, inPredicate: boolean): string {
  const name = pick(r, FUNCTIONS);
  const typical: Readonly<Record<string, number>> = { contains: 2, substring: 2, string: 1, toMillis: 1 };
  let n = typical[name] ?? 1;
  if (chance(r, 0.15)) n = Math.floor(r() * 4);
  if (name === "substring" && chance(r, 0.4)) n = 3;
  const args: string[] = [];
  for (let i = 0; i < n; i++) args.push(expression(r, depth - 1, inPredicate));
  return `$${name}(${args.join(", ")})`;
}

/** An expression of the subset (mostly): `inPredicate` avoids ranges, which the subset refuses there. */
export function expression(r: Rand, depth: number, inPredicate = false): string {
  if (depth <= 0) {
    const k = r();
    if (k < 0.45) return path(r, 0);
    if (k < 0.65) return stringLiteral(r);
    if (k < 0.85) return numberLiteral(r);
    if (k < 0.92) return pick(r, ["true", "false", "null"]);
    return pick(r, ["$now", "$today", "$process", "$", "$unbound"]);
  }
  const k = r();
  const sub = (): string => expression(r, depth - 1, inPredicate);
  if (k < 0.12) return path(r, depth - 1);
  if (k < 0.3) return `${sub()} ${pick(r, ["=", "!=", "<", "<=", ">", ">="])} ${sub()}`;
  if (k < 0.42) return `${sub()} ${pick(r, ["and", "or"])} ${sub()}`;
  if (k < 0.52) return `${sub()} ${pick(r, ["+", "-", "*", "/", "%"])} ${sub()}`;
  if (k < 0.58) return `${sub()} & ${sub()}`;
  if (k < 0.64)
    return `${sub()} in ${chance(r, 0.6) ? `[${[stringLiteral(r), stringLiteral(r), numberLiteral(r)].join(", ")}]` : sub()}`;
  if (k < 0.78) return call(r, depth, inPredicate);
  if (k < 0.84)
    return chance(r, 0.7)
      ? `(${sub()} ? ${sub()} : ${sub()})`
      : chance(r, 0.5)
        ? `(${sub()} ? ${sub()})`
        : `(${sub()} ${pick(r, ["?:", "??"])} ${sub()})`;
  if (k < 0.87) return `-${chance(r, 0.5) ? path(r, 0) : "(" + sub() + ")"}`;
  if (k < 0.9) return chance(r, 0.7) ? `(${sub()})` : `(${sub()}; ${sub()})`;
  const items: string[] = [];
  const n = Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const q = r();
    if (q < 0.2 && !inPredicate) {
      const lo = chance(r, 0.85)
        ? pick(r, ["1", "0", "-2", "3", "1.5", "9007199254740993", "1e7"])
        : pick(r, ["amount", "score", "$count(tags)"]);
      const hi = chance(r, 0.85)
        ? pick(r, ["3", "5", "0", "2.5", "1e8", "9999999", "10000000", "100001"])
        : pick(r, ["amount", "score", "$count(nums)"]);
      items.push(`${lo}..${hi}`);
    } else if (q < 0.3) items.push(`[${sub()}]`);
    else if (q < 0.35) items.push('"["');
    else items.push(sub());
  }
  return `[${items.join(", ")}]`;
}

export interface DifferentialCase {
  readonly source: string;
  readonly row: RuleRow;
  readonly bindings: RuleBindings;
  readonly limits: RuleLimits;
}

/** The `index`-th case of `seed`: each case has its own stream, so one can be replayed without the others. */
export function generateCase(seed: number, index: number): DifferentialCase {
  const r = seededRandom((seed * 1_000_003 + index * 7_919) >>> 0);
  const depth = 1 + Math.floor(r() * 4);
  const source = expression(r, depth);
  return { source, row: generateInput(r), bindings: generateBindings(r), limits: generateLimits(r) };
}

/**
 * Mostly a row; sometimes an array of rows or a bare value, which the engine never passes but jsonata
 * handles its own way (an array input is wrapped), so the fast path must too.
 */
function generateInput(r: Rand): RuleRow {
  const k = r();
  if (k < 0.94) return generateRow(r);
  if (k < 0.98)
    return [generateRow(r), generateRow(r)].slice(0, 1 + Math.floor(r() * 2)) as unknown as RuleRow;
  return scalar(r) as RuleRow;
}
