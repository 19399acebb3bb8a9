import { readFileSync } from "fs";
import { join } from "path";
import type { ProcessDefinition } from "../../core/definition/types";
import { flowGraph, type FlowWords } from "./flow-graph";
import { layoutFlow, PANE_METRICS, type FlowLayout } from "./flow-layout";
import { textWidth } from "./text-fit";

const procurement = JSON.parse(
  readFileSync(join(__dirname, "../../../templates/procurement.process.json"), "utf8"),
) as ProcessDefinition;

const en: FlowWords = {
  end: "End",
  stepTitle: (n, name) => `${n}. ${name}`,
  sla: (days) => `${days} working days`,
  when: (c) => `If ${c}`,
  otherwise: "Otherwise",
};

const fourSteps: ProcessDefinition = {
  schemaVersion: 1,
  id: "leave",
  name: "Leave request",
  fields: [{ key: "days", header: { en: "Days", "zh-CN": "天数" }, type: "number" }],
  roles: { hr: { members: ["Li"], name: { en: "HR", "zh-CN": "人事" } } },
  steps: [
    { id: "ask", name: "Ask", owner: "Ann", slaDays: 1 },
    {
      id: "manager",
      name: "Manager approves",
      owner: "人事",
      next: [{ when: "days > 5", goto: "director" }, { goto: "record" }],
    },
    { id: "director", name: "Director approves", owner: "Zoe", slaDays: 2 },
    { id: "record", name: "Record", owner: "hr" },
  ],
};

function overlaps(a: FlowLayout["boxes"][number], b: FlowLayout["boxes"][number]): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe("the flow of a process", () => {
  it("has a node per step and the end, and an arrow per next clause or to the following step", () => {
    const g = flowGraph(fourSteps, "en", en);
    expect(g.nodes.map((n) => n.id)).toEqual(["ask", "manager", "director", "record", "end"]);
    expect(g.nodes[1]).toMatchObject({ title: "2. Manager approves", owner: "HR" });
    expect(g.nodes[0]).toMatchObject({ owner: "Ann", sla: "1 working days" });
    expect(g.edges).toEqual([
      { from: "ask", to: "manager" },
      { from: "manager", to: "director", clause: 0, label: "If Days > 5" },
      { from: "manager", to: "record", clause: 1, label: "Otherwise" },
      { from: "director", to: "record" },
      { from: "record", to: "end" },
    ]);
  });

  it("says conditions and owners in the reader's words", () => {
    const g = flowGraph(procurement, "zh-CN", { ...en, when: (c) => `如果 ${c}`, otherwise: "否则" });
    const review = g.edges.filter((e) => e.from === "review").map((e) => e.label);
    expect(review).toEqual(["如果 采购金额 > 50000", "如果 采购金额 <= 50000"]);
    expect(g.nodes.find((n) => n.id === "budget")?.owner).toBe("首席财务官 / 财务经理");
    expect(g.nodes.find((n) => n.id === "need")?.owner).toBe("申请人 / 采购专员");
  });

  it("lays the steps out top-down in order, within 310 px, boxes apart, every arrow ending on its target", () => {
    const g = flowGraph(procurement, "en", en);
    const layout = layoutFlow(g, 310, PANE_METRICS);
    expect(layout.width).toBe(310);
    const steps = layout.boxes.filter((b) => b.kind === "step");
    expect(steps.map((b) => b.id)).toEqual(procurement.steps.map((s) => s.id));
    for (let i = 1; i < layout.boxes.length; i++)
      expect(layout.boxes[i]!.y).toBeGreaterThan(layout.boxes[i - 1]!.y + layout.boxes[i - 1]!.h);
    for (const a of layout.boxes)
      for (const b of layout.boxes) if (a !== b) expect(overlaps(a, b)).toBe(false);
    for (const b of layout.boxes) expect(b.x + b.w).toBeLessThanOrEqual(310);
    for (const e of layout.edges) {
      const tip = e.points.at(-1)!;
      const target = layout.boxes.find((b) => b.id === e.to)!;
      const onTop = tip[1] === target.y && tip[0] >= target.x && tip[0] <= target.x + target.w;
      const onRight = tip[0] === target.x + target.w && tip[1] >= target.y && tip[1] <= target.y + target.h;
      expect(onTop || onRight).toBe(true);
      for (const p of e.points) expect(p[0]).toBeLessThanOrEqual(layout.width);
    }
  });

  it("continues the trunk into the next step and sends skips and loops down the lanes, labelled", () => {
    const layout = layoutFlow(flowGraph(procurement, "en", en), 310, PANE_METRICS);
    const from = (id: string) => layout.edges.filter((e) => e.from === id);
    const [toBudget, toRfq] = from("review");
    expect(toBudget?.lane).toBeUndefined(); // straight down into the next box
    expect(toRfq?.lane).toBeDefined();
    expect(toBudget?.labelLine?.text).toBe("If amount > 50000".replace("amount", "Amount"));
    expect(toRfq?.labelLine?.text).toMatch(/^If Amount <= 50000/);
    // receipt ↔ supplier-fix go back and forth; match goes back to supplier-fix: lanes, never overlapping runs.
    const laned = layout.edges.filter((e) => e.lane !== undefined);
    for (const a of laned)
      for (const b of laned) {
        if (a === b || a.lane !== b.lane) continue;
        const span = (e: typeof a) => [
          Math.min(e.points[2]![1], e.points[3]![1]),
          Math.max(e.points[2]![1], e.points[3]![1]),
        ];
        const [a0, a1] = span(a);
        const [b0, b1] = span(b);
        expect(a1! < b0! || b1! < a0!).toBe(true);
      }
  });

  it("fits each label in the room it has, cutting it with …", () => {
    const layout = layoutFlow(flowGraph(procurement, "en", en), 310, PANE_METRICS);
    for (const e of layout.edges) {
      if (!e.labelLine) continue;
      const end =
        e.lane !== undefined
          ? e.points[2]![0]
          : layout.boxes.find((b) => b.id === e.from)!.x + layout.boxes[0]!.w;
      expect(e.labelLine.x + textWidth(e.labelLine.text, e.labelLine.size)).toBeLessThanOrEqual(end);
    }
    const match = layout.edges.find((e) => e.from === "match" && e.clause === 0);
    expect(match?.labelLine?.text.endsWith("…")).toBe(true);
  });

  it("uses the width when the pane is wider: wider boxes, fewer cut lines", () => {
    const narrow = layoutFlow(flowGraph(procurement, "en", en), 310, PANE_METRICS);
    const wide = layoutFlow(flowGraph(procurement, "en", en), 640, PANE_METRICS);
    expect(wide.boxes[0]!.w).toBeGreaterThan(narrow.boxes[0]!.w);
    const cut = (l: FlowLayout) => l.edges.filter((e) => e.labelLine?.text.endsWith("…")).length;
    expect(cut(wide)).toBeLessThanOrEqual(cut(narrow));
    expect(wide.height).toBeLessThanOrEqual(narrow.height);
  });
});
