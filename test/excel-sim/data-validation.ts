/**
 * Range.dataValidation (ExcelApi 1.8): list rules with a comma-separated source or a range reference,
 * read back, clear. Validation applies to people typing, not to API writes.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
 * https://learn.microsoft.com/javascript/api/excel/excel.datavalidation
 */
import { formatAddress, intersect, parseLocalRange } from "./address";
import { ErrorCode, officeError } from "./errors";
import type { DataValidationModel, SheetModel } from "./model/types";
import type { RangeRef, WorkbookModel } from "./model/workbook-model";
import { defineProps } from "./range";
import type { RangeProxy } from "./range";
import { SimObject } from "./request-context";
import type { PropDef } from "./request-context";

const RULE_KEYS: Record<string, DataValidationModel["type"]> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

export class DataValidationProxy extends SimObject {
  override get _typeName(): string {
    return "DataValidation";
  }
  declare rule: Record<string, unknown>;
  declare readonly type: string;
  declare ignoreBlanks: boolean;
  declare errorAlert: Record<string, unknown>;
  declare prompt: Record<string, unknown>;
  declare readonly valid: boolean;

  get _model(): WorkbookModel {
    return this._host.model;
  }
  private _sheet(ref: RangeRef): SheetModel {
    const s = this._model.sheetById(ref.sheetId);
    if (!s) throw officeError(ErrorCode.itemNotFound, "DataValidation");
    return s;
  }
  /** The validations covering the range; "Inconsistent"/"MixedCriteria" when they differ. */
  private _found(ref: RangeRef): DataValidationModel[] {
    return this._sheet(ref).validations.filter((v) => intersect(v.rect, ref.rect));
  }
  override _props(): Record<string, PropDef> {
    return {
      type: {
        readOnly: true,
        get: (_s, ref) => {
          const f = this._found(ref as RangeRef);
          if (f.length === 0) return "None";
          return f.every((x) => x.type === f[0]?.type)
            ? f.length === 1
              ? f[0]?.type
              : "MixedCriteria"
            : "Inconsistent";
        },
      },
      rule: {
        get: (_s, ref) => {
          const f = this._found(ref as RangeRef);
          if (f.length !== 1) return {};
          return JSON.parse(JSON.stringify(f[0]?.rule ?? {})) as unknown;
        },
        set: (_s, ref, v) => this._setRule(ref as RangeRef, v),
      },
      ignoreBlanks: {
        get: (_s, ref) => this._found(ref as RangeRef)[0]?.ignoreBlanks ?? true,
        set: (_s, ref, v) => {
          for (const dv of this._found(ref as RangeRef)) dv.ignoreBlanks = Boolean(v);
        },
      },
      errorAlert: {
        get: (_s, ref) =>
          this._found(ref as RangeRef)[0]?.errorAlert ?? {
            message: "",
            showAlert: true,
            style: "Stop",
            title: "",
          },
        set: (_s, ref, v) => {
          for (const dv of this._found(ref as RangeRef)) dv.errorAlert = { ...(v as object) };
        },
      },
      prompt: {
        get: (_s, ref) =>
          this._found(ref as RangeRef)[0]?.prompt ?? { message: "", showPrompt: false, title: "" },
        set: (_s, ref, v) => {
          for (const dv of this._found(ref as RangeRef)) dv.prompt = { ...(v as object) };
        },
      },
      valid: {
        readOnly: true,
        get: (_s, ref) => {
          const rr = ref as RangeRef;
          const sheet = this._sheet(rr);
          for (const dv of this._found(rr)) {
            if (dv.type !== "List") continue;
            const allowed = this._listItems(dv).map((x) => x.toLowerCase());
            for (
              let r = Math.max(dv.rect.top, rr.rect.top);
              r <= Math.min(dv.rect.bottom, rr.rect.bottom);
              r++
            ) {
              for (
                let c = Math.max(dv.rect.left, rr.rect.left);
                c <= Math.min(dv.rect.right, rr.rect.right);
                c++
              ) {
                const t = this._model.readText(sheet, r, c);
                if (t === "" && dv.ignoreBlanks) continue;
                if (!allowed.includes(t.toLowerCase())) return false;
              }
            }
          }
          return true;
        },
      },
    };
  }

  /** Items of a list rule: the comma-separated source, or the values of the referenced cells. */
  _listItems(dv: DataValidationModel): string[] {
    const src = dv.source ?? "";
    if (!src.startsWith("=")) return src.split(",").map((s) => s.trim());
    const ref = src.slice(1);
    const bang = ref.lastIndexOf("!");
    const sheetName = bang >= 0 ? ref.slice(0, bang).replace(/^'(.*)'$/, "$1") : undefined;
    const sheet = sheetName ? this._model.sheetByName(sheetName) : undefined;
    if (!sheet) return [];
    const rect = parseLocalRange(ref.slice(bang + 1));
    if (!rect) return [];
    const out: string[] = [];
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) out.push(this._model.readText(sheet, r, c));
    return out;
  }

  private _setRule(ref: RangeRef, v: unknown): void {
    const loc = "DataValidation.rule";
    if (!v || typeof v !== "object") throw officeError(ErrorCode.invalidArgument, loc);
    const entries = Object.entries(v as Record<string, unknown>).filter(
      ([, x]) => x !== undefined && x !== null,
    );
    if (entries.length !== 1) throw officeError(ErrorCode.invalidArgument, loc);
    const [key, body] = entries[0] ?? ["", undefined];
    const type = RULE_KEYS[key];
    if (!type || !body || typeof body !== "object") throw officeError(ErrorCode.invalidArgument, loc);
    const sheet = this._sheet(ref);
    const b = body as Record<string, unknown>;
    const model: Omit<DataValidationModel, "id" | "rect"> = { type, rule: {}, ignoreBlanks: true };
    if (type === "List") {
      this._host.requireApi("Range.dataValidation.list", loc);
      let source: string;
      const raw = b["source"];
      if (typeof raw === "string") source = raw;
      else if (raw && typeof raw === "object" && "_ensureRef" in raw) {
        const rr = (raw as RangeProxy)._requireRef(loc) as RangeRef;
        const s = this._model.sheetById(rr.sheetId);
        if (!s) throw officeError(ErrorCode.itemNotFound, loc);
        // A range source is stored as an absolute reference, as Excel reads it back.
        source = "=" + formatAddress(s.name, rr.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      } else throw officeError(ErrorCode.invalidArgument, loc);
      if (source.trim() === "" || (!source.startsWith("=") && source.length > 255))
        throw officeError(ErrorCode.invalidArgument, loc);
      model.source = source;
      model.inCellDropDown = b["inCellDropDown"] !== false;
      model.rule = { list: { inCellDropDown: model.inCellDropDown, source } };
    } else {
      model.rule = { [key]: { ...b } };
    }
    this._model.setValidation(sheet, ref.rect, model, loc);
  }

  clear(): void {
    this._invoke("clear", [], (ref) => {
      const rr = ref as RangeRef;
      this._model.clearValidation(this._sheet(rr), rr.rect, "DataValidation.clear");
    });
  }
}
defineProps(DataValidationProxy, ["rule", "type", "ignoreBlanks", "errorAlert", "prompt", "valid"]);
