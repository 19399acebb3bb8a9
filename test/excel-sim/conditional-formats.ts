/**
 * Conditional formats (ExcelApi 1.6): add / read back / clearAll, and per-cell evaluation for the
 * workbench grid.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat
 * Custom formulas are written for the top-left cell of the range and apply relatively to the others.
 */
import { formatAddress, rectCells } from "./address";
import { ErrorCode, officeError, SimulationLimitError } from "./errors";
import { translateFormula } from "./formula-refs";
import type { CfFormat, ConditionalFormatModel, SheetModel } from "./model/types";
import type { RangeRef, WorkbookModel } from "./model/workbook-model";
import { defineProps, makeRangeRef, normalizeColor, RangeProxy } from "./range";
import { SimCollection, SimObject } from "./request-context";
import type { PropDef, ProxyInit } from "./request-context";

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

const TYPES: Record<string, ConditionalFormatModel["type"]> = {
  custom: "Custom",
  databar: "DataBar",
  colorscale: "ColorScale",
  iconset: "IconSet",
  topbottom: "TopBottom",
  presetcriteria: "PresetCriteria",
  containstext: "ContainsText",
  cellvalue: "CellValue",
};

export class ConditionalFormatCollectionProxy extends SimCollection<ConditionalFormatProxy> {
  override get _typeName(): string {
    return "ConditionalFormatCollection";
  }
  get _model(): WorkbookModel {
    return this._host.model;
  }
  private _sheetOf(ref: unknown): SheetModel {
    const s = this._model.sheetById((ref as RangeRef).sheetId);
    if (!s) throw officeError(ErrorCode.itemNotFound, "ConditionalFormatCollection");
    return s;
  }
  /** Items are the formats intersecting the range, in priority order. */
  _enumerate(ref: unknown): unknown[] {
    const rr = ref as RangeRef;
    const sheet = this._sheetOf(ref);
    return sheet.conditionalFormats
      .filter(
        (cf) =>
          cf.rect.top <= rr.rect.bottom &&
          cf.rect.bottom >= rr.rect.top &&
          cf.rect.left <= rr.rect.right &&
          cf.rect.right >= rr.rect.left,
      )
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({ sheet, cf }));
  }
  _makeItem(init: ProxyInit): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, init);
  }
  add(type: string): ConditionalFormatProxy {
    const created = this._child(
      (init) => new ConditionalFormatProxy(this.context, init),
      "add",
      [type],
      (p) => {
        const t = TYPES[String(type).toLowerCase()];
        if (!t) throw officeError(ErrorCode.invalidArgument, "ConditionalFormatCollection.add");
        const sheet = this._sheetOf(p);
        this._model.assertEditable(sheet, "ConditionalFormatCollection.add");
        const cf = this._model.addConditionalFormat(sheet, (p as RangeRef).rect, t);
        return { sheet, cf };
      },
      { stable: true },
    );
    this._invoke("add", [type], () => created._ensureRef());
    return created;
  }
  getItem(id: string): ConditionalFormatProxy {
    return this._child(
      (init) => new ConditionalFormatProxy(this.context, init),
      "getItem",
      [id],
      (p) => {
        const hit = (this._enumerate(p) as CfRef[]).find((x) => x.cf.id === id);
        if (!hit) throw officeError(ErrorCode.itemNotFound, "ConditionalFormatCollection.getItem");
        return hit;
      },
    );
  }
  getItemAt(index: number): ConditionalFormatProxy {
    return this._child(
      (init) => new ConditionalFormatProxy(this.context, init),
      "getItemAt",
      [index],
      (p) => {
        const hit = (this._enumerate(p) as CfRef[])[index];
        if (!hit) throw officeError(ErrorCode.invalidArgument, "ConditionalFormatCollection.getItemAt");
        return hit;
      },
    );
  }
  /** Removes the conditional formats on the range (areas that only partly overlap are trimmed). */
  clearAll(): void {
    this._invoke("clearAll", [], (ref) => {
      const sheet = this._sheetOf(ref);
      sheet.conditionalFormats = this._model.trimRects(
        sheet.conditionalFormats,
        (ref as RangeRef).rect,
        "ConditionalFormatCollection.clearAll",
      );
    });
  }
}

