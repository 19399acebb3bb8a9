/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { HistoryEvent } from "../../excel/api-types";
import { openTab, procurementWorkbook, renderPane } from "../testing/render";

beforeEach(() => localStorage.clear());

/** A case through need → request → … closed `days` calendar days after it was created. */
function closedCase(n: number, created: string, days: number): HistoryEvent[] {
  const id = `PR-90${String(n).padStart(2, "0")}`;
  const start = new Date(`${created}T09:00:00Z`).getTime();
  const at = (d: number) => new Date(start + d * 86_400_000).toISOString().slice(0, 19);
  return [
    { caseId: id, at: at(0), type: "created", step: "need", status: "todo", version: 1 },
    {
      caseId: id,
      at: at(1),
      type: "advanced",
      step: "request",
      fromStep: "need",
      status: "todo",
      version: 1,
    },
    { caseId: id, at: at(days), type: "closed", step: "request", status: "done", version: 1 },
  ];
}

const history: HistoryEvent[] = [
  ...closedCase(1, "2026-01-05", 10),
  ...closedCase(2, "2026-01-12", 20),
  ...closedCase(3, "2026-01-19", 30),
  ...closedCase(4, "2026-01-26", 12),
  ...closedCase(5, "2026-02-02", 14),
  { caseId: "PR-9101", at: "2026-02-20T09:00:00", type: "created", step: "need", status: "todo", version: 1 },
];

const region = (name: string): HTMLElement => screen.getByRole("region", { name });

