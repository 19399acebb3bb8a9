/**
 * The parts of a shape: its text frame and text (https://learn.microsoft.com/javascript/api/excel/excel.textframe,
 * https://learn.microsoft.com/javascript/api/excel/excel.textrange, https://learn.microsoft.com/javascript/api/excel/excel.shapefont),
 * fill (https://learn.microsoft.com/javascript/api/excel/excel.shapefill), outline
 * (https://learn.microsoft.com/javascript/api/excel/excel.shapelineformat) and, for a line, its ends
 * (https://learn.microsoft.com/javascript/api/excel/excel.line). All ExcelApi 1.9.
 */
import { ErrorCode, officeError } from "./errors";
import type { ShapeModel } from "./model/types";
import type { WorkbookModel } from "./model/workbook-model";
import { defineProps, normalizeColor } from "./range";
import { SimObject } from "./request-context";
import type { PropDef } from "./request-context";
import { connectionSiteCount, lineEnds } from "./shape-geometry";
// shapes.ts imports this file too: ShapeProxy is used only inside methods, after both have loaded.
import { ShapeProxy, type ShapeRef } from "./shapes";

abstract class ShapePart extends SimObject {
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _alive(ref: unknown): boolean {
    const r = ref as ShapeRef;
    return r.sheet.shapes.includes(r.shape) && this._model.sheets.includes(r.sheet);
  }
}

function oneOf(values: readonly string[], location: string, apply: (shape: ShapeModel, v: string) => void) {
  return (_s: SimObject, ref: unknown, v: unknown): void => {
    if (!values.includes(String(v))) throw officeError(ErrorCode.invalidArgument, location);
    apply((ref as ShapeRef).shape, String(v));
  };
}

function margin(key: "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin"): PropDef {
  return {
    get: (_s, ref) => (ref as ShapeRef).shape.textFrame[key],
    set: (_s, ref, v) => {
      if (typeof v !== "number" || v < 0) throw officeError(ErrorCode.invalidArgument, `TextFrame.${key}`);
      (ref as ShapeRef).shape.textFrame[key] = v;
    },
  };
}

/** A line holds no text: its text frame refuses what it would show (stricter than undocumented). */
function textShape(ref: unknown, location: string): ShapeModel {
  const shape = (ref as ShapeRef).shape;
  if (shape.type === "Line") throw officeError(ErrorCode.invalidOperation, location);
  return shape;
}

const H_ALIGN = ["Left", "Center", "Right", "Justify", "JustifyLow", "Distributed", "ThaiDistributed"];
const V_ALIGN = ["Top", "Middle", "Bottom", "Justified", "Distributed"];
const AUTO_SIZE = ["AutoSizeNone", "AutoSizeTextToFitShape", "AutoSizeShapeToFitText", "AutoSizeMixed"];

const TEXT_FRAME_PROPS: Record<string, PropDef> = {
  horizontalAlignment: {
    get: (_s, ref) => (ref as ShapeRef).shape.textFrame.horizontalAlignment,
    set: oneOf(
      H_ALIGN,
      "TextFrame.horizontalAlignment",
      (s, v) => void (s.textFrame.horizontalAlignment = v),
    ),
  },
  verticalAlignment: {
    get: (_s, ref) => (ref as ShapeRef).shape.textFrame.verticalAlignment,
    set: oneOf(V_ALIGN, "TextFrame.verticalAlignment", (s, v) => void (s.textFrame.verticalAlignment = v)),
  },
  autoSizeSetting: {
    get: (_s, ref) => (ref as ShapeRef).shape.textFrame.autoSizeSetting,
    set: oneOf(AUTO_SIZE, "TextFrame.autoSizeSetting", (s, v) => void (s.textFrame.autoSizeSetting = v)),
  },
  hasText: { readOnly: true, get: (_s, ref) => (ref as ShapeRef).shape.text !== "" },
  leftMargin: margin("leftMargin"),
  rightMargin: margin("rightMargin"),
  topMargin: margin("topMargin"),
  bottomMargin: margin("bottomMargin"),
};

