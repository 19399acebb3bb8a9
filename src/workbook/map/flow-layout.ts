import { END } from "../../core/definition/types";
import type { FlowEdge, FlowGraph, FlowNode } from "./flow-graph";
import { clip, textWidth, wrap } from "./text-fit";

/** Sizes of a drawing, in its own unit (pixels in the pane, points on a sheet). */
export interface FlowMetrics {
  readonly titleSize: number;
  readonly metaSize: number;
  readonly labelSize: number;
  /** Inside a box, around its text. */
  readonly pad: number;
  /** Around the whole drawing. */
  readonly margin: number;
  /** Between two lanes (the vertical runs of arrows that skip steps or go back). */
  readonly lane: number;
  readonly minBoxWidth: number;
  readonly maxBoxWidth: number;
  /** Where a box's arrows leave it, from its left edge. */
  readonly trunk: number;
  /** Room for an arrowhead below a box's last label. */
  readonly arrowRoom: number;
}

/** The task pane's drawing: pixels, fitting 310 px (a 350 px pane less its margins). */
export const PANE_METRICS: FlowMetrics = {
  titleSize: 13,
  metaSize: 11.5,
  labelSize: 11.5,
  pad: 8,
  margin: 4,
  lane: 12,
  minBoxWidth: 170,
  maxBoxWidth: 380,
  trunk: 18,
  arrowRoom: 16,
};

export interface TextLine {
  readonly text: string;
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly size: number;
  readonly bold?: boolean;
}

export interface BoxLayout {
  readonly id: string;
  readonly kind: FlowNode["kind"];
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly lines: readonly TextLine[];
  /** The node's whole text, for a tooltip where lines were cut. */
  readonly text: string;
}

export interface EdgeLayout extends FlowEdge {
  /** A polyline of axis-parallel segments; the last point is the arrow's tip. */
  readonly points: readonly (readonly [number, number])[];
  readonly labelLine?: TextLine;
  /** Set for an arrow drawn in a lane at the right (it skips steps, goes back, or shares a target). */
  readonly lane?: number;
}

export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly BoxLayout[];
  readonly edges: readonly EdgeLayout[];
}

const LINE = 1.3;

interface Routed {
  readonly edge: FlowEdge;
  readonly from: number;
  readonly to: number;
  /** The arrow continues the box's trunk down into the next box. */
  straight: boolean;
  lane?: number;
}

function route(graph: FlowGraph): Routed[] {
  const rank = new Map(graph.nodes.map((n) => [n.id, n.rank]));
  const routed: Routed[] = graph.edges.map((edge) => ({
    edge,
    from: rank.get(edge.from) ?? 0,
    to: rank.get(edge.to) ?? rank.get(END) ?? 0,
    straight: false,
  }));
  // The last arrow of a box into the box right below it continues the trunk; every other one takes a lane.
  for (const r of [...routed].reverse())
    if (r.to === r.from + 1 && !routed.some((o) => o.from === r.from && o.straight)) r.straight = true;
  // Lanes: the shortest runs nearest the boxes; runs that overlap never share a lane.
  const taken: [number, number][][] = [];
  const laned = routed
    .filter((r) => !r.straight)
    .sort((a, b) => Math.abs(a.to - a.from) - Math.abs(b.to - b.from) || a.from - b.from);
  for (const r of laned) {
    const lo = Math.min(r.from, r.to);
    const hi = Math.max(r.from, r.to);
    let lane = taken.findIndex((spans) => spans.every(([s, e]) => hi < s || lo > e));
    if (lane < 0) lane = taken.push([]) - 1;
    taken[lane]?.push([lo, hi]);
    r.lane = lane;
  }
  return routed;
}

function boxText(node: FlowNode): string {
  return [node.title, node.owner, node.sla].filter(Boolean).join(" · ");
}

/**
 * Lays a flow out top-down: the steps in order in one column, each box's arrows leaving from one trunk at
 * its left, one labelled row per next-rule clause; an arrow into the box right below continues the trunk,
 * every other one runs down (or back up) a lane at the right of the column into its target's right side.
 * Boxes grow with `width` up to `maxBoxWidth`, and the column is centred in what is left.
 * @example layoutFlow(flowGraph(def, "en", words), 310, PANE_METRICS)
 */
