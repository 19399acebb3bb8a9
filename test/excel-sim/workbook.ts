/**
 * Excel.Workbook, Application, Runtime, settings and custom XML parts.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks
 * https://learn.microsoft.com/javascript/api/excel/excel.settingcollection (ExcelApi 1.4)
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection (ExcelApi 1.5)
 * https://learn.microsoft.com/javascript/api/excel/excel.application
 * https://learn.microsoft.com/javascript/api/excel/excel.runtime (enableEvents, ExcelApi 1.8)
 */
import { ErrorCode, officeError } from "./errors";
import type { CustomXmlPartModel } from "./model/types";
import type { WorkbookModel } from "./model/workbook-model";
import { defineProps, makeRangeRef, RangeProxy } from "./range";
import { SimClientResult, SimCollection, SimObject } from "./request-context";
import type { PropDef, ProxyInit } from "./request-context";
import { TableCollectionProxy } from "./table";
import { WorksheetCollectionProxy } from "./worksheet";
import { rootNamespace } from "./xml";

export class WorkbookProxy extends SimObject {
  override get _typeName(): string {
    return "Workbook";
  }
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _navNames(): string[] {
    return ["worksheets", "tables", "settings", "customXmlParts", "application"];
  }
  get worksheets(): WorksheetCollectionProxy {
    return this._nav("worksheets", (init) => new WorksheetCollectionProxy(this.context, init));
  }
  get tables(): TableCollectionProxy {
    return this._nav("tables", (init) => new TableCollectionProxy(this.context, init, false));
  }
  get settings(): SettingCollectionProxy {
    return this._nav(
      "settings",
      (init) => new SettingCollectionProxy(this.context, init),
      "Workbook.settings",
    );
  }
  get customXmlParts(): CustomXmlPartCollectionProxy {
    return this._nav(
      "customXmlParts",
      (init) => new CustomXmlPartCollectionProxy(this.context, init),
      "Workbook.customXmlParts",
    );
  }
  get application(): SimObject {
    return this.context.application;
  }
  /** The selection; a selection that is not a range (a chart, a shape) fails with InvalidSelection. */
  getSelectedRange(): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      "getSelectedRange",
      [],
      () => {
        const sel = this._model.selection ?? {
          sheetId: this._model.activeSheetId,
          rect: { top: 0, left: 0, bottom: 0, right: 0 },
        };
        if (!this._model.sheetById(sel.sheetId))
          throw officeError(ErrorCode.invalidSelection, "Workbook.getSelectedRange");
        return makeRangeRef(this._model, sel.sheetId, sel.rect);
      },
    );
  }
  getActiveCell(): RangeProxy {
    return this._child(
      (init) => new RangeProxy(this.context, init),
      "getActiveCell",
      [],
      () => {
        const sel = this._model.selection ?? {
          sheetId: this._model.activeSheetId,
          rect: { top: 0, left: 0, bottom: 0, right: 0 },
        };
        return makeRangeRef(this._model, sel.sheetId, {
          top: sel.rect.top,
          left: sel.rect.left,
          bottom: sel.rect.top,
          right: sel.rect.left,
        });
      },
      { member: "Workbook.getActiveCell" },
    );
  }
}

const CALC_MODES = ["Automatic", "AutomaticExceptTables", "Manual"];

export class ApplicationProxy extends SimObject {
  override get _typeName(): string {
    return "Application";
  }
  declare calculationMode: string;
  /** Number of syncs that ran with calculation suspended (for assertions). */
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _props(): Record<string, PropDef> {
    return {
      calculationMode: {
        member: "Application.calculationMode",
        get: () => this._model.calculationMode,
        set: (_s, _ref, v) => {
          this._host.requireApi("Application.calculationMode.set", "Application.calculationMode");
          if (!CALC_MODES.includes(String(v)))
            throw officeError(ErrorCode.invalidArgument, "Application.calculationMode");
          this._model.calculationMode = v as WorkbookModel["calculationMode"];
          this._model.calculatedAt = this._model.version;
        },
      },
    };
  }
  /** Calculation is suspended until the next sync; values are computed on read here, so it has no visible effect. */
  suspendApiCalculationUntilNextSync(): void {
    this._invoke(
      "suspendApiCalculationUntilNextSync",
      [],
      () => void (this._model.suspendedAt = this._model.version),
      {
        member: "Application.suspendApiCalculationUntilNextSync",
      },
    );
  }
  calculate(_calculationType: string): void {
    this._invoke(
      "calculate",
      [_calculationType],
      () => void (this._model.calculatedAt = this._model.version),
    );
  }
}
defineProps(ApplicationProxy, ["calculationMode"]);

