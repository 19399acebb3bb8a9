import { readFileSync } from "fs";
import { join } from "path";
import { loadProcess } from "../../core/definition/load";
import type { ProcessDefinition } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import type { ProcessEvent } from "../../core/sync/events";
import { HISTORY_KEYS, historyHeaders, mapHistoryColumns } from "./history-columns";
import { historyCells, historyRowFor } from "./history-row";
import { historyEvents, readHistoryRow } from "./read-history";

function procurement(): CompiledProcess {
  const def = JSON.parse(
    readFileSync(join(__dirname, "../../../templates/procurement.process.json"), "utf8"),
  ) as ProcessDefinition;
  const r = loadProcess(def);
  if (!r.ok) throw new Error(r.error[0]?.message);
  return r.value;
}

const EVENTS: ProcessEvent[] = [
  { caseId: "PR-0001", at: "2026-03-02T09:00:00", type: "created", step: "request", status: "todo" },
  {
    caseId: "PR-0001",
    at: "2026-03-02T09:00:00",
    type: "assigned",
    step: "request",
    status: "todo",
    owner: "孙丽",
  },
  {
    caseId: "PR-0002",
    at: "2026-03-03T10:30:00",
    type: "advanced",
    step: "review",
    fromStep: "request",
    status: "todo",
    owner: "=cmd",
    by: "Amy",
  },
];

describe("the History table, one model for the add-in and the command line", () => {
  const process = procurement();

  it.each(["en", "zh-CN", "keys"] as const)(
    "writes events in %s and reads them back exactly, version included",
    (wording) => {
      const headers = wording === "keys" ? [...HISTORY_KEYS] : historyHeaders(wording);
      const columns = mapHistoryColumns(headers);
      expect(columns.lang).toBe(wording);
      expect(columns.missing).toEqual([]);
      const rows = EVENTS.map((e) =>
        historyRowFor(columns, headers.length, historyCells(process, e, 3, wording)).map((c) =>
          // Excel stores text without the protective apostrophe.
          typeof c.value === "string" && c.value.startsWith("'") ? c.value.slice(1) : c.value,
        ),
      );
      expect(historyEvents(process, columns, rows)).toEqual(EVENTS.map((e) => ({ ...e, version: 3 })));
    },
  );

  it("writes what a person reads in the workbook's language: event, status and step names", () => {
    const zh = historyCells(process, EVENTS[2] as ProcessEvent, 1, "zh-CN");
    expect([zh.type.value, zh.status.value]).toEqual(["进入下一步", "待办"]);
    expect(zh.step.value).not.toBe("review");
    expect(zh.at).toMatchObject({ numberFormat: "yyyy-mm-dd hh:mm:ss" });
    expect(zh.owner.value).toBe("'=cmd");
    const en = historyCells(process, EVENTS[0] as ProcessEvent, 1, "en");
    expect([en.type.value, en.status.value]).toEqual(["Created", "To do"]);
  });

  it("reads a table in any column order, without the version column, in the other language", () => {
    const headers = ["状态", "时间", "编号", "事件", "步骤", "负责人"];
    const columns = mapHistoryColumns(headers);
    expect(columns.positions.has("version")).toBe(false);
    const row = ["Done", 46083.5, "PR-0007", "Status changed", "purchase REQUISITION", ""];
    expect(readHistoryRow(process, columns, row)).toEqual({
      ok: true,
      event: {
        caseId: "PR-0007",
        at: "2026-03-02T12:00:00",
        type: "status",
        step: "request",
        status: "done",
      },
    });
  });

  it("names what makes a row unreadable, and takes a blank row for none", () => {
    const columns = mapHistoryColumns([...HISTORY_KEYS]);
    const row = (patch: Record<string, string | number>): (string | number)[] =>
      HISTORY_KEYS.map(
        (k) =>
          patch[k] ??
          { caseId: "PR-1", at: "2026-03-02", type: "created", step: "request", status: "todo" }[
            k as string
          ] ??
          "",
      );
    expect(readHistoryRow(process, columns, row({ type: "approved" }))).toEqual({
      ok: false,
      problem: { kind: "type", value: "approved" },
    });
    expect(readHistoryRow(process, columns, row({ at: "soon" }))).toMatchObject({ problem: { kind: "at" } });
    expect(readHistoryRow(process, columns, row({ caseId: "" }))).toMatchObject({
      problem: { kind: "noCase" },
    });
    expect(
      readHistoryRow(
        process,
        columns,
        HISTORY_KEYS.map(() => ""),
      ),
    ).toEqual({ ok: "blank" });
  });

  it("says which required columns a header lacks", () => {
    expect(mapHistoryColumns(["Case ID", "At", "Owner"]).missing).toEqual(["type", "step", "status"]);
  });
});