abstract class CfPart extends SimObject {
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _alive(ref: unknown): boolean {
    const r = ref as CfRef;
    return r.sheet.conditionalFormats.includes(r.cf) && this._model.sheets.includes(r.sheet);
  }
  _typed<T extends SimObject>(
    name: string,
    type: ConditionalFormatModel["type"],
    make: (init: ProxyInit) => T,
  ): T {
    return this._nav(name, (init) =>
      make({
        ...init,
        resolve: (p) => {
          const r = p as CfRef;
          // Reading the sub-object of another type fails (e.g. .custom on a CellValue format).
          if (r.cf.type !== type) throw officeError(ErrorCode.invalidOperation, `ConditionalFormat.${name}`);
          return r;
        },
      }),
    );
  }
}

const CF_PROPS: Record<string, PropDef<ConditionalFormatProxy>> = {
  id: { readOnly: true, get: (_s, ref) => (ref as CfRef).cf.id },
  type: { readOnly: true, get: (_s, ref) => (ref as CfRef).cf.type },
  priority: {
    get: (_s, ref) => (ref as CfRef).cf.priority,
    set: (_s, ref, v) => {
      const r = ref as CfRef;
      if (typeof v !== "number" || v < 0)
        throw officeError(ErrorCode.invalidArgument, "ConditionalFormat.priority");
      const list = [...r.sheet.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .filter((x) => x !== r.cf);
      list.splice(Math.min(v, list.length), 0, r.cf);
      list.forEach((x, i) => (x.priority = i));
    },
  },
  stopIfTrue: {
    get: (_s, ref) => (ref as CfRef).cf.stopIfTrue,
    set: (_s, ref, v) => {
      (ref as CfRef).cf.stopIfTrue = Boolean(v);
    },
  },
};

export class ConditionalFormatProxy extends CfPart {
  override get _typeName(): string {
    return "ConditionalFormat";
  }
  declare readonly id: string;
  declare readonly type: string;
  declare priority: number;
  declare stopIfTrue: boolean;
  override _props(): Record<string, PropDef> {
    return CF_PROPS as Record<string, PropDef>;
  }
  override _navNames(): string[] {
    return ["cellValue", "textComparison", "custom", "dataBar", "iconSet", "preset"];
  }
  override _stableAfterLoad(): boolean {
    return true;
  }
  get cellValue(): RuleWithFormatProxy {
    return this._typed(
      "cellValue",
      "CellValue",
      (init) => new RuleWithFormatProxy(this.context, init, "cellValue"),
    );
  }
  get textComparison(): RuleWithFormatProxy {
    return this._typed(
      "textComparison",
      "ContainsText",
      (init) => new RuleWithFormatProxy(this.context, init, "textComparison"),
    );
  }
  get custom(): CustomCfProxy {
    return this._typed("custom", "Custom", (init) => new CustomCfProxy(this.context, init));
  }
  get preset(): RuleWithFormatProxy {
    return this._typed(
      "preset",
      "PresetCriteria",
      (init) => new RuleWithFormatProxy(this.context, init, "preset"),
    );
  }
  get dataBar(): DataBarProxy {
    return this._typed("dataBar", "DataBar", (init) => new DataBarProxy(this.context, init));
  }
  get iconSet(): IconSetProxy {
    return this._typed("iconSet", "IconSet", (init) => new IconSetProxy(this.context, init));
  }
  getRange(): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      "getRange",
      [],
      (p) => makeRangeRef(this._model, (p as CfRef).sheet.id, (p as CfRef).cf.rect),
    );
  }
  delete(): void {
    this._invoke("delete", [], (ref) => {
      const r = ref as CfRef;
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((x) => x !== r.cf);
    });
  }
}
defineProps(ConditionalFormatProxy, Object.keys(CF_PROPS));

const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];
const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];
const PRESETS = [
  "Blanks",
  "NonBlanks",
  "Errors",
  "NonErrors",
  "Yesterday",
  "Today",
  "Tomorrow",
  "LastSevenDays",
  "LastWeek",
  "ThisWeek",
  "NextWeek",
  "LastMonth",
  "ThisMonth",
  "NextMonth",
  "AboveAverage",
  "BelowAverage",
  "EqualOrAboveAverage",
  "EqualOrBelowAverage",
  "OneStdDevAboveAverage",
  "OneStdDevBelowAverage",
  "TwoStdDevAboveAverage",
  "TwoStdDevBelowAverage",
  "ThreeStdDevAboveAverage",
  "ThreeStdDevBelowAverage",
  "UniqueValues",
  "DuplicateValues",
];