export class RuntimeProxy extends SimObject {
  override get _typeName(): string {
    return "Runtime";
  }
  declare enableEvents: boolean;
  override _props(): Record<string, PropDef> {
    return {
      enableEvents: {
        member: "Runtime.enableEvents",
        get: () => this._host.events.enabled,
        set: (_s, _ref, v) => {
          this._host.events.enabled = Boolean(v);
        },
      },
    };
  }
}
defineProps(RuntimeProxy, ["enableEvents"]);

// ---------------------------------------------------------------- settings

interface SettingRef {
  key: string;
}

export class SettingCollectionProxy extends SimCollection<SettingProxy> {
  override get _typeName(): string {
    return "SettingCollection";
  }
  get _model(): WorkbookModel {
    return this._host.model;
  }
  _enumerate(): unknown[] {
    return [...this._model.settings.keys()].map((key) => ({ key }));
  }
  _makeItem(init: ProxyInit): SettingProxy {
    return new SettingProxy(this.context, init);
  }
  /** add(key, value) creates or replaces; the value must be JSON-serialisable. */
  add(key: string, value: unknown): SettingProxy {
    const created = this._child(
      (init) => new SettingProxy(this.context, init),
      "add",
      [key],
      () => {
        if (typeof key !== "string" || key === "")
          throw officeError(ErrorCode.invalidArgument, "SettingCollection.add");
        let stored: unknown;
        try {
          stored = JSON.parse(JSON.stringify(value) ?? "null");
        } catch {
          throw officeError(ErrorCode.invalidArgument, "SettingCollection.add");
        }
        this._model.settings.set(key, stored);
        return { key };
      },
      { stable: true },
    );
    this._invoke("add", [key, value], () => created._ensureRef());
    return created;
  }
  getItem(key: string): SettingProxy {
    return this._child(
      (init) => new SettingProxy(this.context, init),
      "getItem",
      [key],
      () => {
        if (!this._model.settings.has(key))
          throw officeError(ErrorCode.itemNotFound, "SettingCollection.getItem");
        return { key };
      },
    );
  }
  getItemOrNullObject(key: string): SettingProxy {
    return this._child(
      (init) => new SettingProxy(this.context, init),
      "getItemOrNullObject",
      [key],
      () => (this._model.settings.has(key) ? { key } : null),
      { nullable: true },
    );
  }
}

export class SettingProxy extends SimObject {
  override get _typeName(): string {
    return "Setting";
  }
  declare readonly key: string;
  declare value: unknown;
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _alive(ref: unknown): boolean {
    return this._model.settings.has((ref as SettingRef).key);
  }
  override _props(): Record<string, PropDef> {
    return {
      key: { readOnly: true, get: (_s, ref) => (ref as SettingRef).key },
      value: {
        get: (_s, ref) =>
          JSON.parse(JSON.stringify(this._model.settings.get((ref as SettingRef).key) ?? null)) as unknown,
        set: (_s, ref, v) => {
          this._model.settings.set((ref as SettingRef).key, JSON.parse(JSON.stringify(v) ?? "null"));
        },
      },
    };
  }
  delete(): void {
    this._invoke("delete", [], (ref) => {
      this._model.settings.delete((ref as SettingRef).key);
    });
  }
}
defineProps(SettingProxy, ["key", "value"]);

// ---------------------------------------------------------------- custom XML parts

export class CustomXmlPartCollectionProxy extends SimCollection<CustomXmlPartProxy> {
  override get _typeName(): string {
    return "CustomXmlPartCollection";
  }
  get _model(): WorkbookModel {
    return this._host.model;
  }
  _enumerate(): unknown[] {
    return [...this._model.customXmlParts];
  }
  _makeItem(init: ProxyInit): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, init);
  }
  /** add(xml): malformed XML fails with InvalidArgument. */
  add(xml: string): CustomXmlPartProxy {
    const created = this._child(
      (init) => new CustomXmlPartProxy(this.context, init),
      "add",
      ["..."],
      () => {
        const parsed = typeof xml === "string" ? rootNamespace(xml) : { ok: false, namespaceUri: "" };
        if (!parsed.ok) throw officeError(ErrorCode.invalidArgument, "CustomXmlPartCollection.add");
        const part: CustomXmlPartModel = {
          id: this._model.newId("xml"),
          namespaceUri: parsed.namespaceUri,
          xml,
        };
        this._model.customXmlParts.push(part);
        return part;
      },
      { stable: true },
    );
    this._invoke("add", [xml], () => created._ensureRef());
    return created;
  }
  getItem(id: string): CustomXmlPartProxy {
    return this._child(
      (init) => new CustomXmlPartProxy(this.context, init),
      "getItem",
      [id],
      () => {
        const p = this._model.customXmlParts.find((x) => x.id === id);
        if (!p) throw officeError(ErrorCode.itemNotFound, "CustomXmlPartCollection.getItem");
        return p;
      },
    );
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return this._child(
      (init) => new CustomXmlPartProxy(this.context, init),
      "getItemOrNullObject",
      [id],
      () => this._model.customXmlParts.find((x) => x.id === id) ?? null,
      {
        nullable: true,
      },
    );
  }
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return this._child(
      (init) => new CustomXmlPartScopedCollectionProxy(this.context, init),
      "getByNamespace",
      [namespaceUri],
      () => ({ namespaceUri }),
    );
  }
}

