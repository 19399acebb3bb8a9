import { tricky, TRICKY_EVENTS, TRICKY_ROWS } from "../../../test/fixtures/tricky-log";
import { logCsv, logTable } from "./csv-log";
import { logCases } from "./log-cases";

const process = tricky();
const cases = logCases(TRICKY_EVENTS, TRICKY_ROWS);

describe("the CSV export", () => {
  it("is UTF-8 with a BOM, one row per step visit: case ID, activity, start, complete, resource, event type, fields", () => {
    const csv = logCsv(logTable(process, cases, "en"));
    expect(
      csv.startsWith("\uFEFFCase ID,Activity,Start,Complete,Resource,Event type,Item,Amount,Units,"),
    ).toBe(true);
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe(
      'TR-0001,Ask & wait,2026-01-05 09:00:00,2026-01-06 11:00:00,Ann,Moved to next step,"Cable <5m> & ""plug""\nsecond line\ttab \u0001bell",1234.5,3,2026-01-20,TRUE,IT & <tools>',
    );
    expect(lines[3]).toMatch(/^TR-0001,Pay,2026-01-08 09:00:00,2026-01-09 16:00:00,王芳,Closed,/);
    // Still in its step: no complete, no event type; its formula-looking item guarded.
    expect(lines[5]).toBe(
      `TR-0002,"Check <""quotes"">",2026-01-07 10:00:00,,O'Brien & Co,,"'=HYPERLINK(""http://x"")",800,1,,,office`,
    );
    // A case the register does not have: its visits, no fields.
    expect(lines[6]).toBe("TR-0003,Ask & wait,2026-01-07 12:00:00,2026-01-08 12:00:00,,Cancelled,,,,,,");
    expect(lines).toHaveLength(8);
  });

  it("says everything in Chinese for a Chinese reader, Excel's labels and step names included", () => {
    const csv = logCsv(logTable(process, cases, "zh-CN"));
    const [header, first] = csv.slice(1).split("\r\n");
    expect(header).toBe("编号,步骤,开始时间,完成时间,负责人,事件类型,物品,金额,数量,需求日期,加急,类别");
    expect(first).toMatch(/^TR-0001,申请,2026-01-05 09:00:00,2026-01-06 11:00:00,Ann,进入下一步,/);
    expect(first).toMatch(/,IT 设备$/);
  });
});
