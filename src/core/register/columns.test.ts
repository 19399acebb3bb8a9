import { loadFixture } from "../../../test/fixtures/load-fixture";
import { readFileSync } from "fs";
import { join } from "path";
import { loadProcess } from "../definition/load";
import { headerFor, mapColumns } from "./columns";
import { readRow } from "./row-codec";

describe("mapping a header row", () => {
  const process = loadFixture("mini");

  it("matches by key or by header in any language, case-insensitively, and leaves other columns alone", () => {
    const r = mapColumns(process, ["id", "状态", "AMOUNT", "Notes", " step ", "Requester"]);
    if (!r.ok) throw new Error("unexpected");
    expect(r.value.columns.map((c) => c?.key)).toEqual([
      "id",
      "status",
      "amount",
      undefined,
      "step",
      "requester",
    ]);
    expect(r.value.missingSystem).toEqual(["owner", "due", "stepStarted", "created", "closed"]);
    expect(r.value.missingFields).toEqual(["category"]);
  });

  it("detects the register's language from its headers", () => {
    const zh = mapColumns(process, ["编号", "步骤", "状态", "负责人", "金额"]);
    const en = mapColumns(process, ["ID", "Step", "状态"]);
    expect(zh.ok && zh.value.lang).toBe("zh-CN");
    expect(en.ok && en.value.lang).toBe("en");
  });

  it("refuses two columns holding the same key, naming both", () => {
    const r = mapColumns(process, ["Status", "Amount", "状态"]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error[0]?.message).toBe('Columns A and C both hold "status". Rename or remove one of them.');
  });

  it("gives headers in the requested language", () => {
    expect(headerFor(process, "stepStarted", "zh-CN")).toBe("步骤开始");
    expect(headerFor(process, "amount", "en")).toBe("Amount");
  });

  // docs/reliability.md D5: headers that name prototype members or JSONata internals map to nothing.
  it("leaves headers such as __proto__, constructor and _jsonata_x unmapped, with no prototype effects", () => {
    const headers = ["ID", "__proto__", "constructor", "_jsonata_x", "hasOwnProperty", "Amount"];
    const r = mapColumns(process, headers);
    if (!r.ok) throw new Error("unexpected");
    expect(r.value.columns.map((c) => c?.key)).toEqual([
      "id",
      undefined,
      undefined,
      undefined,
      undefined,
      "amount",
    ]);
    const { row, error } = readRow(process, r.value, ["PR-0001", '{"polluted":1}', "x", "y", "z", 12]);
    expect(error).toBeUndefined();
    expect(row).toEqual({ id: "PR-0001", amount: 12 });
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("refuses such names as field keys of a definition", () => {
    const mini = JSON.parse(
      readFileSync(join(__dirname, "../../../test/fixtures/mini.process.json"), "utf8"),
    ) as { fields: { key: string }[] };
    for (const key of ["__proto__", "constructor", "prototype", "_jsonata_x"]) {
      const def = { ...mini, fields: [...mini.fields, { key, header: "X", type: "text" }] };
      const r = loadProcess(JSON.stringify(def));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.map((e) => e.path).join(" ")).toMatch(/fields/);
    }
  });
});