/** cellValue / textComparison / preset: a `rule` object plus a `format`. */
export class RuleWithFormatProxy extends CfPart {
  private readonly kind: "cellValue" | "textComparison" | "preset";
  constructor(
    context: ConstructorParameters<typeof SimObject>[0],
    init: ProxyInit,
    kind: "cellValue" | "textComparison" | "preset",
  ) {
    super(context, init);
    this.kind = kind;
  }
  override get _typeName(): string {
    return this.kind === "cellValue"
      ? "CellValueConditionalFormat"
      : this.kind === "textComparison"
        ? "TextConditionalFormat"
        : "PresetCriteriaConditionalFormat";
  }
  declare rule: Record<string, unknown>;
  override _props(): Record<string, PropDef> {
    const loc = `${this._typeName}.rule`;
    return {
      rule: {
        get: (_s, ref) => {
          const r = (ref as CfRef).cf.rule;
          if (this.kind === "cellValue")
            return r.operator === undefined
              ? null
              : {
                  formula1: r.formula1,
                  ...(r.formula2 !== undefined ? { formula2: r.formula2 } : {}),
                  operator: r.operator,
                };
          if (this.kind === "textComparison")
            return r.operator === undefined ? null : { operator: r.operator, text: r.text };
          return r.criterion === undefined ? null : { criterion: r.criterion };
        },
        set: (_s, ref, v) => {
          const cf = (ref as CfRef).cf;
          const o = (v ?? {}) as Record<string, unknown>;
          if (this.kind === "cellValue") {
            if (!CELL_VALUE_OPERATORS.includes(String(o["operator"])) || o["formula1"] === undefined)
              throw officeError(ErrorCode.invalidArgument, loc);
            const two = o["operator"] === "Between" || o["operator"] === "NotBetween";
            if (two && o["formula2"] === undefined) throw officeError(ErrorCode.invalidArgument, loc);
            cf.rule = { operator: String(o["operator"]), formula1: String(o["formula1"]) };
            if (two) cf.rule.formula2 = String(o["formula2"]);
          } else if (this.kind === "textComparison") {
            if (!TEXT_OPERATORS.includes(String(o["operator"])) || typeof o["text"] !== "string")
              throw officeError(ErrorCode.invalidArgument, loc);
            cf.rule = { operator: String(o["operator"]), text: o["text"] };
          } else {
            if (!PRESETS.includes(String(o["criterion"]))) throw officeError(ErrorCode.invalidArgument, loc);
            cf.rule = { criterion: String(o["criterion"]) };
          }
        },
      },
    };
  }
  override _navNames(): string[] {
    return ["format"];
  }
  get format(): CfRangeFormatProxy {
    return this._nav("format", (init) => new CfRangeFormatProxy(this.context, init));
  }
}
defineProps(RuleWithFormatProxy, ["rule"]);

export class CustomCfProxy extends CfPart {
  override get _typeName(): string {
    return "CustomConditionalFormat";
  }
  override _navNames(): string[] {
    return ["rule", "format"];
  }
  get rule(): CfFormulaRuleProxy {
    return this._nav("rule", (init) => new CfFormulaRuleProxy(this.context, init));
  }
  get format(): CfRangeFormatProxy {
    return this._nav("format", (init) => new CfRangeFormatProxy(this.context, init));
  }
}

/** ConditionalFormatRule.formula: must be a formula ("=..."), validated like a cell formula. */
export class CfFormulaRuleProxy extends CfPart {
  override get _typeName(): string {
    return "ConditionalFormatRule";
  }
  declare formula: string;
  override _props(): Record<string, PropDef> {
    return {
      formula: {
        get: (_s, ref) => (ref as CfRef).cf.rule.formula ?? "",
        set: (_s, ref, v) => {
          if (typeof v !== "string" || !v.startsWith("=") || !this._model.engine.isValidFormula(v))
            throw officeError(ErrorCode.invalidArgument, "ConditionalFormatRule.formula");
          (ref as CfRef).cf.rule.formula = v;
        },
      },
    };
  }
}
defineProps(CfFormulaRuleProxy, ["formula"]);

export class CfRangeFormatProxy extends CfPart {
  override get _typeName(): string {
    return "ConditionalRangeFormat";
  }
  override _navNames(): string[] {
    return ["fill", "font"];
  }
  get fill(): CfFillProxy {
    return this._nav("fill", (init) => new CfFillProxy(this.context, init));
  }
  get font(): CfFontProxy {
    return this._nav("font", (init) => new CfFontProxy(this.context, init));
  }
}

