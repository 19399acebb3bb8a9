/**
 * Where shapes and the lines joined to them are, in points from the sheet's top-left corner.
 *
 * Connection sites are not listed in the JavaScript API docs
 * (https://learn.microsoft.com/javascript/api/excel/excel.line#excel-excel-line-connectbeginshape-member(1)
 * says only "between 0 (inclusive) and the connection-site count of the specified shape (exclusive)").
 * The simulation takes them from the preset shapes of Office Open XML (ECMA-376 Part 1, 20.1.9.18
 * presetShapeDefinitions, each shape's `cxnLst`): a rectangle and its kin have four, in the order top,
 * left, bottom, right; an ellipse eight, from the top going anticlockwise. Other shapes get the
 * rectangle's four (README: open-docs choices).
 */
import type { ShapeModel } from "./model/types";

/** Excel.GeometricShapeType's values (ExcelApi 1.9); anything else is refused. */
export const GEOMETRIC_SHAPE_TYPES = new Set(
  "LineInverse Triangle RightTriangle Rectangle Diamond Parallelogram Trapezoid NonIsoscelesTrapezoid Pentagon Hexagon Heptagon Octagon Decagon Dodecagon Star4 Star5 Star6 Star7 Star8 Star10 Star12 Star16 Star24 Star32 RoundRectangle Round1Rectangle Round2SameRectangle Round2DiagonalRectangle SnipRoundRectangle Snip1Rectangle Snip2SameRectangle Snip2DiagonalRectangle Plaque Ellipse Teardrop HomePlate Chevron PieWedge Pie BlockArc Donut NoSmoking RightArrow LeftArrow UpArrow DownArrow StripedRightArrow NotchedRightArrow BentUpArrow LeftRightArrow UpDownArrow LeftUpArrow LeftRightUpArrow QuadArrow LeftArrowCallout RightArrowCallout UpArrowCallout DownArrowCallout LeftRightArrowCallout UpDownArrowCallout QuadArrowCallout BentArrow UturnArrow CircularArrow LeftCircularArrow LeftRightCircularArrow CurvedRightArrow CurvedLeftArrow CurvedUpArrow CurvedDownArrow SwooshArrow Cube Can LightningBolt Heart Sun Moon SmileyFace IrregularSeal1 IrregularSeal2 FoldedCorner Bevel Frame HalfFrame Corner DiagonalStripe Chord Arc LeftBracket RightBracket LeftBrace RightBrace BracketPair BracePair Callout1 Callout2 Callout3 AccentCallout1 AccentCallout2 AccentCallout3 BorderCallout1 BorderCallout2 BorderCallout3 AccentBorderCallout1 AccentBorderCallout2 AccentBorderCallout3 WedgeRectCallout WedgeRRectCallout WedgeEllipseCallout CloudCallout Cloud Ribbon Ribbon2 EllipseRibbon EllipseRibbon2 LeftRightRibbon VerticalScroll HorizontalScroll Wave DoubleWave Plus FlowChartProcess FlowChartDecision FlowChartInputOutput FlowChartPredefinedProcess FlowChartInternalStorage FlowChartDocument FlowChartMultidocument FlowChartTerminator FlowChartPreparation FlowChartManualInput FlowChartManualOperation FlowChartConnector FlowChartPunchedCard FlowChartPunchedTape FlowChartSummingJunction FlowChartOr FlowChartCollate FlowChartSort FlowChartExtract FlowChartMerge FlowChartOfflineStorage FlowChartOnlineStorage FlowChartMagneticTape FlowChartMagneticDisk FlowChartMagneticDrum FlowChartDisplay FlowChartDelay FlowChartAlternateProcess FlowChartOffpageConnector ActionButtonBlank ActionButtonHome ActionButtonHelp ActionButtonInformation ActionButtonForwardNext ActionButtonBackPrevious ActionButtonEnd ActionButtonBeginning ActionButtonReturn ActionButtonDocument ActionButtonSound ActionButtonMovie Gear6 Gear9 Funnel MathPlus MathMinus MathMultiply MathDivide MathEqual MathNotEqual CornerTabs SquareTabs PlaqueTabs ChartX ChartStar ChartPlus".split(
    " ",
  ),
);

export type Point = readonly [number, number];

const EIGHT = new Set(["Ellipse", "FlowChartConnector", "Donut", "NoSmoking"]);

/** How many connection sites a geometric shape has. */
export function connectionSiteCount(shape: ShapeModel): number {
  if (shape.type !== "GeometricShape") return 0;
  return EIGHT.has(shape.geometricShapeType ?? "") ? 8 : 4;
}

/** A connection site's position. */
export function sitePoint(shape: ShapeModel, site: number): Point {
  const { left: x, top: y, width: w, height: h } = shape;
  const cx = x + w / 2;
  const cy = y + h / 2;
  if (connectionSiteCount(shape) === 8) {
    // From the top, anticlockwise, every 45 degrees on the ellipse.
    const angle = -Math.PI / 2 - (site * Math.PI) / 4;
    return [cx + (w / 2) * Math.cos(angle), cy + (h / 2) * Math.sin(angle)];
  }
  const four: readonly Point[] = [
    [cx, y],
    [x, cy],
    [cx, y + h],
    [x + w, cy],
  ];
  return four[site] ?? [cx, cy];
}

/** Which way a site faces: the direction a connector leaves it in. */
export function siteDirection(shape: ShapeModel, site: number): "up" | "left" | "down" | "right" {
  const [px, py] = sitePoint(shape, site);
  const dx = px - (shape.left + shape.width / 2);
  const dy = py - (shape.top + shape.height / 2);
  if (Math.abs(dy) * shape.width >= Math.abs(dx) * shape.height) return dy < 0 ? "up" : "down";
  return dx < 0 ? "left" : "right";
}

/** A line's two ends: at the sites it is joined to (Excel moves a connector with its shapes), else as drawn. */
export function lineEnds(line: ShapeModel, shapes: readonly ShapeModel[]): { begin: Point; end: Point } {
  const c = line.connector;
  if (!c) return { begin: [line.left, line.top], end: [line.left + line.width, line.top + line.height] };
  const at = (join: { shapeId: string; site: number } | undefined, loose: Point): Point => {
    const shape = join && shapes.find((s) => s.id === join.shapeId);
    return shape && join ? sitePoint(shape, join.site) : loose;
  };
  return { begin: at(c.begin, c.start), end: at(c.end, c.finish) };
}

/** A line's bounding box from its ends (what Shape.left/top/width/height give for a line). */
export function lineBox(
  line: ShapeModel,
  shapes: readonly ShapeModel[],
): Pick<ShapeModel, "left" | "top" | "width" | "height"> {
  const { begin, end } = lineEnds(line, shapes);
  return {
    left: Math.min(begin[0], end[0]),
    top: Math.min(begin[1], end[1]),
    width: Math.abs(end[0] - begin[0]),
    height: Math.abs(end[1] - begin[1]),
  };
}
