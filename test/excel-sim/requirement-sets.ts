/**
 * Requirement sets. The simulation is configured with the highest ExcelApi version the simulated Excel
 * supports (1.7 = Office 2019, 1.14 = Office 2021, 1.17 = Office 2024, …). The JavaScript library is the
 * same everywhere (members exist), but a member above the host's version fails at sync with ApiNotFound,
 * and isSetSupported answers consistently:
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 * Per-member versions below come from the "[Api set: ExcelApi 1.x]" tags in @types/office-js.
 */

/** A version such as "1.9". */
export type ApiVersion = `1.${number}`;

export function minor(v: string): number {
  const m = /^1\.(\d+)$/.exec(v.trim());
  if (!m) return Number.NaN;
  return Number(m[1]);
}

export function versionAtLeast(have: ApiVersion, need: ApiVersion): boolean {
  return minor(have) >= minor(need);
}

/** The members whose requirement set matters to Procsheet (and a few neighbours). */
export const MEMBER_VERSIONS: Record<string, ApiVersion> = {
  "Worksheet.onChanged": "1.7",
  "Table.onChanged": "1.7",
  "Table.onSelectionChanged": "1.7",
  "TableCollection.onChanged": "1.7",
  "WorksheetCollection.onChanged": "1.9",
  "WorksheetChangedEventArgs.details": "1.9",
  "TableChangedEventArgs.details": "1.9",
  "WorksheetChangedEventArgs.triggerSource": "1.14",
  "WorksheetChangedEventArgs.getRange": "1.8",
  "Workbook.customXmlParts": "1.5",
  "Workbook.settings": "1.4",
  "Workbook.getSelectedRange": "1.1",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.autoFilter": "1.9",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.protection": "1.2",
  "Worksheet.visibility": "1.1",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.tabColor": "1.7",
  // Shapes: every member is reached through Worksheet.shapes (1.9); getItemOrNullObject came later.
  "Worksheet.shapes": "1.9",
  "ShapeCollection.getItemOrNullObject": "1.14",
  "Worksheet.showGridlines": "1.8",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "TableCollection.getItemOrNullObject": "1.4",
  "Range.conditionalFormats": "1.6",
  "Range.dataValidation": "1.8",
  "Range.getIntersection": "1.1",
  "Range.getResizedRange": "1.2",
  "Range.getIntersectionOrNullObject": "1.4",
  "Range.rowHidden": "1.2",
  "Range.columnHidden": "1.2",
  "Range.format.autofitColumns": "1.2",
  "Range.format.columnWidth": "1.2",
  "Range.getAbsoluteResizedRange": "1.7",
  "Range.getUsedRangeOrNullObject": "1.4",
  "Range.numberFormatLocal": "1.7",
  "Range.valuesAsJson": "1.16",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "Range.getMergedAreasOrNullObject": "1.13",
  "Table.resize": "1.13",
  "Table.autoFilter": "1.9",
  "Table.worksheet": "1.2",
  "Table.sort": "1.2",
  "Table.legacyId": "1.8",
  "TableColumn.filter": "1.2",
  "TableRowCollection.add.alwaysInsert": "1.15",
  "Chart.series.add": "1.7",
  "ChartSeries.setValues": "1.7",
  "ChartSeries.setXAxisValues": "1.7",
  "ChartSeries.chartType": "1.7",
  "ChartSeries.delete": "1.7",
  "Chart.id": "1.7",
  ChartAxisTitle: "1.1",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Application.calculationMode": "1.1",
  "Application.calculationMode.set": "1.8",
  "Runtime.enableEvents": "1.8",
  "Workbook.getActiveCell": "1.7",
  "Range.dataValidation.list": "1.8",
  "Excel.run.mergeUndoGroup": "1.20",
  // RunOptions.delayForCellEdit: https://learn.microsoft.com/javascript/api/excel/excel.runoptions
  "Excel.run.delayForCellEdit": "1.11",
};

export function requiredVersion(member: string): ApiVersion {
  return MEMBER_VERSIONS[member] ?? "1.1";
}

/** Default answers for common non-Excel sets; tests may override them. */
export const DEFAULT_OTHER_SETS: Record<string, string> = {
  SharedRuntime: "1.1",
  DialogApi: "1.2",
  RibbonApi: "1.1",
  AddinCommands: "1.1",
  IdentityAPI: "1.3",
};

export function isSetSupported(
  name: string,
  version: string | undefined,
  excelApi: ApiVersion,
  others: Record<string, string>,
): boolean {
  const want = version === undefined || version === "" ? "1.1" : version;
  const parse = (v: string): number[] => v.split(".").map((x) => Number(x));
  const cmp = (have: string): boolean => {
    const a = parse(have);
    const b = parse(want);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i] ?? 0;
      const y = b[i] ?? 0;
      if (Number.isNaN(x) || Number.isNaN(y)) return false;
      if (x !== y) return x > y;
    }
    return true;
  };
  if (name.toLowerCase() === "excelapi") return cmp(excelApi);
  const found = Object.entries(others).find(([k]) => k.toLowerCase() === name.toLowerCase());
  return found !== undefined && cmp(found[1]);
}
