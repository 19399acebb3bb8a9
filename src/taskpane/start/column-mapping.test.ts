import {
  columnsRecord,
  duplicateKeys,
  initialChoices,
  keyOptions,
  LEAVE_ALONE,
  systemColumnsToAdd,
} from "./column-mapping";

describe("column mapping for an adopted sheet", () => {
  const headers = ["Case", "Amount", "Notes", "状态"];

  it("starts from the guesses and leaves unguessed columns alone", () => {
    expect(initialChoices(headers, ["id", "amount", undefined, "status"])).toEqual([
      "id",
      "amount",
      "",
      "status",
    ]);
  });

  it("finds a key chosen for two columns", () => {
    expect(duplicateKeys(["id", "amount", "amount", LEAVE_ALONE, LEAVE_ALONE])).toEqual(["amount"]);
  });

  it("passes every header to adoptSheet, left-alone ones as empty", () => {
    expect(columnsRecord(headers, ["id", "amount", "", "status"])).toEqual({
      Case: "id",
      Amount: "amount",
      Notes: "",
      状态: "status",
    });
  });

  it("lists the system columns the adopt will add", () => {
    expect(systemColumnsToAdd(["id", "status"])).toEqual([
      "step",
      "owner",
      "due",
      "stepStarted",
      "created",
      "closed",
    ]);
  });

  it("offers system columns and fields with their headers in the pane's language", () => {
    const options = keyOptions(
      [{ key: "amount", header: { en: "Amount", "zh-CN": "金额" }, type: "number" }],
      "zh-CN",
    );
    expect(options[0]).toEqual({ key: "id", label: "编号", system: true });
    expect(options.at(-1)).toEqual({ key: "amount", label: "金额", system: false });
  });
});
