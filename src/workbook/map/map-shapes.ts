import type { Lang } from "../../words/lang";
import "../../words/sheet";
import { say } from "../../words/say";
import { END, type ProcessDefinition } from "../../core/definition/types";
import { safeSheetName } from "../../core/register/names";
import { resolveText } from "../../core/text";
import { flowGraph, type FlowWords } from "./flow-graph";
import { layoutFlow, type FlowMetrics } from "./flow-layout";

/** A flow's drawing on a sheet: points, a page-wide column (about A4 portrait between margins). */
export const SHEET_METRICS: FlowMetrics = {
  titleSize: 11,
  metaSize: 10,
  labelSize: 9,
  pad: 7,
  margin: 12,
  lane: 16,
  minBoxWidth: 220,
  maxBoxWidth: 300,
  trunk: 24,
  arrowRoom: 20,
};

const SHEET_WIDTH = 440;
const TITLE_HEIGHT = 28;

/** Every shape Procsheet draws carries this prefix, so a redraw removes its own and leaves people's. */
export const MAP_SHAPE_PREFIX = "Procsheet map ";

export interface BoxShape {
  readonly name: string;
  /** "Rectangle" for a step, "FlowChartTerminator" for the end, a borderless "Rectangle" for text. */
  readonly kind: "step" | "end" | "text";
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
}

export interface ArrowShape {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** Connection sites, in the order of ECMA-376's preset rectangle: 0 top, 1 left, 2 bottom, 3 right. */
  readonly fromSite: number;
  readonly toSite: number;
  readonly connector: "Straight" | "Elbow";
  readonly start: readonly [number, number];
  readonly end: readonly [number, number];
}

export interface MapShapes {
  readonly sheetName: string;
  readonly boxes: readonly BoxShape[];
  readonly arrows: readonly ArrowShape[];
}

function sheetWords(lang: Lang): FlowWords {
  return {
    end: say("sheet.map.end", {}, lang),
    stepTitle: (n, name) => say("sheet.map.step", { n, name }, lang),
    sla: (days) => say("sheet.map.sla", { days }, lang),
    when: (condition) => say("sheet.map.when", { condition }, lang),
    otherwise: say("sheet.map.otherwise", {}, lang),
  };
}

/** The sheet a process's map is drawn on, in the register's language. */
export function mapSheetName(definition: ProcessDefinition, lang: Lang): string {
  const suffix = say("sheet.map.suffix", {}, lang);
  const name = resolveText(definition.name, lang) || definition.id;
  return safeSheetName(`${name.slice(0, 30 - suffix.length)} ${suffix}`);
}

const boxName = (id: string): string => `${MAP_SHAPE_PREFIX}${id === END ? "end" : `step ${id}`}`;

/**
 * The map of a process as Excel shapes, laid out as the pane draws it: a title, a rectangle per step
 * with its name, owner and SLA, the end, a connector per arrow joined to the boxes' sites (Excel routes
 * it), and each condition as a borderless text box where the arrow leaves its step.
 * @example mapShapes(definition, "zh-CN", 3).boxes[0].text === "采购流程（第 3 版）"
 */
export function mapShapes(definition: ProcessDefinition, lang: Lang, version: number): MapShapes {
  const graph = flowGraph(definition, lang, sheetWords(lang));
  const layout = layoutFlow(graph, SHEET_WIDTH, SHEET_METRICS);
  const m = SHEET_METRICS;
  const dy = TITLE_HEIGHT;
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const title: BoxShape = {
    name: `${MAP_SHAPE_PREFIX}title`,
    kind: "text",
    left: m.margin,
    top: 4,
    width: SHEET_WIDTH - 2 * m.margin,
    height: TITLE_HEIGHT - 6,
    text: say(
      "sheet.map.title",
      { process: resolveText(definition.name, lang) || definition.id, version },
      lang,
    ),
    size: 14,
    bold: true,
  };
  // Excel runs a straight connector from the middle of one box to the middle of the next, so the end is
  // centred under the column rather than under the pane's trunk.
  const column = layout.boxes.find((b) => b.kind === "step");
  const boxes: BoxShape[] = layout.boxes.map((b) => {
    const node = nodes.get(b.id);
    const meta = [node?.owner, node?.sla].filter((s): s is string => Boolean(s)).join(" · ");
    const left = b.kind === "end" && column ? column.x + (column.w - b.w) / 2 : b.x;
    return {
      name: boxName(b.id),
      kind: b.kind === "end" ? "end" : "step",
      left,
      top: b.y + dy,
      width: b.w,
      height: b.h,
      text: meta === "" ? (node?.title ?? b.text) : `${node?.title ?? ""}\n${meta}`,
      size: m.metaSize,
    };
  });
  const rowH = m.labelSize * 1.3 + 4;
  const byId = new Map(layout.boxes.map((b) => [b.id, b]));
  // A condition sits where its connector leaves the box: beside the straight one going down the middle,
  // or beside the elbow leaving the box's right side.
  const labels: BoxShape[] = layout.edges.flatMap((e) => {
    const from = byId.get(e.from);
    if (!e.labelLine || e.label === undefined || !from) return [];
    const straight = e.lane === undefined;
    // Several elbows may leave one box: their conditions stack from its middle down.
    const nth = layout.edges.filter((x) => x.from === e.from && x.lane !== undefined).indexOf(e);
    // Excel runs a right-to-right elbow a little way out from the boxes: the label goes just beyond it.
    const left = straight ? from.x + from.w / 2 + 6 : from.x + from.w + m.lane + 10;
    const top = straight ? from.y + from.h + 2 : from.y + from.h / 2 - rowH + nth * rowH;
    return [
      {
        name: `${MAP_SHAPE_PREFIX}condition ${e.from} ${e.clause ?? 0}`,
        kind: "text",
        left,
        top: top + dy,
        width: straight ? from.w / 2 - 8 : 150,
        height: rowH,
        text: e.label,
        size: m.labelSize,
      },
    ];
  });
  const arrows: ArrowShape[] = layout.edges.map((e) => {
    const straight = e.lane === undefined;
    const first = e.points[0] ?? [0, 0];
    const last = e.points.at(-1) ?? first;
    return {
      name: `${MAP_SHAPE_PREFIX}arrow ${e.from} ${e.clause ?? "next"}`,
      from: boxName(e.from),
      to: boxName(e.to),
      fromSite: straight ? 2 : 3,
      toSite: straight ? 0 : 3,
      connector: straight ? "Straight" : "Elbow",
      start: [first[0], first[1] + dy],
      end: [last[0], last[1] + dy],
    };
  });
  return { sheetName: mapSheetName(definition, lang), boxes: [title, ...boxes, ...labels], arrows };
}