export class TextFrameProxy extends ShapePart {
  override get _typeName(): string {
    return "TextFrame";
  }
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare autoSizeSetting: string;
  declare readonly hasText: boolean;
  override _props(): Record<string, PropDef> {
    return TEXT_FRAME_PROPS;
  }
  override _navNames(): string[] {
    return ["textRange"];
  }
  get textRange(): TextRangeProxy {
    return this._nav("textRange", (init) => new TextRangeProxy(this.context, init));
  }
  deleteText(): void {
    this._invoke("deleteText", [], (ref) => void (textShape(ref, "TextFrame.deleteText").text = ""));
  }
}
defineProps(TextFrameProxy, Object.keys(TEXT_FRAME_PROPS));

export class TextRangeProxy extends ShapePart {
  override get _typeName(): string {
    return "TextRange";
  }
  declare text: string;
  override _props(): Record<string, PropDef> {
    return {
      text: {
        get: (_s, ref) => (ref as ShapeRef).shape.text,
        set: (_s, ref, v) => {
          if (typeof v !== "string") throw officeError(ErrorCode.invalidArgument, "TextRange.text");
          textShape(ref, "TextRange.text").text = v;
        },
      },
    };
  }
  override _navNames(): string[] {
    return ["font"];
  }
  get font(): ShapeFontProxy {
    return this._nav("font", (init) => new ShapeFontProxy(this.context, init));
  }
}
defineProps(TextRangeProxy, ["text"]);

const FONT_PROPS: Record<string, PropDef> = {
  name: {
    get: (_s, ref) => (ref as ShapeRef).shape.font.name,
    set: (_s, ref, v) => void (textShape(ref, "ShapeFont.name").font.name = String(v)),
  },
  size: {
    get: (_s, ref) => (ref as ShapeRef).shape.font.size,
    set: (_s, ref, v) => {
      if (typeof v !== "number" || !(v >= 1 && v <= 409))
        throw officeError(ErrorCode.invalidArgument, "ShapeFont.size");
      textShape(ref, "ShapeFont.size").font.size = v;
    },
  },
  bold: {
    get: (_s, ref) => (ref as ShapeRef).shape.font.bold,
    set: (_s, ref, v) => void (textShape(ref, "ShapeFont.bold").font.bold = Boolean(v)),
  },
  italic: {
    get: (_s, ref) => (ref as ShapeRef).shape.font.italic,
    set: (_s, ref, v) => void (textShape(ref, "ShapeFont.italic").font.italic = Boolean(v)),
  },
  color: {
    get: (_s, ref) => (ref as ShapeRef).shape.font.color,
    set: (_s, ref, v) =>
      void (textShape(ref, "ShapeFont.color").font.color = normalizeColor(String(v), "ShapeFont.color")),
  },
};

export class ShapeFontProxy extends ShapePart {
  override get _typeName(): string {
    return "ShapeFont";
  }
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  override _props(): Record<string, PropDef> {
    return FONT_PROPS;
  }
}
defineProps(ShapeFontProxy, Object.keys(FONT_PROPS));

const FILL_PROPS: Record<string, PropDef> = {
  foregroundColor: {
    get: (_s, ref) => (ref as ShapeRef).shape.fill.foregroundColor,
    set: (_s, ref, v) => {
      const fill = (ref as ShapeRef).shape.fill;
      fill.foregroundColor = normalizeColor(String(v), "ShapeFill.foregroundColor");
      fill.type = "Solid";
    },
  },
  transparency: {
    get: (_s, ref) => (ref as ShapeRef).shape.fill.transparency,
    set: (_s, ref, v) => {
      if (typeof v !== "number" || v < 0 || v > 1)
        throw officeError(ErrorCode.invalidArgument, "ShapeFill.transparency");
      (ref as ShapeRef).shape.fill.transparency = v;
    },
  },
  type: { readOnly: true, get: (_s, ref) => (ref as ShapeRef).shape.fill.type },
};

export class ShapeFillProxy extends ShapePart {
  override get _typeName(): string {
    return "ShapeFill";
  }
  declare foregroundColor: string;
  declare transparency: number;
  declare readonly type: string;
  override _props(): Record<string, PropDef> {
    return FILL_PROPS;
  }
  clear(): void {
    this._invoke("clear", [], (ref) => {
      const fill = (ref as ShapeRef).shape.fill;
      fill.type = "NoFill";
      fill.foregroundColor = "";
    });
  }
  setSolidColor(color: string): void {
    this._invoke("setSolidColor", [color], (ref) => {
      const fill = (ref as ShapeRef).shape.fill;
      fill.foregroundColor = normalizeColor(String(color), "ShapeFill.setSolidColor");
      fill.type = "Solid";
    });
  }
}
defineProps(ShapeFillProxy, Object.keys(FILL_PROPS));

