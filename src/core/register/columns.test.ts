import { loadFixture } from "../../../test/fixtures/load-fixture";
import { headerFor, mapColumns } from "./columns";

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
    if (!r.ok) expect(r.error[0]?.message).toBe('columns A ("Status") and C ("状态") both hold "status"');
  });

  it("gives headers in the requested language", () => {
    expect(headerFor(process, "stepStarted", "zh-CN")).toBe("步骤开始");
    expect(headerFor(process, "amount", "en")).toBe("Amount");
  });
});