describe("Analyze", () => {
  it("shows the measured figures beside the goals, in words, work in progress from the register", async () => {
    const workbook = await procurementWorkbook();
    // Earlier cases, pasted into History by a person (History is also edited by hand).
    await workbook.pasteHistory(history);
    await renderPane(workbook);
    await openTab("Analyze");
    const p50 = (
      await screen.findByRole("region", { name: "Cycle time: half of cases finish within (median, p50)" })
    ).textContent;
    // The five pasted cases and PR-0001, which the register says closed on 6 February.
    expect(p50).toContain("17 d");
    expect(p50).toMatch(/Target 25 d · +meets the target/);
    expect(region("Cycle time: 85% of cases finish within (p85)").textContent).toContain("6 closed cases");
    expect(region("On-time rate").textContent).toMatch(/Target 85%/);
    // The register's open rows, the oldest in its step since 12 February (PR-0016, Blocked in receipt).
    expect(region("Work in progress").textContent).toMatch(/^Work in progress28Oldest: 18 d/);
    const weeks = screen.getByRole("list", { name: "Closed cases per week" });
    expect(within(weeks).getAllByRole("listitem").length).toBe(8);
    expect(region("Forecast: today's open cases done by").textContent).toMatch(
      /28 open cases: 50% likely by/,
    );
    expect(screen.getByRole("table").textContent).toMatch(/Identify the need/);
    // History lacks the register's own cases (it holds only the pasted ones): their dates are the register's.
    expect(screen.getByText(/^30 cases are measured from the register's own dates/)).toBeTruthy();
  });

  it("below five closed cases, shows the figures without a verdict or a forecast", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Analyze");
    // History is empty: PR-0001's dates come from the register (created 5 January, closed 6 February).
    const p50 = (
      await screen.findByRole("region", { name: "Cycle time: half of cases finish within (median, p50)" })
    ).textContent;
    expect(p50).toContain("32.3 d");
    expect(p50).toContain("not enough finished cases yet (1 of 5)");
    expect(p50).not.toMatch(/meets|misses/);
    expect(region("On-time rate").textContent).not.toMatch(/meets|misses/);
    expect(region("Forecast: today's open cases done by").textContent).toContain(
      "Not enough finished cases yet (1 of 5) to say when today's open cases will be done.",
    );
    expect(region("Work in progress").textContent).toMatch(/^Work in progress28Oldest: 18 d/);
  });

  it("on a fresh sample with its past: real figures, on time per step, the breaches still open first", async () => {
    await renderPane(await procurementWorkbook({ past: true }));
    await openTab("Analyze");
    const p85 = (await screen.findByRole("region", { name: "Cycle time: 85% of cases finish within (p85)" }))
      .textContent;
    expect(p85).toMatch(/\d\d(\.\d)? d/);
    expect(p85).toMatch(/2\d closed cases/);
    expect(p85).toMatch(/meets the target|misses the target/);
    const forecast = region("Forecast: today's open cases done by").textContent ?? "";
    const [, d50, d95] = /50% likely by (.+?), 85% by .+?, 95% by (.+?)\./.exec(forecast) ?? [];
    expect(d50).toBeTruthy();
    expect(d50).not.toBe(d95);
    const table = screen.getByRole("table");
    expect(within(table).getByRole("columnheader", { name: "On time" })).toBeTruthy();
    expect(table.textContent).toMatch(/Identify the need.*\d+%/);
    const breaches = screen.getByRole("list", { name: "SLA breaches" });
    const items = within(breaches).getAllByRole("listitem");
    expect(items).toHaveLength(8);
    expect(items[0]?.textContent).toMatch(/^PR-00\d\d · .+: due .+, still there, \d+ working days? late$/);
    fireEvent.click(screen.getByRole("button", { name: /^Show all \d+$/ }));
    expect(within(breaches).getAllByRole("listitem").length).toBeGreaterThan(8);
  });

  it("exports the log: XES and CSV to save, the CSV as a new sheet", async () => {
    const workbook = await procurementWorkbook({ past: true });
    // jsdom has no object URLs: the blob handed over and the link clicked are what the person would save.
    const saved: { name: string; text: string; type: string }[] = [];
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return "blob:log";
    };
    URL.revokeObjectURL = () => undefined;
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.at(-1) as Blob;
      const entry = { name: this.download, text: "", type: blob.type };
      saved.push(entry);
      // jsdom's Blob has no text(): a FileReader reads its bytes (a BOM included, as a file would hold it).
      const reader = new FileReader();
      reader.onload = () => (entry.text = Buffer.from(reader.result as ArrayBuffer).toString("utf8"));
      reader.readAsArrayBuffer(blob);
    });
    try {
      await renderPane(workbook);
      await openTab("Analyze");
      const offset = await screen.findByRole("textbox", { name: "UTC offset of the workbook's times" });
      fireEvent.change(offset, { target: { value: "8 hours" } });
      expect(await screen.findByText("Write it as +08:00 or -05:00.")).toBeTruthy();
      expect(screen.getByRole("button", { name: "Download XES" }).hasAttribute("disabled")).toBe(true);
      fireEvent.change(offset, { target: { value: "+08:00" } });
      fireEvent.click(screen.getByRole("button", { name: "Download XES" }));
      expect(
        await screen.findByText(/^Saved procurement-log-2026-03-02\.xes: \d+ cases, \d+ events\.$/),
      ).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
      expect(await screen.findByText(/^Saved procurement-log-2026-03-02\.csv/)).toBeTruthy();
      await waitFor(() => expect(saved.every((s) => s.text !== "")).toBe(true));
      expect(saved.map((s) => [s.name, s.type])).toEqual([
        ["procurement-log-2026-03-02.xes", "application/xml"],
        ["procurement-log-2026-03-02.csv", "text/csv;charset=utf-8"],
      ]);
      expect(saved[0]?.text).toContain('<date key="time:timestamp" value="2025-');
      expect(saved[0]?.text).toMatch(/\.000\+08:00"\/>/);
      expect(
        saved[1]?.text.startsWith("\uFEFFCase ID,Activity,Start,Complete,Resource,Event type,Item,"),
      ).toBe(true);

      fireEvent.click(screen.getByRole("button", { name: "CSV as a new sheet" }));
      expect(
        await screen.findByText(/^Wrote \d+ step visits to the new sheet Procurement Log\.$/),
      ).toBeTruthy();
      expect(workbook.sim.snapshot().sheets["Procurement Log"]?.values[0]?.[0]).toBe("Case ID");
      await act(async () => undefined);
    } finally {
      clicked.mockRestore();
    }
  });

  it("builds the charts into the workbook", async () => {
    const workbook = await procurementWorkbook();
    const charts = jest.spyOn(workbook.excel, "buildCharts");
    await renderPane(workbook);
    await openTab("Analyze");
    fireEvent.click(await screen.findByRole("button", { name: "Build charts" }));
    expect(await screen.findByText("Built 6 charts on the sheet Procurement Analysis:")).toBeTruthy();
    for (const title of [
      "Cycle time of closed cases",
      "Cycle time by close date, with p50/p85/p95",
      "Time per step (where work waits)",
      "Aging work in progress",
      "Cases closed per week",
      "Cumulative flow",
    ])
      expect(screen.getByText(title)).toBeTruthy();
    expect(workbook.sim.snapshot().sheets["Procurement Analysis"]?.charts).toHaveLength(6);
    expect(charts).toHaveBeenCalledWith(
      expect.objectContaining({ id: "procurement" }),
      "2026-03-02T09:00:00",
      "en",
    );
  });
});
