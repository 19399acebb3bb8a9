/**
 * Shapes on a worksheet's drawing layer (ExcelApi 1.9): geometric shapes with text, and lines whose ends
 * join other shapes' connection sites.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-shapes
 * https://learn.microsoft.com/javascript/api/excel/excel.shapecollection
 * https://learn.microsoft.com/javascript/api/excel/excel.shape
 */
import { ErrorCode, officeError } from "./errors";
import type { ShapeModel, SheetModel } from "./model/types";
import type { WorkbookModel } from "./model/workbook-model";
import { defineProps } from "./range";
import { SimCollection, SimObject } from "./request-context";
import type { PropDef, ProxyInit } from "./request-context";
import { connectionSiteCount, GEOMETRIC_SHAPE_TYPES, lineBox, lineEnds } from "./shape-geometry";

export { GEOMETRIC_SHAPE_TYPES };
import { LineProxy, ShapeFillProxy, ShapeLineFormatProxy, TextFrameProxy } from "./shape-parts";

export interface ShapeRef {
  sheet: SheetModel;
  shape: ShapeModel;
}

/** Excel.ConnectorType (https://learn.microsoft.com/javascript/api/excel/excel.connectortype). */
export const CONNECTOR_TYPES = ["Straight", "Elbow", "Curve"];

/**
 * What a new shape looks like. The docs do not say; these are Office's default theme (accent 1 fill, its
 * darker outline, white 11 pt Calibri text) and a new line's 0.75 pt accent stroke (README: open-docs
 * choices). Code that cares sets what it needs.
 */
function newShape(id: string, name: string, type: ShapeModel["type"]): ShapeModel {
  return {
    id,
    name,
    type,
    left: 0,
    top: 0,
    width: 72,
    height: 72,
    visible: true,
    text: "",
    textFrame: {
      horizontalAlignment: "Left",
      verticalAlignment: "Top",
      autoSizeSetting: "AutoSizeNone",
      leftMargin: 7.2,
      rightMargin: 7.2,
      topMargin: 3.6,
      bottomMargin: 3.6,
    },
    font: { name: "Calibri", size: 11, bold: false, italic: false, color: "#FFFFFF" },
    fill:
      type === "Line"
        ? { type: "NoFill", foregroundColor: "", transparency: 0 }
        : { type: "Solid", foregroundColor: "#4472C4", transparency: 0 },
    lineFormat: {
      color: type === "Line" ? "#4472C4" : "#2F528F",
      weight: 0.75,
      visible: true,
      dashStyle: "Solid",
      transparency: 0,
    },
  };
}

/** Every id a shape of the workbook has, so a new one is unique across sheets as Excel's are. */
function nextShapeId(model: WorkbookModel): string {
  let n = 1;
  const taken = new Set(model.sheets.flatMap((s) => s.shapes.map((x) => x.id)));
  while (taken.has(`{shape-${n}}`)) n++;
  return `{shape-${n}}`;
}

/** "Rectangle 3", "Straight Connector 4": a generated name, numbered across the sheet's shapes. */
function nextShapeName(sheet: SheetModel, base: string): string {
  const names = new Set(sheet.shapes.map((s) => s.name));
  let n = sheet.shapes.length + 1;
  while (names.has(`${base} ${n}`)) n++;
  return `${base} ${n}`;
}

function point(v: unknown, location: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
    throw officeError(ErrorCode.invalidArgument, location);
  return v;
}

