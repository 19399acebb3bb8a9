import { NOW, readRecords, registerIn, template } from "../../../test/excel-fixtures/sim-fixture";
import { loadFixture } from "../../../test/fixtures/load-fixture";
import { sampleRegister } from "../../workbook/sample/sample-register";
import { readHistory } from "../cases";
import { createRegister } from "./create-register";
import { PEOPLE_TABLE, peopleFromRoles, peopleHeaders } from "../../workbook/people/people-table";

describe("a new register from a template", () => {
  it("makes a table with the system and field columns, sample rows, a History table, and stores the process", async () => {
    const { sim, binding } = await registerIn(template("procurement", { past: true }), {
      lang: "en",
      sample: true,
    });
    try {
      const snap = sim.snapshot();
      const table = snap.tables.find((t) => t.name === "PS_procurement");
      expect(table?.sheet).toBe("Procurement");
      const system = ["ID", "Step", "Status", "Owner", "Due", "Step started", "Created", "Closed"];
      expect(table?.columns.slice(0, 8)).toEqual(system);
      expect(snap.tables.find((t) => t.name === "PS_procurement_History")?.sheet).toBe("Procurement History");
      const rows = await readRecords("PS_procurement");
      const made = await sampleRegister(loadFixture("procurement"), NOW);
      expect(rows.length).toBe(made.rows.length);
      expect(rows.length).toBeGreaterThan(template("procurement").sample?.length ?? 0);
      expect(binding).toMatchObject({
        id: "procurement",
        version: 1,
        tableName: "PS_procurement",
        lang: "en",
        boundAt: NOW,
      });
      expect(snap.customXmlParts.map((p) => p.namespaceUri).sort()).toEqual([
        "urn:procsheet:state-procurement:1",
        "urn:procsheet:workbook:1",
      ]);
      expect(snap.sheets["Procurement"]?.frozen).toBeTruthy();
    } finally {
      sim.uninstall();
    }
  });

  it("without the template's sampleAsOf, holds the sample rows as written and an empty History", async () => {
    const { sim, binding } = await registerIn(template("procurement"), { lang: "en", sample: true });
    try {
      expect((await readRecords("PS_procurement")).length).toBe(template("procurement").sample?.length);
      const history = await readHistory(binding);
      expect(history.ok && history.value).toEqual([]);
    } finally {
      sim.uninstall();
    }
  });

  it("writes headers, statuses and step names in Chinese for a zh-CN register", async () => {
    const { sim } = await registerIn(template("procurement"), { lang: "zh-CN", sample: true });
    try {
      const snap = sim.snapshot();
      const table = snap.tables.find((t) => t.name === "PS_procurement");
      expect(table?.columns.slice(0, 3)).toEqual(["编号", "步骤", "状态"]);
      const rows = await readRecords("PS_procurement");
      expect(rows.some((r) => r["状态"] === "进行中")).toBe(true);
    } finally {
      sim.uninstall();
    }
  });

  it("writes the sample's past into History: every event of the sample's cases and of the closed ones before them", async () => {
    const { sim, binding } = await registerIn(template("procurement", { past: true }), {
      lang: "zh-CN",
      sample: true,
    });
    try {
      const made = await sampleRegister(loadFixture("procurement"), NOW);
      const history = await readHistory(binding);
      expect(history.ok && history.value).toEqual(made.events.map((e) => ({ ...e, version: 1 })));
      // Times are dates to Excel (the table's format), events and steps in the register's language.
      const records = await readRecords("PS_procurement_History");
      expect(records[0]?.["事件"]).toBe("创建");
      expect(typeof records[0]?.["时间"]).toBe("number");
      expect(sim.snapshot().tables.find((t) => t.name === "PS_procurement_History")).toBeTruthy();
    } finally {
      sim.uninstall();
    }
  });

  it("adds the People sheet filled from the roles' members, as procsheet init does, and keeps it for the next register", async () => {
    const { sim } = await registerIn(template("procurement"), { lang: "zh-CN", sample: true });
    try {
      const snap = sim.snapshot();
      const people = snap.tables.find((t) => t.name === PEOPLE_TABLE);
      expect(people?.sheet).toBe("人员");
      expect(people?.columns).toEqual(peopleHeaders("zh-CN"));
      const names = (await readRecords(PEOPLE_TABLE)).map((r) => r["姓名"]);
      const expected = peopleFromRoles(loadFixture("procurement")).map((p) => p.name);
      expect(names).toEqual(expected);
      expect(names.length).toBeGreaterThan(1);
      // A second register keeps the workbook's one People table as it is.
      const again = await createRegister(template("sales"), { lang: "en", sample: false, now: NOW });
      expect(again.ok).toBe(true);
      expect(sim.snapshot().tables.filter((t) => t.name === PEOPLE_TABLE).length).toBe(1);
      expect((await readRecords(PEOPLE_TABLE)).map((r) => r["姓名"])).toEqual(expected);
    } finally {
      sim.uninstall();
    }
  });
});