const DASH = [
  "Dash",
  "DashDot",
  "DashDotDot",
  "LongDash",
  "LongDashDot",
  "RoundDot",
  "Solid",
  "SquareDot",
  "LongDashDotDot",
  "SystemDash",
  "SystemDot",
  "SystemDashDot",
];

const LINE_FORMAT_PROPS: Record<string, PropDef> = {
  color: {
    get: (_s, ref) => (ref as ShapeRef).shape.lineFormat.color,
    set: (_s, ref, v) =>
      void ((ref as ShapeRef).shape.lineFormat.color = normalizeColor(String(v), "ShapeLineFormat.color")),
  },
  weight: {
    get: (_s, ref) => (ref as ShapeRef).shape.lineFormat.weight,
    set: (_s, ref, v) => {
      if (typeof v !== "number" || v < 0)
        throw officeError(ErrorCode.invalidArgument, "ShapeLineFormat.weight");
      (ref as ShapeRef).shape.lineFormat.weight = v;
    },
  },
  visible: {
    get: (_s, ref) => (ref as ShapeRef).shape.lineFormat.visible,
    set: (_s, ref, v) => void ((ref as ShapeRef).shape.lineFormat.visible = Boolean(v)),
  },
  dashStyle: {
    get: (_s, ref) => (ref as ShapeRef).shape.lineFormat.dashStyle,
    set: oneOf(DASH, "ShapeLineFormat.dashStyle", (s, v) => void (s.lineFormat.dashStyle = v)),
  },
  transparency: {
    get: (_s, ref) => (ref as ShapeRef).shape.lineFormat.transparency,
    set: (_s, ref, v) => {
      if (typeof v !== "number" || v < 0 || v > 1)
        throw officeError(ErrorCode.invalidArgument, "ShapeLineFormat.transparency");
      (ref as ShapeRef).shape.lineFormat.transparency = v;
    },
  },
};

export class ShapeLineFormatProxy extends ShapePart {
  override get _typeName(): string {
    return "ShapeLineFormat";
  }
  declare color: string;
  declare weight: number;
  declare visible: boolean;
  declare dashStyle: string;
  override _props(): Record<string, PropDef> {
    return LINE_FORMAT_PROPS;
  }
}
defineProps(ShapeLineFormatProxy, Object.keys(LINE_FORMAT_PROPS));

const ARROW_STYLES = ["None", "Triangle", "Stealth", "Diamond", "Oval", "Open"];
const ARROW_SIZES = { Length: ["Short", "Medium", "Long"], Width: ["Narrow", "Medium", "Wide"] };

type Connector = NonNullable<ShapeModel["connector"]>;

function connectorOf(ref: unknown): Connector {
  const c = (ref as ShapeRef).shape.connector;
  if (!c) throw officeError(ErrorCode.invalidOperation, "Shape.line");
  return c;
}

function arrowProp(end: "begin" | "end", part: "Style" | "Length" | "Width"): PropDef {
  const key = `${end}Arrowhead${part}` as keyof Connector & `${string}Arrowhead${string}`;
  const values = part === "Style" ? ARROW_STYLES : ARROW_SIZES[part];
  return {
    get: (_s, ref) => connectorOf(ref)[key],
    set: (_s, ref, v) => {
      if (!values.includes(String(v))) throw officeError(ErrorCode.invalidArgument, `Line.${key}`);
      connectorOf(ref)[key] = String(v);
    },
  };
}

