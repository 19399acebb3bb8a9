/** @jest-environment jsdom */
import "../theme/fabric-config";
import { fireEvent, screen, within } from "@testing-library/react";
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

describe("Analyze", () => {
  it("shows the measured figures beside the goals, in words", async () => {
    const workbook = await procurementWorkbook();
    // Earlier cases, pasted into History by a person (History is also edited by hand).
    await workbook.pasteHistory(history);
    await renderPane(workbook);
    await openTab("Analyze");
    const p50 = (
      await screen.findByRole("region", { name: "Cycle time: half of cases finish within (median, p50)" })
    ).textContent;
    expect(p50).toContain("14 d");
    expect(p50).toMatch(/Target 25 d · +meets the target/);
    const p85 = screen.getByRole("region", {
      name: "Cycle time: 85% of cases finish within (p85)",
    }).textContent;
    expect(p85).toContain("5 closed cases");
    expect(screen.getByRole("region", { name: "On-time rate" }).textContent).toMatch(/Target 85%/);
    expect(screen.getByRole("region", { name: "Work in progress" }).textContent).toMatch(
      /^Work in progress1Oldest: 10 d/,
    );
    const weeks = screen.getByRole("list", { name: "Closed cases per week" });
    expect(within(weeks).getAllByRole("listitem").length).toBe(8);
    expect(screen.getByRole("region", { name: "Forecast: today's open cases done by" }).textContent).toMatch(
      /1 open case: 50% likely by/,
    );
    expect(screen.getByRole("table").textContent).toMatch(/Identify the need/);
  });

  it("says so when nothing has closed yet", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Analyze");
    expect(
      (await screen.findByRole("region", { name: "Cycle time: half of cases finish within (median, p50)" }))
        .textContent,
    ).toContain("—");
    expect(screen.getByText(/No cases closed yet, so there is no forecast|0 open cases/)).toBeTruthy();
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