export function layoutFlow(graph: FlowGraph, width: number, m: FlowMetrics): FlowLayout {
  const routed = route(graph);
  const lanes = Math.max(0, ...routed.map((r) => (r.lane ?? -1) + 1));
  const laneRoom = lanes > 0 ? lanes * m.lane + m.lane / 2 : 0;
  const boxW = Math.min(m.maxBoxWidth, Math.max(m.minBoxWidth, width - 2 * m.margin - laneRoom));
  const totalW = Math.max(width, boxW + laneRoom + 2 * m.margin);
  const x0 = Math.max(m.margin, (totalW - boxW - laneRoom) / 2);
  const laneX = (lane: number) => x0 + boxW + m.lane * (lane + 1);
  const trunkX = x0 + m.trunk;
  const rowH = m.labelSize * LINE + 4;

  const nodes = [...graph.nodes].sort((a, b) => a.rank - b.rank);
  const boxes: BoxLayout[] = [];
  const rows = new Map<Routed, number>();
  let y = m.margin;
  for (const node of nodes) {
    const inner = boxW - 2 * m.pad;
    const lines: TextLine[] = [];
    if (node.kind === "end") {
      const w = Math.max(2 * m.trunk, textWidth(node.title, m.titleSize) + 3 * m.pad);
      const h = m.titleSize * LINE + 1.4 * m.pad;
      lines.push({
        text: node.title,
        x: x0 + w / 2,
        y: y + h / 2 + m.titleSize * 0.35,
        size: m.titleSize,
        bold: true,
      });
      boxes.push({ id: node.id, kind: node.kind, x: x0, y, w, h, lines, text: node.title });
      y += h;
      continue;
    }
    let ty = y + m.pad;
    for (const text of wrap(node.title, inner, m.titleSize, 2)) {
      ty += m.titleSize * LINE;
      lines.push({ text, x: x0 + m.pad, y: ty - m.titleSize * 0.3, size: m.titleSize, bold: true });
    }
    const meta = [node.owner, node.sla].filter((s): s is string => Boolean(s)).join(" · ");
    if (meta !== "") ty += 2;
    for (const text of meta === "" ? [] : wrap(meta, inner, m.metaSize, 2)) {
      ty += m.metaSize * LINE;
      lines.push({ text, x: x0 + m.pad, y: ty - m.metaSize * 0.3, size: m.metaSize });
    }
    const h = ty - y + m.pad;
    boxes.push({ id: node.id, kind: node.kind, x: x0, y, w: boxW, h, lines, text: boxText(node) });
    y += h;
    // One labelled row per clause below the box, in the rule's order: lanes leave the trunk to the right
    // and the straight arrow carries on down it, so no line crosses another whatever the order.
    const out = routed.filter((r) => r.from === node.rank);
    const labelled = out.filter((r) => r.edge.label !== undefined || !r.straight);
    labelled.forEach((r, i) => rows.set(r, y + (i + 1) * rowH));
    y += labelled.length * rowH + (out.some((r) => r.straight) ? m.arrowRoom : 8);
  }

  const boxOf = new Map(boxes.map((b) => [b.id, b]));
  // Arrows entering a box from the lanes are spread along its right side, nearest lane lowest.
  const entries = new Map<string, Routed[]>();
  for (const r of routed.filter((x) => !x.straight)) {
    const list = entries.get(r.edge.to) ?? [];
    list.push(r);
    entries.set(r.edge.to, list);
  }
  const entryY = (r: Routed, target: BoxLayout): number => {
    const list = entries.get(r.edge.to) ?? [r];
    const i = list.indexOf(r);
    const step = Math.min(8, (target.h - 8) / Math.max(1, list.length));
    return target.y + target.h / 2 + (i - (list.length - 1) / 2) * step;
  };

  const edges: EdgeLayout[] = routed.map((r) => {
    const source = boxOf.get(r.edge.from);
    const target = boxOf.get(r.edge.to) ?? boxOf.get(END);
    if (!source || !target) return { ...r.edge, points: [] };
    const top = source.y + source.h;
    const row = rows.get(r);
    const label =
      r.edge.label !== undefined && row !== undefined
        ? (room: number): TextLine => ({
            text: clip(r.edge.label ?? "", room, m.labelSize),
            x: trunkX + 6,
            y: row - 3,
            size: m.labelSize,
          })
        : undefined;
    if (r.straight)
      return {
        ...r.edge,
        points: [
          [trunkX, top],
          [trunkX, target.y],
        ],
        ...(label ? { labelLine: label(source.x + source.w - trunkX - 10) } : {}),
      };
    const lx = laneX(r.lane ?? 0);
    const ey = entryY(r, target);
    const ry = row ?? top + rowH;
    return {
      ...r.edge,
      lane: r.lane ?? 0,
      points: [
        [trunkX, top],
        [trunkX, ry],
        [lx, ry],
        [lx, ey],
        [target.x + target.w, ey],
      ],
      ...(label ? { labelLine: label(lx - trunkX - 12) } : {}),
    };
  });
  return { width: totalW, height: y + m.margin, boxes, edges };
}