export class ShapeCollectionProxy extends SimCollection<ShapeProxy> {
  override get _typeName(): string {
    return "ShapeCollection";
  }
  get _model(): WorkbookModel {
    return this._host.model;
  }
  _enumerate(ref: unknown): unknown[] {
    const sheet = ref as SheetModel;
    return sheet.shapes.map((shape) => ({ sheet, shape }));
  }
  _makeItem(init: ProxyInit): ShapeProxy {
    return new ShapeProxy(this.context, init);
  }
  private _add(name: string, args: unknown[], make: (sheet: SheetModel) => ShapeModel): ShapeProxy {
    const created = this._child(
      (init) => new ShapeProxy(this.context, init),
      name,
      args,
      (p) => {
        const sheet = p as SheetModel;
        const shape = make(sheet);
        sheet.shapes.push(shape);
        this._model.touch();
        return { sheet, shape };
      },
      { stable: true },
    );
    this._invoke(name, args, () => created._ensureRef());
    return created;
  }
  /** https://learn.microsoft.com/javascript/api/excel/excel.shapecollection#excel-excel-shapecollection-addgeometricshape-member(1) */
  addGeometricShape(geometricShapeType: string): ShapeProxy {
    return this._add("addGeometricShape", [geometricShapeType], (sheet) => {
      if (!GEOMETRIC_SHAPE_TYPES.has(geometricShapeType))
        throw officeError(ErrorCode.invalidArgument, "ShapeCollection.addGeometricShape");
      const shape = newShape(
        nextShapeId(this._model),
        nextShapeName(sheet, geometricShapeType),
        "GeometricShape",
      );
      shape.geometricShapeType = geometricShapeType;
      return shape;
    });
  }
  /** https://learn.microsoft.com/javascript/api/excel/excel.shapecollection#excel-excel-shapecollection-addline-member(1) */
  addLine(
    startLeft: number,
    startTop: number,
    endLeft: number,
    endTop: number,
    connectorType = "Straight",
  ): ShapeProxy {
    return this._add("addLine", [startLeft, startTop, endLeft, endTop, connectorType], (sheet) => {
      const at = "ShapeCollection.addLine";
      const start: [number, number] = [point(startLeft, at), point(startTop, at)];
      const finish: [number, number] = [point(endLeft, at), point(endTop, at)];
      if (!CONNECTOR_TYPES.includes(connectorType)) throw officeError(ErrorCode.invalidArgument, at);
      const shape = newShape(
        nextShapeId(this._model),
        nextShapeName(sheet, `${connectorType} Connector`),
        "Line",
      );
      shape.connector = {
        type: connectorType,
        start,
        finish,
        beginArrowheadStyle: "None",
        endArrowheadStyle: "None",
        beginArrowheadLength: "Medium",
        endArrowheadLength: "Medium",
        beginArrowheadWidth: "Medium",
        endArrowheadWidth: "Medium",
      };
      Object.assign(shape, lineBox(shape, sheet.shapes));
      return shape;
    });
  }
  private _find(ref: unknown, key: string): ShapeRef | undefined {
    const sheet = ref as SheetModel;
    const shape = sheet.shapes.find((s) => s.name === key || s.id === key);
    return shape ? { sheet, shape } : undefined;
  }
  /** By name or id. */
  getItem(key: string): ShapeProxy {
    return this._child(
      (init) => new ShapeProxy(this.context, init),
      "getItem",
      [key],
      (p) => {
        const hit = this._find(p, key);
        if (!hit) throw officeError(ErrorCode.itemNotFound, "ShapeCollection.getItem");
        return hit;
      },
    );
  }
  /** ExcelApi 1.14. */
  getItemOrNullObject(key: string): ShapeProxy {
    return this._child(
      (init) => new ShapeProxy(this.context, init),
      "getItemOrNullObject",
      [key],
      (p) => this._find(p, key) ?? null,
      { nullable: true, member: "ShapeCollection.getItemOrNullObject" },
    );
  }
  getItemAt(index: number): ShapeProxy {
    return this._child(
      (init) => new ShapeProxy(this.context, init),
      "getItemAt",
      [index],
      (p) => {
        const sheet = p as SheetModel;
        const shape = sheet.shapes[index];
        if (!shape) throw officeError(ErrorCode.invalidArgument, "ShapeCollection.getItemAt");
        return { sheet, shape };
      },
    );
  }
}

function geometryProp(key: "left" | "top" | "width" | "height"): PropDef<ShapeProxy> {
  const location = `Shape.${key}`;
  return {
    get: (_s, ref) => {
      const r = ref as ShapeRef;
      return r.shape.type === "Line" ? lineBox(r.shape, r.sheet.shapes)[key] : r.shape[key];
    },
    set: (_s, ref, v) => {
      const r = ref as ShapeRef;
      // "Throws an InvalidArgument exception when set with a negative value" (left, top), "or zero" (width, height).
      if (
        typeof v !== "number" ||
        !Number.isFinite(v) ||
        v < 0 ||
        ((key === "width" || key === "height") && v === 0)
      )
        throw officeError(ErrorCode.invalidArgument, location);
      // A line is moved by its ends; the simulation sets it only through addLine and its joins.
      if (r.shape.type === "Line") throw officeError(ErrorCode.invalidOperation, location);
      r.shape[key] = v;
    },
  };
}