function cfFormatProp(key: keyof CfFormat, location: string, color: boolean): PropDef {
  return {
    get: (_s, ref) => (ref as CfRef).cf.format[key] ?? null,
    set: (_s, ref, v) => {
      const f = (ref as CfRef).cf.format;
      if (v === null || v === "") delete f[key];
      else if (color) (f as Record<string, unknown>)[key] = normalizeColor(String(v), location);
      else (f as Record<string, unknown>)[key] = Boolean(v);
    },
  };
}

export class CfFillProxy extends CfPart {
  override get _typeName(): string {
    return "ConditionalRangeFill";
  }
  declare color: string;
  override _props(): Record<string, PropDef> {
    return { color: cfFormatProp("fill", "ConditionalRangeFill.color", true) };
  }
  clear(): void {
    this._invoke("clear", [], (ref) => {
      delete (ref as CfRef).cf.format.fill;
    });
  }
}
defineProps(CfFillProxy, ["color"]);

export class CfFontProxy extends CfPart {
  override get _typeName(): string {
    return "ConditionalRangeFont";
  }
  declare color: string;
  declare bold: boolean;
  declare italic: boolean;
  override _props(): Record<string, PropDef> {
    return {
      color: cfFormatProp("fontColor", "ConditionalRangeFont.color", true),
      bold: cfFormatProp("bold", "ConditionalRangeFont.bold", false),
      italic: cfFormatProp("italic", "ConditionalRangeFont.italic", false),
    };
  }
}
defineProps(CfFontProxy, ["color", "bold", "italic"]);

export class DataBarProxy extends CfPart {
  override get _typeName(): string {
    return "DataBarConditionalFormat";
  }
  override _navNames(): string[] {
    return ["positiveFormat"];
  }
  get positiveFormat(): DataBarPositiveProxy {
    return this._nav("positiveFormat", (init) => new DataBarPositiveProxy(this.context, init));
  }
}

export class DataBarPositiveProxy extends CfPart {
  override get _typeName(): string {
    return "ConditionalDataBarPositiveFormat";
  }
  declare fillColor: string;
  override _props(): Record<string, PropDef> {
    return {
      fillColor: {
        get: (_s, ref) => (ref as CfRef).cf.rule.barColor ?? "#638EC6",
        set: (_s, ref, v) => {
          (ref as CfRef).cf.rule.barColor = normalizeColor(
            String(v),
            "ConditionalDataBarPositiveFormat.fillColor",
          );
        },
      },
    };
  }
}
defineProps(DataBarPositiveProxy, ["fillColor"]);

export class IconSetProxy extends CfPart {
  override get _typeName(): string {
    return "IconSetConditionalFormat";
  }
  declare style: string;
  declare criteria: unknown[];
  override _props(): Record<string, PropDef> {
    return {
      style: {
        get: (_s, ref) => (ref as CfRef).cf.rule.iconStyle ?? "ThreeTrafficLights1",
        set: (_s, ref, v) => {
          (ref as CfRef).cf.rule.iconStyle = String(v);
        },
      },
      criteria: {
        get: (_s, ref) => (ref as CfRef).cf.rule.iconCriteria ?? [],
        set: (_s, ref, v) => {
          if (!Array.isArray(v))
            throw officeError(ErrorCode.invalidArgument, "IconSetConditionalFormat.criteria");
          (ref as CfRef).cf.rule.iconCriteria = v as unknown[];
        },
      },
    };
  }
}
defineProps(IconSetProxy, ["style", "criteria"]);

// ------------------------------------------------------------------ evaluation

export interface CellAppearance {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Data bar length as a fraction of the cell width (0..1). */
  dataBar?: { fraction: number; color: string };
}