const LINE_PROPS: Record<string, PropDef> = {
  id: { readOnly: true, get: (_s, ref) => (ref as ShapeRef).shape.id },
  connectorType: {
    get: (_s, ref) => connectorOf(ref).type,
    set: (_s, ref, v) => {
      if (!["Straight", "Elbow", "Curve"].includes(String(v)))
        throw officeError(ErrorCode.invalidArgument, "Line.connectorType");
      connectorOf(ref).type = String(v);
    },
  },
  beginArrowheadStyle: arrowProp("begin", "Style"),
  endArrowheadStyle: arrowProp("end", "Style"),
  beginArrowheadLength: arrowProp("begin", "Length"),
  endArrowheadLength: arrowProp("end", "Length"),
  beginArrowheadWidth: arrowProp("begin", "Width"),
  endArrowheadWidth: arrowProp("end", "Width"),
  isBeginConnected: { readOnly: true, get: (_s, ref) => connectorOf(ref).begin !== undefined },
  isEndConnected: { readOnly: true, get: (_s, ref) => connectorOf(ref).end !== undefined },
  // "Returns null when the beginning of the line is not attached to any shape."
  beginConnectedSite: { readOnly: true, get: (_s, ref) => connectorOf(ref).begin?.site ?? null },
  endConnectedSite: { readOnly: true, get: (_s, ref) => connectorOf(ref).end?.site ?? null },
};

export class LineProxy extends ShapePart {
  override get _typeName(): string {
    return "Line";
  }
  declare readonly id: string;
  declare connectorType: string;
  declare beginArrowheadStyle: string;
  declare endArrowheadStyle: string;
  declare readonly isBeginConnected: boolean;
  declare readonly isEndConnected: boolean;
  declare readonly beginConnectedSite: number | null;
  declare readonly endConnectedSite: number | null;
  override _props(): Record<string, PropDef> {
    return LINE_PROPS;
  }
  override _navNames(): string[] {
    return ["beginConnectedShape", "endConnectedShape"];
  }
  private _connected(end: "begin" | "end"): ShapeProxy {
    const name = `${end}ConnectedShape`;
    return this._nav(name, (init) => {
      const parent = init.resolve;
      return new ShapeProxy(this.context, {
        ...init,
        resolve: (p) => {
          const r = parent(p) as ShapeRef;
          const join = connectorOf(r)[end];
          const shape = join && r.sheet.shapes.find((s) => s.id === join.shapeId);
          // Not joined: nothing to return (stricter than the docs, which do not say).
          if (!shape) throw officeError(ErrorCode.itemNotFound, `Line.${name}`);
          return { sheet: r.sheet, shape };
        },
      });
    });
  }
  get beginConnectedShape(): ShapeProxy {
    return this._connected("begin");
  }
  get endConnectedShape(): ShapeProxy {
    return this._connected("end");
  }
  private _connect(end: "begin" | "end", shape: ShapeProxy, site: number): void {
    const name = end === "begin" ? "connectBeginShape" : "connectEndShape";
    this._invoke(name, ["shape", site], (ref) => {
      const r = ref as ShapeRef;
      const target = shape._requireRef(`Line.${name}`) as ShapeRef;
      // The shape must be on the line's sheet, not the line itself, and the site one it has.
      if (target.sheet !== r.sheet || target.shape === r.shape)
        throw officeError(ErrorCode.invalidArgument, `Line.${name}`);
      const count = connectionSiteCount(target.shape);
      if (!Number.isInteger(site) || site < 0 || site >= count)
        throw officeError(ErrorCode.invalidArgument, `Line.${name}`);
      connectorOf(r)[end] = { shapeId: target.shape.id, site };
      this._model.touch();
    });
  }
  /** https://learn.microsoft.com/javascript/api/excel/excel.line#excel-excel-line-connectbeginshape-member(1) */
  connectBeginShape(shape: ShapeProxy, connectionSite: number): void {
    this._connect("begin", shape, connectionSite);
  }
  /** https://learn.microsoft.com/javascript/api/excel/excel.line#excel-excel-line-connectendshape-member(1) */
  connectEndShape(shape: ShapeProxy, connectionSite: number): void {
    this._connect("end", shape, connectionSite);
  }
  private _disconnect(end: "begin" | "end"): void {
    const name = end === "begin" ? "disconnectBeginShape" : "disconnectEndShape";
    this._invoke(name, [], (ref) => {
      const r = ref as ShapeRef;
      const c = connectorOf(r);
      const ends = lineEnds(r.shape, r.sheet.shapes);
      if (end === "begin") {
        c.start = [ends.begin[0], ends.begin[1]];
        delete c.begin;
      } else {
        c.finish = [ends.end[0], ends.end[1]];
        delete c.end;
      }
    });
  }
  disconnectBeginShape(): void {
    this._disconnect("begin");
  }
  disconnectEndShape(): void {
    this._disconnect("end");
  }
}
defineProps(LineProxy, Object.keys(LINE_PROPS));
