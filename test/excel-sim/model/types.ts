/**
 * Plain data of the simulated workbook. Everything here is JSON-serialisable so a workbook can be
 * dumped and loaded (snapshot.ts) and drawn by the workbench grid.
 */
import type { Rect } from "../address";

export type Scalar = number | string | boolean;

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  wrapText?: boolean;
}

/**
 * One stored cell. A formula cell has `formula` and no `value`; its value is computed. A stored cell is
 * never changed in place (a change stores a new object), so snapshots can share cells (replication.ts).
 */
export interface Cell {
  value?: Scalar;
  /** A literal error typed or written as text ("#N/A"). */
  error?: string;
  formula?: string;
  /** Entered with a leading apostrophe; `formulas` reads back without it (office-js#6687). */
  quotePrefix?: boolean;
  numberFormat?: string;
  format?: CellFormat;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FilterCriteria {
  filterOn: string;
  values?: string[];
  criterion1?: string;
  criterion2?: string;
  operator?: string;
  color?: string;
  dynamicCriteria?: string;
}

export interface TableColumnModel {
  id: number;
  name: string;
  filter?: FilterCriteria;
}

export interface SortFieldModel {
  key: number;
  ascending: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Whole table including the header row (when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  showFilterButton: boolean;
  style: string;
  columns: TableColumnModel[];
  nextColumnId: number;
  sortFields?: SortFieldModel[];
}

export interface CfFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface CfRule {
  /** cellValue: operator + formula1/2; containsText: operator + text; custom: formula; dataBar / iconSet / presetCriteria: options. */
  operator?: string;
  formula1?: string;
  formula2?: string;
  text?: string;
  formula?: string;
  criterion?: string;
  barColor?: string;
  iconStyle?: string;
  iconCriteria?: unknown[];
}

export interface ConditionalFormatModel {
  id: string;
  type:
    | "CellValue"
    | "ContainsText"
    | "Custom"
    | "DataBar"
    | "IconSet"
    | "PresetCriteria"
    | "ColorScale"
    | "TopBottom";
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  rule: CfRule;
  format: CfFormat;
}

export interface DataValidationModel {
  id: string;
  rect: Rect;
  type: "List" | "WholeNumber" | "Decimal" | "Date" | "Time" | "TextLength" | "Custom";
  /** For lists: the source as written (string list or "=Sheet!$A$1:$A$5"). */
  source?: string;
  inCellDropDown?: boolean;
  rule: unknown;
  ignoreBlanks: boolean;
  errorAlert?: { message?: string; showAlert?: boolean; style?: string; title?: string };
  prompt?: { message?: string; showPrompt?: boolean; title?: string };
}

export interface ChartSeriesModel {
  name: string;
  /** "=Sheet1!$B$2:$B$10" or a literal list */
  values?: string;
  xValues?: string;
  chartType?: string;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  titleVisible: boolean;
  legend: { visible: boolean; position: string };
  axes: { category: { title?: string }; value: { title?: string } };
  series: ChartSeriesModel[];
  position?: { start: string; end?: string };
  top: number;
  left: number;
  width: number;
  height: number;
}

/** One end of a connector joined to a shape's connection site. */
export interface ShapeJoin {
  shapeId: string;
  site: number;
}

/**
 * A shape on a sheet's drawing layer (ExcelApi 1.9): a geometric shape with its text, or a line whose ends
 * may be joined to other shapes' connection sites. Positions are points from the sheet's top-left corner.
 */
export interface ShapeModel {
  id: string;
  name: string;
  type: "GeometricShape" | "Line";
  geometricShapeType?: string;
  left: number;
  top: number;
  width: number;
  height: number;
  visible: boolean;
  text: string;
  textFrame: {
    horizontalAlignment: string;
    verticalAlignment: string;
    autoSizeSetting: string;
    leftMargin: number;
    rightMargin: number;
    topMargin: number;
    bottomMargin: number;
  };
  font: { name: string; size: number; bold: boolean; italic: boolean; color: string };
  fill: { type: "Solid" | "NoFill"; foregroundColor: string; transparency: number };
  lineFormat: { color: string; weight: number; visible: boolean; dashStyle: string; transparency: number };
  connector?: {
    type: string;
    /** Where each end was drawn (addLine); a joined end follows its shape instead. */
    start: [number, number];
    finish: [number, number];
    begin?: ShapeJoin;
    end?: ShapeJoin;
    beginArrowheadStyle: string;
    endArrowheadStyle: string;
    beginArrowheadLength: string;
    endArrowheadLength: string;
    beginArrowheadWidth: string;
    endArrowheadWidth: string;
  };
}

export interface AutoFilterModel {
  rect: Rect;
  criteria: (FilterCriteria | undefined)[];
}

export interface ProtectionModel {
  protected: boolean;
  options: Record<string, boolean>;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  /** row -> column -> cell */
  cells: Map<number, Map<number, Cell>>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  freeze?: { rows: number; columns: number };
  autoFilter?: AutoFilterModel;
  protection: ProtectionModel;
  conditionalFormats: ConditionalFormatModel[];
  validations: DataValidationModel[];
  charts: ChartModel[];
  /** The drawing layer's shapes and lines, in z-order (the first at the bottom). */
  shapes: ShapeModel[];
  /** Merged areas (Range.merge), each at least two cells; they never overlap. */
  merged: Rect[];
}

export interface CustomXmlPartModel {
  id: string;
  namespaceUri: string;
  xml: string;
}