function compare(a: number | string | boolean, b: number | string | boolean): number {
  // Excel ordering: numbers < text < booleans; text compares case-insensitively.
  const rank = (v: unknown): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function truthy(v: unknown): boolean {
  return v === true || (typeof v === "number" && v !== 0);
}

/**
 * Which conditional formats apply to one cell, merged in priority order (a lower-priority rule does not
 * override a property a higher-priority rule already set; stopIfTrue stops evaluation).
 */
export function evaluateConditionalFormats(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
): CellAppearance {
  const out: CellAppearance = {};
  const rules = sheet.conditionalFormats
    .filter(
      (cf) => row >= cf.rect.top && row <= cf.rect.bottom && col >= cf.rect.left && col <= cf.rect.right,
    )
    .sort((a, b) => a.priority - b.priority);
  for (const cf of rules) {
    const dRow = row - cf.rect.top;
    const dCol = col - cf.rect.left;
    const evalOperand = (f: string | undefined): number | string | boolean => {
      if (f === undefined) return "";
      if (f.startsWith("=")) {
        const c = model.evaluateFormulaIn(sheet, translateFormula(f, dRow, dCol));
        return c.kind === "value" ? c.value : c.kind === "error" ? c.value : 0;
      }
      const n = Number(f);
      return f.trim() !== "" && !Number.isNaN(n) ? n : f.replace(/^"(.*)"$/, "$1");
    };
    let match = false;
    const read = model.readCell(sheet, row, col);
    switch (cf.type) {
      case "CellValue": {
        if (read.type === "Error") break;
        const v = read.type === "Empty" ? 0 : read.value;
        const a = evalOperand(cf.rule.formula1);
        const b = evalOperand(cf.rule.formula2);
        const ca = compare(v, a);
        switch (cf.rule.operator) {
          case "EqualTo":
            match = ca === 0;
            break;
          case "NotEqualTo":
            match = ca !== 0;
            break;
          case "GreaterThan":
            match = ca > 0;
            break;
          case "LessThan":
            match = ca < 0;
            break;
          case "GreaterThanOrEqual":
            match = ca >= 0;
            break;
          case "LessThanOrEqual":
            match = ca <= 0;
            break;
          case "Between":
          case "NotBetween": {
            const lo = compare(a, b) <= 0 ? a : b;
            const hi = lo === a ? b : a;
            const inside = compare(v, lo) >= 0 && compare(v, hi) <= 0;
            match = cf.rule.operator === "Between" ? inside : !inside;
            break;
          }
          default:
            match = false;
        }
        break;
      }
      case "ContainsText": {
        const text = model.readText(sheet, row, col).toLowerCase();
        const needle = (cf.rule.text ?? "").toLowerCase();
        if (cf.rule.operator === "Contains") match = text.includes(needle);
        else if (cf.rule.operator === "NotContains") match = !text.includes(needle);
        else if (cf.rule.operator === "BeginsWith") match = text.startsWith(needle);
        else if (cf.rule.operator === "EndsWith") match = text.endsWith(needle);
        break;
      }
      case "Custom": {
        if (!cf.rule.formula) break;
        // Relative references move with the cell: the formula is written for the top-left cell.
        const shifted = translateFormula(cf.rule.formula, dRow, dCol);
        const c = model.evaluateFormulaIn(sheet, shifted);
        match = c.kind === "value" && truthy(c.value);
        break;
      }
      case "PresetCriteria": {
        const crit = cf.rule.criterion;
        if (crit === "Blanks") match = read.type === "Empty";
        else if (crit === "NonBlanks") match = read.type !== "Empty";
        else if (crit === "Errors") match = read.type === "Error";
        else if (crit === "NonErrors") match = read.type !== "Error";
        else
          throw new SimulationLimitError(
            `excel-sim: evaluating preset criterion ${String(crit)} is not simulated`,
          );
        break;
      }
      case "DataBar": {
        if (read.type !== "Double" || typeof read.value !== "number") break;
        let min = Infinity;
        let max = -Infinity;
        if (rectCells(cf.rect) > 1_000_000)
          throw new SimulationLimitError("excel-sim: data bar over more than 1M cells");
        for (let r = cf.rect.top; r <= cf.rect.bottom; r++) {
          for (let c = cf.rect.left; c <= cf.rect.right; c++) {
            const x = model.readCell(sheet, r, c);
            if (typeof x.value === "number" && x.type === "Double") {
              min = Math.min(min, x.value);
              max = Math.max(max, x.value);
            }
          }
        }
        // Excel's default data bar spans from the lowest to the highest value (automatic min/max).
        const fraction = max === min ? 1 : (read.value - Math.min(0, min)) / (max - Math.min(0, min));
        if (out.dataBar === undefined)
          out.dataBar = {
            fraction: Math.max(0, Math.min(1, fraction)),
            color: cf.rule.barColor ?? "#638EC6",
          };
        continue;
      }
      default:
        continue;
    }
    if (!match) continue;
    if (out.fill === undefined && cf.format.fill !== undefined) out.fill = cf.format.fill;
    if (out.fontColor === undefined && cf.format.fontColor !== undefined) out.fontColor = cf.format.fontColor;
    if (out.bold === undefined && cf.format.bold !== undefined) out.bold = cf.format.bold;
    if (out.italic === undefined && cf.format.italic !== undefined) out.italic = cf.format.italic;
    if (cf.stopIfTrue) break;
  }
  return out;
}

export function cfAddress(sheet: SheetModel, cf: ConditionalFormatModel): string {
  return formatAddress(sheet.name, cf.rect);
}
