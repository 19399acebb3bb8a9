import jsonata from "jsonata";
import { unknownNames } from "./lint";

const known = new Set(["id", "status", "owner", "amount", "requester", "lines"]);
const unknown = (source: string) => unknownNames(jsonata(source).ast(), known);

describe("names a rule reads that the row never has (docs/reliability.md R8)", () => {
  it("finds a misspelt column, with its position", () => {
    expect(unknown("amonut > 5000")).toEqual([{ name: "amonut", position: 6 }]);
  });

  it("looks through operators, conditions, function arguments, arrays and blocks, once per name", () => {
    const source = '($big := amout > 5; $big and $contains(reqester, "x") ? ownr : [staus, amout, status] )';
    expect(unknown(source).map((u) => u.name)).toEqual(["amout", "reqester", "ownr", "staus"]);
  });

  it("leaves alone what is read inside a value, a predicate or a function of the rule's own", () => {
    expect(unknown("lines.price > 5 and lines[qty > 2].sku = 'A'")).toEqual([]);
    expect(unknown("$sum($map(lines, function($l) { $l.qty * price }))")).toEqual([]);
    expect(unknown('{"a": anything}.a')).toEqual([]);
  });

  it("knows the bound values and the context are not columns", () => {
    expect(unknown("$now > $today and $process = 'x' and $.amount > 1")).toEqual([]);
  });
});