export class CustomXmlPartScopedCollectionProxy extends SimCollection<CustomXmlPartProxy> {
  override get _typeName(): string {
    return "CustomXmlPartScopedCollection";
  }
  get _model(): WorkbookModel {
    return this._host.model;
  }
  _enumerate(ref: unknown): unknown[] {
    const ns = (ref as { namespaceUri: string }).namespaceUri;
    return this._model.customXmlParts.filter((p) => p.namespaceUri === ns);
  }
  _makeItem(init: ProxyInit): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, init);
  }
  getItem(id: string): CustomXmlPartProxy {
    return this._child(
      (init) => new CustomXmlPartProxy(this.context, init),
      "getItem",
      [id],
      (p) => {
        const hit = (this._enumerate(p) as CustomXmlPartModel[]).find((x) => x.id === id);
        if (!hit) throw officeError(ErrorCode.itemNotFound, "CustomXmlPartScopedCollection.getItem");
        return hit;
      },
    );
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return this._child(
      (init) => new CustomXmlPartProxy(this.context, init),
      "getItemOrNullObject",
      [id],
      (p) => (this._enumerate(p) as CustomXmlPartModel[]).find((x) => x.id === id) ?? null,
      {
        nullable: true,
      },
    );
  }
  /** getOnlyItem fails unless exactly one part has the namespace. */
  getOnlyItem(): CustomXmlPartProxy {
    return this._child(
      (init) => new CustomXmlPartProxy(this.context, init),
      "getOnlyItem",
      [],
      (p) => {
        const all = this._enumerate(p);
        if (all.length !== 1)
          throw officeError(
            all.length === 0 ? ErrorCode.itemNotFound : ErrorCode.invalidOperation,
            "CustomXmlPartScopedCollection.getOnlyItem",
          );
        return all[0];
      },
    );
  }
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return this._child(
      (init) => new CustomXmlPartProxy(this.context, init),
      "getOnlyItemOrNullObject",
      [],
      (p) => {
        const all = this._enumerate(p);
        if (all.length > 1)
          throw officeError(
            ErrorCode.invalidOperation,
            "CustomXmlPartScopedCollection.getOnlyItemOrNullObject",
          );
        return all[0] ?? null;
      },
      { nullable: true },
    );
  }
}

export class CustomXmlPartProxy extends SimObject {
  override get _typeName(): string {
    return "CustomXmlPart";
  }
  declare readonly id: string;
  declare readonly namespaceUri: string;
  get _model(): WorkbookModel {
    return this._host.model;
  }
  override _alive(ref: unknown): boolean {
    return this._model.customXmlParts.includes(ref as CustomXmlPartModel);
  }
  override _stableAfterLoad(): boolean {
    return true;
  }
  override _props(): Record<string, PropDef> {
    return {
      id: { readOnly: true, get: (_s, ref) => (ref as CustomXmlPartModel).id },
      namespaceUri: { readOnly: true, get: (_s, ref) => (ref as CustomXmlPartModel).namespaceUri },
    };
  }
  getXml(): SimClientResult<string> {
    const result = new SimClientResult<string>();
    this._invoke("getXml", [], (ref) => (ref as CustomXmlPartModel).xml, { result });
    return result;
  }
  setXml(xml: string): void {
    this._invoke("setXml", ["..."], (ref) => {
      const parsed = typeof xml === "string" ? rootNamespace(xml) : { ok: false, namespaceUri: "" };
      if (!parsed.ok) throw officeError(ErrorCode.invalidArgument, "CustomXmlPart.setXml");
      const part = ref as CustomXmlPartModel;
      part.xml = xml;
      part.namespaceUri = parsed.namespaceUri;
    });
  }
  delete(): void {
    this._invoke("delete", [], (ref) => {
      this._model.customXmlParts = this._model.customXmlParts.filter((p) => p !== ref);
    });
  }
}
defineProps(CustomXmlPartProxy, ["id", "namespaceUri"]);
