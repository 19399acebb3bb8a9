// A register of `rows` new cases in the simulation with Excel on the web's 5 MB limits: the scale case of
// the tests (docs/reliability.md S1) and of `npm run bench` (bench/excel-sync.ts). Test-only code.
import type { ProcessDefinition } from "../../src/core/definition/types";
import type { ProcessBinding } from "../../src/workbook/binding";
import { installExcelSimulation, type ExcelSimulation } from "../excel-sim";
import { createRegister } from "../../src/excel/register/create-register";

export const LARGE_DEFINITION: ProcessDefinition = {
  schemaVersion: 1,
  id: "bench",
  idPrefix: "PR",
  name: "Bench",
  fields: [
    { key: "item", header: "Item", type: "text" },
    { key: "amount", header: "Amount", type: "number", format: "money" },
    { key: "category", header: "Category", type: "text" },
    { key: "requester", header: "Requester", type: "person" },
  ],
  roles: { buyers: { members: ["Ann", "Bo", "Cy", "Di"] } },
  steps: [
    { id: "request", name: "Request", owner: [{ assignExpr: "requester" }], slaDays: 1 },
    {
      id: "review",
      name: "Review",
      owner: [{ when: 'category = "IT"', assign: "Ivy" }, { assign: "buyers" }],
      slaDays: 2,
      next: [{ when: "amount > 50000", goto: "approve" }, { goto: "order" }],
    },
    { id: "approve", name: "Approve", owner: "Fay", slaDays: 3 },
    { id: "order", name: "Order", owner: "buyers", slaDays: 5 },
  ],
};

/** The sheet the register is on, as a person would address it (`Bench!C2`). */
export const LARGE_SHEET = "Bench";

/** `rows` new cases: fields filled, system columns empty, written in blocks under the 5 MB limit. */
export async function largeRegister(
  rows: number,
): Promise<{ sim: ExcelSimulation; binding: ProcessBinding }> {
  const sim = installExcelSimulation({ platform: "web", sheets: ["Start"] });
  const created = await createRegister(LARGE_DEFINITION, {
    lang: "en",
    sample: false,
    now: "2026-03-02T09:00:00",
  });
  if (!created.ok) {
    sim.uninstall();
    throw new Error(created.error.message);
  }
  const binding = created.value;
  await Excel.run(async (context) => {
    const sheet = context.workbook.tables.getItem(binding.tableName).worksheet;
    const block = 5000;
    for (let start = 0; start < rows; start += block) {
      const n = Math.min(block, rows - start);
      const values = Array.from({ length: n }, (_, k) => {
        const i = start + k;
        return [
          ...Array<string>(8).fill(""),
          `Item ${i}`,
          (i * 7919) % 120000,
          i % 5 === 0 ? "IT" : "Office",
          `Person ${i % 97}`,
        ];
      });
      sheet.getRange(`A${start + 2}:L${start + n + 1}`).values = values;
      await context.sync();
    }
  });
  return { sim, binding };
}
