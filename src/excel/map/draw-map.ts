import type { ProcessDefinition } from "../../core/definition/types";
import type { ProcsheetError, Result } from "../../core/result";
import type { ProcessBinding } from "../../workbook/binding";
import { uniqueName } from "../../workbook/grid/unique-name";
import { MAP_SHAPE_PREFIX, mapShapes, mapSheetName, type BoxShape } from "../../workbook/map/map-shapes";
import type { MapReport } from "../api-types";
import { runExcel } from "../excel-run";
import { loadWorkbook } from "../store/process-store";

const INK = "#1F2937";
const OUTLINE = "#5B6B7A";

function queueBox(shapes: Excel.ShapeCollection, b: BoxShape): Excel.Shape {
  const shape = shapes.addGeometricShape(b.kind === "end" ? "FlowChartTerminator" : "Rectangle");
  shape.name = b.name;
  shape.left = b.left;
  shape.top = b.top;
  shape.width = b.width;
  shape.height = b.height;
  const frame = shape.textFrame;
  frame.textRange.text = b.text;
  frame.textRange.font.size = b.size;
  frame.textRange.font.color = b.kind === "text" ? "#374151" : INK;
  if (b.bold) frame.textRange.font.bold = true;
  frame.horizontalAlignment = b.kind === "end" ? "Center" : "Left";
  frame.verticalAlignment = b.kind === "text" ? "Top" : "Middle";
  if (b.kind === "text") {
    shape.fill.clear();
    shape.lineFormat.visible = false;
  } else {
    shape.fill.setSolidColor(b.kind === "end" ? "#E7ECF2" : "#FFFFFF");
    shape.lineFormat.color = OUTLINE;
    shape.lineFormat.weight = 1;
  }
  return shape;
}

/** `redraw`: only where a map was drawn before (a save redraws it in place; it never adds a sheet). */
export interface DrawOptions {
  readonly redraw?: boolean;
  /** The definition the map was drawn from, to find its sheet if the process's name changed since. */
  readonly previous?: ProcessDefinition;
}

/**
 * Draws the map of `binding`'s process on its own sheet, in the register's language, inside the caller's
 * Excel.run: Procsheet's earlier shapes there are removed (shapes people added stay), then a box per step
 * and the end, a connector per arrow joined to the boxes, and each condition as a label. Needs ExcelApi 1.9.
 */
export async function queueMap(
  context: Excel.RequestContext,
  binding: ProcessBinding,
  options: DrawOptions = {},
): Promise<MapReport | undefined> {
  const plan = mapShapes(binding.definition, binding.lang, binding.version);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name));
  const before = options.previous ? mapSheetName(options.previous, binding.lang) : plan.sheetName;
  const found =
    sheets.items.find((s) => s.name === before) ?? sheets.items.find((s) => s.name === plan.sheetName);
  if (!found && options.redraw) return undefined;
  let sheet: Excel.Worksheet;
  let sheetName = plan.sheetName;
  if (found) {
    sheet = found;
    if (found.name !== plan.sheetName && !taken.has(plan.sheetName)) sheet.name = plan.sheetName;
    else sheetName = found.name;
  } else {
    sheetName = uniqueName(plan.sheetName, taken);
    sheet = context.workbook.worksheets.add(sheetName);
  }
  const shapes = sheet.shapes;
  const existing = found ? shapes.load("items/name") : undefined;
  if (existing) await context.sync();
  for (const s of existing?.items ?? []) if (s.name.startsWith(MAP_SHAPE_PREFIX)) s.delete();

  const byName = new Map(plan.boxes.map((b) => [b.name, queueBox(shapes, b)]));
  for (const a of plan.arrows) {
    const from = byName.get(a.from);
    const to = byName.get(a.to);
    if (!from || !to) continue;
    const line = shapes.addLine(a.start[0], a.start[1], a.end[0], a.end[1], a.connector);
    line.name = a.name;
    line.line.connectBeginShape(from, a.fromSite);
    line.line.connectEndShape(to, a.toSite);
    line.line.endArrowheadStyle = "Triangle";
    line.lineFormat.color = OUTLINE;
    line.lineFormat.weight = 1.25;
  }
  if (!options.redraw) sheet.activate();
  try {
    await context.sync();
  } catch (e) {
    // A batch is not atomic (docs/office-notes.md): the sheet added for the map is taken away again, so
    // a map that could not be drawn leaves no empty sheet behind.
    if (!found) {
      context.workbook.worksheets.getItem(sheetName).delete();
      await context.sync();
    }
    throw e;
  }
  const steps = plan.boxes.filter((b) => b.kind !== "text").length;
  return { sheetName, boxes: steps, arrows: plan.arrows.length };
}

/** "Draw the map on a sheet": the workbook's copy of the process (a co-author may have saved since). */
export async function drawMap(binding: ProcessBinding): Promise<Result<MapReport, ProcsheetError>> {
  return runExcel(async (context) => {
    const stored = (await loadWorkbook(context)).processes.find((p) => p.id === binding.id) ?? binding;
    const report = await queueMap(context, stored);
    if (!report) throw new Error("a map that is not a redraw is always drawn");
    return report;
  });
}
