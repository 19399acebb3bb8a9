import { registerIn, template } from "../../../test/excel-fixtures/sim-fixture";
import type { ExcelSimulation } from "../../../test/excel-sim";
import type { ShapeModel } from "../../../test/excel-sim/model/types";
import { saveDefinition } from "../processes";
import { drawMap } from "./draw-map";

const NOW = "2026-03-02T09:00:00";
const shapesOn = (snap: ReturnType<ExcelSimulation["snapshot"]>, sheet: string) =>
  snap.sheets[sheet]?.shapes ?? [];
const byName = (shapes: readonly ShapeModel[], name: string) => shapes.find((s) => s.name === name);

describe("the map drawn on a sheet", () => {
  it("puts a box per step and the end, a joined connector per arrow and each condition as a label", async () => {
    const { sim, binding } = await registerIn(template("procurement"), { sample: false });
    try {
      sim.resetCounters();
      const r = await drawMap(binding);
      expect(r).toEqual({ ok: true, value: { sheetName: "Procurement Map", boxes: 11, arrows: 15 } });
      expect(sim.counters().syncs).toBeLessThanOrEqual(4);
      const shapes = shapesOn(sim.snapshot(), "Procurement Map");
      const boxes = shapes.filter((s) => s.type === "GeometricShape" && s.lineFormat.visible);
      expect(boxes.map((b) => b.name.replace("Procsheet map ", ""))).toEqual([
        ...template("procurement").steps.map((s) => `step ${s.id}`),
        "end",
      ]);
      expect(byName(shapes, "Procsheet map step review")?.text).toBe(
        "3. Purchasing review\nProcurement manager / Buyers · 2 working days",
      );
      expect(byName(shapes, "Procsheet map end")).toMatchObject({
        geometricShapeType: "FlowChartTerminator",
        text: "End",
      });
      expect(byName(shapes, "Procsheet map title")?.text).toBe("Procurement, version 1");
      // Every arrow is a connector joined at both ends, from its step to where it leads.
      const lines = shapes.filter((s) => s.type === "Line");
      expect(lines).toHaveLength(15);
      const idOf = (name: string) => byName(shapes, `Procsheet map ${name}`)?.id;
      const review = lines.filter((l) => l.connector?.begin?.shapeId === idOf("step review"));
      expect(
        review.map((l) => [l.connector?.end?.shapeId, l.connector?.type, l.connector?.endArrowheadStyle]),
      ).toEqual([
        [idOf("step budget"), "Straight", "Triangle"],
        [idOf("step rfq"), "Elbow", "Triangle"],
      ]);
      for (const l of lines) expect(l.connector?.begin && l.connector.end).toBeTruthy();
      // Conditions in people's words, as labels.
      const labels = shapes.filter((s) => s.name.startsWith("Procsheet map condition"));
      expect(labels.map((l) => l.text)).toContain("If Amount > 50000");
      expect(labels.map((l) => l.text)).toContain("Otherwise");
    } finally {
      sim.uninstall();
    }
  });

  it("draws in the register's language", async () => {
    const { sim, binding } = await registerIn(template("procurement"), { lang: "zh-CN", sample: false });
    try {
      const r = await drawMap(binding);
      expect(r.ok && r.value.sheetName).toBe("采购流程 流程图");
      const shapes = shapesOn(sim.snapshot(), "采购流程 流程图");
      expect(byName(shapes, "Procsheet map step review")?.text).toBe(
        "3. 采购部门审查\n采购经理 / 采购专员 · 2 个工作日",
      );
      expect(shapes.some((s) => s.text === "如果 采购金额 > 50000")).toBe(true);
      expect(byName(shapes, "Procsheet map end")?.text).toBe("结束");
    } finally {
      sim.uninstall();
    }
  });

  it("redraws in place, keeping shapes people added, and follows a saved change without being asked", async () => {
    const { sim, binding } = await registerIn(template("procurement"), { sample: false });
    try {
      await drawMap(binding);
      await Excel.run(async (context) => {
        const note = context.workbook.worksheets
          .getItem("Procurement Map")
          .shapes.addGeometricShape("Ellipse");
        note.name = "My note";
        await context.sync();
      });
      const again = await drawMap(binding);
      expect(again.ok && again.value.sheetName).toBe("Procurement Map");
      const count = shapesOn(sim.snapshot(), "Procurement Map").length;
      // Mine, the title, 10 steps and the end, 15 arrows, 10 conditions (five steps just lead to the next).
      expect(count).toBe(1 + 1 + 11 + 15 + 10);
      // Rename a step and save: the map on the sheet follows.
      const def = binding.definition;
      const renamed = {
        ...def,
        steps: def.steps.map((s) => (s.id === "pay" ? { ...s, name: { en: "Pay the supplier" } } : s)),
      };
      const saved = await saveDefinition(binding, renamed, NOW);
      expect(saved.ok).toBe(true);
      const shapes = shapesOn(sim.snapshot(), "Procurement Map");
      expect(shapes.length).toBe(count);
      expect(byName(shapes, "Procsheet map step pay")?.text).toMatch(/^10\. Pay the supplier\n/);
      expect(byName(shapes, "Procsheet map title")?.text).toBe("Procurement, version 2");
      expect(byName(shapes, "My note")).toBeTruthy();
    } finally {
      sim.uninstall();
    }
  });

  // The manifest asks for ExcelApi 1.13, so an Excel without shapes never loads the pane; should one
  // lack them all the same, the user is told which feature is missing and nothing is drawn.
  it("names the missing feature where an Excel has no shapes, and changes nothing", async () => {
    const { sim, binding } = await registerIn(template("procurement"), {
      sample: false,
      sim: { apiVersion: "1.8" },
    });
    try {
      const before = sim.snapshot();
      const r = await drawMap(binding);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/lacks a feature Procsheet needs \(Worksheet\.shapes\)/);
      expect(Object.keys(sim.snapshot().sheets)).toEqual(Object.keys(before.sheets));
    } finally {
      sim.uninstall();
    }
  });
});
