import type { FeatureName } from "./api-types";

/**
 * Optional features and the ExcelApi set that brings them
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 * The manifest asks for 1.7 (Office 2019); everything here is checked at run time and degrades with a message.
 */
export const FEATURE_SETS: Readonly<Record<FeatureName, string>> = {
  customXmlParts: "1.5",
  conditionalFormats: "1.6",
  listValidation: "1.8",
  autoFilter: "1.9",
  changeDetails: "1.9",
  tableResize: "1.13",
  shapes: "1.9",
};

export function supports(feature: FeatureName): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported("ExcelApi", FEATURE_SETS[feature]);
}

export function missingFeatures(): FeatureName[] {
  return (Object.keys(FEATURE_SETS) as FeatureName[]).filter((f) => !supports(f));
}
