import { NOW, registerIn, template } from "../../../test/excel-fixtures/sim-fixture";
import { loadFixture } from "../../../test/fixtures/load-fixture";
import { logTable } from "../../workbook/export/csv-log";
import { logCases } from "../../workbook/export/log-cases";
import { sampleRegister } from "../../workbook/sample/sample-register";
import { writeLogSheet } from "./log-sheet";
import { readPast } from "./read-past";

describe("the log as a sheet", () => {
  it("writes one row per step visit as an Excel table, times as dates, a new sheet each time", async () => {
    const { sim, binding } = await registerIn(template("procurement", { past: true }), { lang: "zh-CN" });
    try {
      const first = await writeLogSheet(binding, "zh-CN");
      if (!first.ok) throw new Error(first.error.message);
      const made = await sampleRegister(loadFixture("procurement"), NOW);
      const expected = logTable(loadFixture("procurement"), logCases(made.events, made.rows), "zh-CN");
      expect(first.value).toEqual({ sheetName: "采购流程 日志", rows: expected.rows.length });
      const snap = sim.snapshot();
      const sheet = snap.sheets["采购流程 日志"];
      expect(sheet?.values[0]?.slice(0, 6)).toEqual([
        "编号",
        "步骤",
        "开始时间",
        "完成时间",
        "负责人",
        "事件类型",
      ]);
      expect(sheet?.values[1]?.[1]).toBe("确定产品需求");
      expect(typeof sheet?.values[1]?.[2]).toBe("number");
      expect(sheet?.numberFormats.C2).toBe("yyyy-mm-dd hh:mm");
      expect(snap.tables.find((t) => t.name === "PS_procurement_Log")?.sheet).toBe("采购流程 日志");
      const second = await writeLogSheet(binding, "en");
      expect(second.ok && second.value.sheetName).toBe("Procurement Log");
      const third = await writeLogSheet(binding, "en");
      expect(third.ok && third.value.sheetName).toBe("Procurement Log 2");
      expect(sim.snapshot().tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(["PS_procurement_Log", "PS_procurement_Log2", "PS_procurement_Log3"]),
      );
    } finally {
      sim.uninstall();
    }
  });

  it("reads History and the register together, a row that cannot be read carrying its reason", async () => {
    const { sim, binding } = await registerIn(template("procurement", { past: true }));
    try {
      expect(sim.setCellByUser("Procurement", "K3", "lots")).toBe(true);
      await sim.settle();
      const past = await readPast(binding);
      if (!past.ok) throw new Error(past.error.message);
      const made = await sampleRegister(loadFixture("procurement"), NOW);
      expect(past.value.events).toHaveLength(made.events.length);
      expect(past.value.register.map((c) => c.id)).toEqual(made.rows.flatMap((r) => (r.id ? [r.id] : [])));
      expect(past.value.register.find((c) => c.id === "PR-0002")?.error?.key).toBe("data.notNumber");
    } finally {
      sim.uninstall();
    }
  });
});
