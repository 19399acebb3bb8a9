import { jsonPieces } from "./json-output";

describe("jsonPieces", () => {
  it("writes exactly what JSON.stringify(value, null, 2) writes, a piece at a time", () => {
    const values: Record<string, unknown>[] = [
      {},
      { rows: [], events: [], errors: [], history: { file: null, recorded: 0, notRecorded: 0 } },
      {
        rows: [{ id: "PR-1", amount: 5, nested: { a: [1, { b: "x\ny" }] } }, {}, { s: '中文 😀 "q"' }],
        events: [{ caseId: "PR-1", at: "2026-01-05T09:00:00" }],
        errors: [{ id: null, path: 'column "Amount"', message: "m", row: 3 }],
        history: { file: "r.xlsx", recorded: 1, notRecorded: 0 },
        skipped: undefined,
        holes: [undefined, () => 1, Number.NaN],
      },
    ];
    for (const v of values) expect([...jsonPieces(v)].join("")).toBe(JSON.stringify(v, null, 2));
  });
});