const SHAPE_PROPS: Record<string, PropDef<ShapeProxy>> = {
  id: { readOnly: true, get: (_s, ref) => (ref as ShapeRef).shape.id },
  name: {
    get: (_s, ref) => (ref as ShapeRef).shape.name,
    set: (_s, ref, v) => {
      if (typeof v !== "string" || v === "") throw officeError(ErrorCode.invalidArgument, "Shape.name");
      (ref as ShapeRef).shape.name = v;
    },
  },
  type: { readOnly: true, get: (_s, ref) => (ref as ShapeRef).shape.type },
  geometricShapeType: {
    get: (_s, ref) => (ref as ShapeRef).shape.geometricShapeType ?? null,
    set: (_s, ref, v) => {
      const r = ref as ShapeRef;
      if (r.shape.type !== "GeometricShape" || !GEOMETRIC_SHAPE_TYPES.has(String(v)))
        throw officeError(ErrorCode.invalidArgument, "Shape.geometricShapeType");
      r.shape.geometricShapeType = String(v);
    },
  },
  left: geometryProp("left"),
  top: geometryProp("top"),
  width: geometryProp("width"),
  height: geometryProp("height"),
  visible: {
    get: (_s, ref) => (ref as ShapeRef).shape.visible,
    set: (_s, ref, v) => void ((ref as ShapeRef).shape.visible = Boolean(v)),
  },
  connectionSiteCount: { readOnly: true, get: (_s, ref) => connectionSiteCount((ref as ShapeRef).shape) },
  zOrderPosition: {
    readOnly: true,
    get: (_s, ref) => (ref as ShapeRef).sheet.shapes.indexOf((ref as ShapeRef).shape),
  },
};

export class ShapeProxy extends SimObject {
  override get _typeName(): string {
    return "Shape";
  }
  declare readonly id: string;
  declare name: string;
  declare readonly type: string;
  declare geometricShapeType: string;
  declare left: number;
  declare top: number;
  declare width: number;
  declare height: number;
  declare visible: boolean;
  declare readonly connectionSiteCount: number;
  declare readonly zOrderPosition: number;
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _props(): Record<string, PropDef> {
    return SHAPE_PROPS as Record<string, PropDef>;
  }
  override _navNames(): string[] {
    return ["textFrame", "fill", "lineFormat", "line"];
  }
  override _alive(ref: unknown): boolean {
    const r = ref as ShapeRef;
    return r.sheet.shapes.includes(r.shape) && this._model.sheets.includes(r.sheet);
  }
  override _stableAfterLoad(): boolean {
    return true;
  }
  get textFrame(): TextFrameProxy {
    return this._nav("textFrame", (init) => new TextFrameProxy(this.context, init));
  }
  get fill(): ShapeFillProxy {
    return this._nav("fill", (init) => new ShapeFillProxy(this.context, init));
  }
  get lineFormat(): ShapeLineFormatProxy {
    return this._nav("lineFormat", (init) => new ShapeLineFormatProxy(this.context, init));
  }
  /** "An error will be thrown if the shape type is not Line." */
  get line(): LineProxy {
    return this._nav("line", (init) => {
      const parent = init.resolve;
      return new LineProxy(this.context, {
        ...init,
        resolve: (p) => {
          const r = parent(p) as ShapeRef;
          if (r.shape.type !== "Line") throw officeError(ErrorCode.invalidOperation, "Shape.line");
          return r;
        },
      });
    });
  }
  /** Removes the shape; lines joined to it come loose where they were (Excel keeps a connector when its shape goes). */
  delete(): void {
    this._invoke("delete", [], (ref) => {
      const r = ref as ShapeRef;
      for (const other of r.sheet.shapes) {
        const c = other.connector;
        if (!c) continue;
        const { begin, end } = lineEnds(other, r.sheet.shapes);
        if (c.begin?.shapeId === r.shape.id) {
          c.start = [begin[0], begin[1]];
          delete c.begin;
        }
        if (c.end?.shapeId === r.shape.id) {
          c.finish = [end[0], end[1]];
          delete c.end;
        }
      }
      r.sheet.shapes = r.sheet.shapes.filter((s) => s !== r.shape);
      this._model.touch();
    });
  }
}
defineProps(ShapeProxy, Object.keys(SHAPE_PROPS));
defineProps(ShapeCollectionProxy, []);
