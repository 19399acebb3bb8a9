import type { ShapeModel } from "../../test/excel-sim/model/types";
import { lineEnds, siteDirection, type Point } from "../../test/excel-sim/shape-geometry";
import { wrap } from "../workbook/map/text-fit";
import type { WorkbenchStrings } from "./strings";

/** Excel routes an elbow connector itself; this draws the route it takes between the usual sites. */
function route(line: ShapeModel, shapes: readonly ShapeModel[]): Point[] {
  const { begin, end } = lineEnds(line, shapes);
  const c = line.connector;
  if (!c || c.type !== "Elbow") return [begin, end];
  const at = (join: typeof c.begin) => {
    const shape = join && shapes.find((s) => s.id === join.shapeId);
    return shape && join ? siteDirection(shape, join.site) : undefined;
  };
  const from = at(c.begin);
  const to = at(c.end);
  if ((from === "right" || from === "left") && from === to) {
    const x = from === "right" ? Math.max(begin[0], end[0]) + 18 : Math.min(begin[0], end[0]) - 18;
    return [begin, [x, begin[1]], [x, end[1]], end];
  }
  if (from === "down" && to === "up") {
    const y = (begin[1] + end[1]) / 2;
    return [begin, [begin[0], y], [end[0], y], end];
  }
  return [begin, [end[0], begin[1]], end];
}

function arrow(points: readonly Point[]): string {
  const tip = points.at(-1);
  const before = points.at(-2);
  if (!tip || !before) return "";
  const angle = Math.atan2(tip[1] - before[1], tip[0] - before[0]);
  const side = (a: number): string => `${tip[0] - 8 * Math.cos(a)},${tip[1] - 8 * Math.sin(a)}`;
  return `M${side(angle - 0.4)}L${tip[0]},${tip[1]}L${side(angle + 0.4)}Z`;
}

function Box({ shape }: { readonly shape: ShapeModel }) {
  const { left: x, top: y, width: w, height: h } = shape;
  const rounded =
    shape.geometricShapeType === "FlowChartTerminator"
      ? h / 2
      : shape.geometricShapeType === "RoundRectangle"
        ? 8
        : 0;
  const size = shape.font.size;
  const lines = shape.text.split("\n").flatMap((l) => wrap(l, w - 10, size, 3));
  const centred = shape.textFrame.horizontalAlignment === "Center";
  const top =
    shape.textFrame.verticalAlignment === "Middle" ? y + h / 2 - (lines.length * size * 1.25) / 2 : y + 3;
  return (
    <g data-shape={shape.name}>
      <title>{shape.name}</title>
      {(shape.fill.type === "Solid" || shape.lineFormat.visible) && (
        <rect
          x={x}
          y={y}
          width={w}
          height={h}
          rx={rounded}
          fill={shape.fill.type === "Solid" ? shape.fill.foregroundColor : "none"}
          stroke={shape.lineFormat.visible ? shape.lineFormat.color : "none"}
          strokeWidth={shape.lineFormat.weight}
        />
      )}
      {lines.map((text, i) => (
        <text
          key={i}
          x={centred ? x + w / 2 : x + 5}
          y={top + (i + 1) * size * 1.25 - size * 0.25}
          fontSize={size}
          fontWeight={shape.font.bold ? 600 : 400}
          textAnchor={centred ? "middle" : "start"}
          fill={shape.font.color}
        >
          {text}
        </text>
      ))}
    </g>
  );
}

/**
 * The drawing layer of the active sheet (shapes and connectors, ExcelApi 1.9) as Excel would show it, in
 * points: what "Draw the map on a sheet" leaves there.
 */
export function ShapesView({
  shapes,
  s,
}: {
  readonly shapes: readonly ShapeModel[];
  readonly s: WorkbenchStrings;
}) {
  const visible = shapes.filter((x) => x.visible);
  const width = Math.max(...visible.map((x) => x.left + x.width), 100) + 40;
  const height = Math.max(...visible.map((x) => x.top + x.height), 50) + 20;
  return (
    <figure className="drawing" aria-label={s.drawing}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={s.drawing}>
        {visible
          .filter((x) => x.type === "Line")
          .map((line) => {
            const points = route(line, shapes);
            return (
              <g key={line.id} data-shape={line.name}>
                <polyline
                  points={points.map((p) => p.join(",")).join(" ")}
                  fill="none"
                  stroke={line.lineFormat.color}
                  strokeWidth={line.lineFormat.weight}
                />
                {line.connector?.endArrowheadStyle !== "None" && (
                  <path d={arrow(points)} fill={line.lineFormat.color} />
                )}
              </g>
            );
          })}
        {visible
          .filter((x) => x.type === "GeometricShape")
          .map((shape) => (
            <Box key={shape.id} shape={shape} />
          ))}
      </svg>
    </figure>
  );
}
