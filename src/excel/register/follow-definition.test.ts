// A saved change of the process: the register follows in the same batch, or the save is refused with
// nothing written (docs/specification.md §5.3).
import { readTable, registerIn, template } from "../../../test/excel-fixtures/sim-fixture";
import type { ProcessDefinition } from "../../core/definition/types";
import type { ProcessBinding } from "../../workbook/binding";
import { loadWorkbook } from "../store/process-store";
import { previewSave, saveDefinition } from "../processes";
import { syncProcess } from "../sync/run-sync";

const NOW = "2026-03-02T09:00:00";
const procurement = template("procurement");

const stored = (): Promise<ProcessBinding> =>
  Excel.run(async (context) => {
    const b = (await loadWorkbook(context)).processes[0];
    if (!b) throw new Error("no process stored");
    return b;
  });

/** As the pane's field editor deletes a field: its values leave the sample and test rows too. */
function withoutField(def: ProcessDefinition, key: string): ProcessDefinition {
  const drop = <R extends Readonly<Record<string, unknown>>>(row: R): R => {
    const { [key]: _gone, ...rest } = row;
    return rest as R;
  };
  return {
    ...def,
    fields: (def.fields ?? []).filter((f) => f.key !== key),
    sample: (def.sample ?? []).map(drop),
    tests: (def.tests ?? []).map((t) => ({ ...t, row: drop(t.row) })),
  };
}

function withFields(
  def: ProcessDefinition,
  update: (f: NonNullable<ProcessDefinition["fields"]>) => ProcessDefinition["fields"],
): ProcessDefinition {
  return { ...def, fields: update(def.fields ?? []) ?? [] };
}

