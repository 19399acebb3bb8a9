import { loadFixture } from "../../../test/fixtures/load-fixture";
import { toExcelSerial } from "../time/local-time";
import { mapColumns, type ColumnMap } from "./columns";
import { describeError } from "../error";
import { loadProcess } from "../definition/load";
import { encodeCell, readRow } from "./row-codec";

describe("reading and writing register cells", () => {
  const process = loadFixture("mini");
  const headers = ["ID", "Step", "Status", "Owner", "Due", "Step started", "Amount", "Category", "Notes"];
  const mapped = mapColumns(process, headers);
  const map = (mapped.ok ? mapped.value : undefined) as ColumnMap;

  it("turns cells into the rules' view: canonical status, step id, ISO dates, numbers, empty cells absent", () => {
    const serial = toExcelSerial(Date.UTC(2026, 0, 5, 9, 30));
    const r = readRow(process, map, [
      "PR-0001",
      "预算审批",
      "进行中",
      " Ann ",
      serial,
      "2026-01-05 09:30",
      "1,200.50",
      "it",
      "free text",
    ]);
    expect(r).toEqual({
      row: {
        id: "PR-0001",
        step: "budget",
        status: "doing",
        owner: "Ann",
        due: "2026-01-05",
        stepStarted: "2026-01-05T09:30:00",
        amount: 1200.5,
        category: "IT",
      },
    });
    expect(readRow(process, map, ["", null, undefined, "  "]).row).toEqual({});
  });

  it("names the column and the row ID when a cell cannot be read", () => {
    expect(readRow(process, map, ["PR-0002", "Review", "Approved"]).error).toMatchObject({
      code: "DATA",
      rowId: "PR-0002",
      column: "Status",
      message:
        'PR-0002: Column "Status": "Approved" is not a status (To do, In progress, Waiting, Blocked, Done, Cancelled)',
    });
    expect(readRow(process, map, ["PR-0003", "", "", "", "soon"]).error?.message).toBe(
      'PR-0003: Column "Due": "soon" is not a date',
    );
    expect(readRow(process, map, ["PR-0004", "", "", "", "", "", "#N/A"]).error?.message).toBe(
      'PR-0004: Column "Amount": holds the error #N/A',
    );
    expect(readRow(process, map, ["PR-0005", "", "", "", "", "", "1,2,00"]).error?.message).toBe(
      'PR-0005: Column "Amount": "1,2,00" is not a number',
    );
  });

  it("refuses a number text that could mean two numbers, naming the column and the row ID, in both languages", () => {
    const cells = (amount: string) => ["PR-0008", "Review", "To do", "", "", "", amount];
    const e = readRow(process, map, cells("60.000")).error;
    expect(e).toMatchObject({
      code: "DATA",
      rowId: "PR-0008",
      column: "Amount",
      key: "data.ambiguousNumber",
    });
    expect(e?.message).toBe(
      'PR-0008: Column "Amount": "60.000" is ambiguous: 60 if "." marks decimals, 60000 if "," does; ' +
        "write it without thousands separators, or give the register's number locale",
    );
    expect(e && describeError(e, "zh-CN")).toBe(
      "PR-0008：“Amount”列：“60.000”有歧义：若“.”为小数点则为 60，若“,”为小数点则为 60000；" +
        "请去掉千位分隔符，或指明登记表的数字格式区域",
    );
    expect(readRow(process, map, cells("1.200,50")).error?.message).toContain(
      '"1.200,50" is ambiguous: 1200.5 if "," marks decimals',
    );
    // The register's locale settles it; a number cell (xlsx) is never ambiguous.
    const de = { numbers: { decimal: ",", group: "." } };
    expect(readRow(process, map, cells("60.000"), de).row.amount).toBe(60000);
    expect(readRow(process, map, cells("1.200,50"), de).row.amount).toBe(1200.5);
    expect(readRow(process, map, ["PR-0009", "", "", "", "", "", 60.5]).row.amount).toBe(60.5);
  });

  it("writes status and step in the register's language, dates as dates, numbers with their format", () => {
    expect(encodeCell(process, "status", "doing", "zh-CN")).toEqual({ kind: "text", value: "进行中" });
    expect(encodeCell(process, "step", "budget", "en")).toEqual({ kind: "text", value: "Budget approval" });
    expect(encodeCell(process, "due", "2026-01-05", "en")).toEqual({
      kind: "date",
      value: Date.UTC(2026, 0, 5),
      time: false,
    });
    expect(encodeCell(process, "stepStarted", "2026-01-05T09:30:00", "en")).toEqual({
      kind: "date",
      value: Date.UTC(2026, 0, 5, 9, 30),
      time: true,
    });
    expect(encodeCell(process, "amount", 12, "en")).toEqual({ kind: "number", value: 12, format: "money" });
    expect(encodeCell(process, "owner", undefined, "en")).toEqual({ kind: "empty" });
  });

  // docs/reliability.md D6: text pasted from other apps matches what people typed.
  it("reads names as people see them: NFC, invisible marks and outer spaces removed", () => {
    const cells = (owner: string) => ["PR-0001", "Review", "To do", owner];
    const owners = ["Jose\u0301", "\u200FAnn\u200B", "\uFEFF王海 ", "A\u200Dnn"].map(
      (o) => readRow(process, map, cells(o)).row.owner,
    );
    // The zero-width joiner stays: emoji sequences and some scripts need it.
    expect(owners).toEqual(["José", "Ann", "王海", "A\u200Dnn"]);
  });

  it("refuses a number outside its field's least and greatest value, naming the column and the row ID", () => {
    const definition = {
      ...process.definition,
      fields: (process.definition.fields ?? []).map((f) =>
        f.key === "amount" ? { ...f, min: 1, max: 500000 } : f,
      ),
    };
    const bounded = loadProcess(definition);
    if (!bounded.ok) throw new Error("the bounded fixture must load");
    const read = (amount: number) =>
      readRow(bounded.value, map, ["PR-0009", "Review", "To do", "", "", "", amount]);
    expect(read(500000).error).toBeUndefined();
    const low = read(0).error;
    expect(low && describeError(low, "en")).toBe(
      'PR-0009: Column "Amount": 0 is outside the range allowed (least 1, greatest 500000)',
    );
    expect(low && describeError(low, "zh-CN")).toBe(
      "PR-0009：“Amount”列：0 超出允许范围（最小 1，最大 500000）",
    );
    expect(read(600000).row.amount).toBe(600000);
  });

  it("says what is wrong with a cell in Chinese too", () => {
    const zh = (cells: unknown[]) => {
      const e = readRow(process, map, cells as never).error;
      return e ? describeError(e, "zh-CN") : undefined;
    };
    expect(zh(["PR-0004", "Review", "To do", "", "", "", "abc"])).toBe("PR-0004：“Amount”列：“abc”不是数字");
    expect(zh(["PR-0005", "Review", "Sleeping"])).toBe(
      "PR-0005：“Status”列：“Sleeping”不是状态（待办、进行中、等待、受阻、完成、已取消）",
    );
    expect(zh(["PR-0006", "Shipping"])).toBe("PR-0006：“Step”列：“Shipping”不是此流程的步骤");
    expect(zh(["PR-0007", "Review", "To do", "", "#N/A"])).toBe("PR-0007：“Due”列：包含错误值 #N/A");
  });
});