describe("the register follows a saved change", () => {
  it("adds a new field's column at the right, in the register's language, with its list and format", async () => {
    const { sim, binding } = await registerIn(procurement);
    try {
      const edited = withFields(procurement, (f) => [
        ...f,
        {
          key: "urgency",
          header: { en: "Urgency", "zh-CN": "紧急程度" },
          type: "choice",
          choices: ["low", "high"],
        },
        { key: "discount", header: "Discount", type: "number", format: "percent" },
      ]);
      const r = await saveDefinition(binding, edited, NOW);
      expect(r.ok).toBe(true);
      const [header] = await readTable("PS_procurement");
      expect(header?.slice(-3)).toEqual(["Invoice amount", "Urgency", "Discount"]);
      const snap = sim.snapshot();
      const sheet = snap.sheets["Procurement"];
      const width = header?.length ?? 0;
      const urgencyCol = String.fromCharCode(64 + width - 1);
      expect(sheet?.validations.find((v) => v.address.includes(`!${urgencyCol}2`))?.source).toBe("low,high");
      expect((await stored()).version).toBe(2);
      const sync = await syncProcess({ binding: await stored(), now: NOW });
      expect(sync.ok && sync.value.errors).toEqual([]);
    } finally {
      sim.uninstall();
    }
  });

  it("renames a renamed field's header in the language it is written in, and the rules follow it", async () => {
    const en = await registerIn(procurement);
    try {
      const edited = withFields(procurement, (f) =>
        f.map((x) => (x.key === "amount" ? { ...x, header: { en: "Total (CNY)", "zh-CN": "采购总额" } } : x)),
      );
      const r = await saveDefinition(en.binding, edited, NOW);
      expect(r.ok).toBe(true);
      const [header] = await readTable("PS_procurement");
      expect(header).toContain("Total (CNY)");
      expect(header).not.toContain("Amount");
      const sync = await syncProcess({ binding: await stored(), now: NOW });
      expect(sync.ok && sync.value.errors).toEqual([]);
    } finally {
      en.sim.uninstall();
    }
    const zh = await registerIn(procurement, { lang: "zh-CN" });
    try {
      const edited = withFields(procurement, (f) =>
        f.map((x) => (x.key === "amount" ? { ...x, header: { en: "Total", "zh-CN": "采购总额" } } : x)),
      );
      await saveDefinition(zh.binding, edited, NOW);
      const [header] = await readTable("PS_procurement");
      expect(header).toContain("采购总额");
      expect(header).not.toContain("Total");
    } finally {
      zh.sim.uninstall();
    }
  });

  it("leaves a deleted field's column in place with its values, no longer read", async () => {
    const { sim, binding } = await registerIn(procurement);
    try {
      const before = await readTable("PS_procurement");
      const edited = withoutField(procurement, "supplier");
      const r = await saveDefinition(binding, edited, NOW);
      expect(r.ok).toBe(true);
      const after = await readTable("PS_procurement");
      expect(after).toEqual(before);
      const sync = await syncProcess({ binding: await stored(), now: NOW });
      expect(sync.ok && sync.value.changes.some((c) => c.key === "supplier")).toBe(false);
      expect(
        await readTable("PS_procurement").then((t) => t.map((row) => row[before[0]!.indexOf("Supplier")])),
      ).toEqual((await readTable("PS_procurement")).map((row) => row[before[0]!.indexOf("Supplier")]));
    } finally {
      sim.uninstall();
    }
  });

  it("refuses to delete a step that still has cases, naming them, and writes nothing", async () => {
    const { sim, binding } = await registerIn(procurement);
    try {
      const before = sim.dump();
      const edited: ProcessDefinition = {
        ...procurement,
        steps: procurement.steps
          .filter((s) => s.id !== "budget")
          .map((s) => (s.id === "review" ? { ...s, next: [{ goto: "rfq" }] } : s)),
        tests: [],
        sample: (procurement.sample ?? []).filter((r) => r.step !== "budget"),
      };
      const r = await saveDefinition(binding, edited, NOW);
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.error.message).toBe(
          "The step “Budget approval” still has 4 cases not closed: PR-0003, PR-0022, PR-0023, PR-0024. Move them to another step or let them close, then delete the step. Nothing was saved.",
        );
      expect(sim.dump()).toEqual(before);
      const preview = await previewSave(binding, edited);
      expect(preview.ok && preview.value.refused?.key).toBe("register.stepHasCases");
    } finally {
      sim.uninstall();
    }
  });

  it("deletes a step no case is at, and rewrites the cells of a renamed step", async () => {
    const { sim, binding } = await registerIn(procurement);
    try {
      const edited: ProcessDefinition = {
        ...procurement,
        steps: procurement.steps.map((s) =>
          s.id === "contract" ? { ...s, name: { en: "Sign the contract", "zh-CN": "签订合同" } } : s,
        ),
      };
      const preview = await previewSave(binding, edited);
      expect(preview.ok && preview.value.stepCells).toBe(3);
      const r = await saveDefinition(binding, edited, NOW);
      expect(r.ok).toBe(true);
      const [header, ...rows] = await readTable("PS_procurement");
      const step = header!.indexOf("Step");
      expect(rows.filter((row) => row[step] === "Sign the contract")).toHaveLength(3);
      const sync = await syncProcess({ binding: await stored(), now: NOW });
      expect(sync.ok && sync.value.errors).toEqual([]);

      const noNeed: ProcessDefinition = {
        ...edited,
        steps: edited.steps.filter((s) => s.id !== "need"),
        tests: (edited.tests ?? []).filter((t) => t.step !== "need"),
        sample: (edited.sample ?? []).filter((r) => r.step !== "need"),
      };
      // PR-0029 and PR-0030 are at "need": close them first.
      const refused = await saveDefinition(await stored(), noNeed, NOW);
      expect(refused.ok).toBe(false);
    } finally {
      sim.uninstall();
    }
  });

  it("shows what the register would do before the save, writing nothing", async () => {
    const { sim, binding } = await registerIn(procurement);
    try {
      const before = sim.dump();
      const edited = withFields(withoutField(procurement, "poNumber"), (f) => [
        ...f.map((x) => (x.key === "item" ? { ...x, header: { en: "What", "zh-CN": "物品" } } : x)),
        { key: "vendorRating", header: { en: "Vendor rating" }, type: "number" },
      ]);
      const preview = await previewSave(binding, edited);
      if (!preview.ok) throw new Error(preview.error.message);
      expect(preview.value).toMatchObject({
        added: ["Vendor rating"],
        renamed: [{ before: "Item", after: "What" }],
        left: ["PO number"],
        stepCells: 0,
      });
      expect(sim.dump()).toEqual(before);
    } finally {
      sim.uninstall();
    }
  });
});
