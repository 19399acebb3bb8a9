// Where Procsheet keeps its state: workbook settings, document settings, custom XML parts, sheet names.
import { PAGES } from "./pages";
import { all, codeOf, expectCode, expectJson, type SelfCheck } from "./self-check";

const WORKBOOK = "test/excel-sim/workbook.test.ts";
const DOCUMENT = "test/excel-sim/office-document.test.ts";

/** The name (setting) or namespace (XML part) a check adds, so the runner can remove it whatever happens. */
export const settingName = (tag: string): string => `procsheet.selfCheck.${tag}`;
export const xmlNamespace = (tag: string): string => `urn:procsheet:self-check:${tag}`;

/** Office.context.document.settings.saveAsync as a promise of its status. */
function saveDocumentSettings(): Promise<string> {
  return new Promise((resolve) =>
    Office.context.document.settings.saveAsync((result) => resolve(String(result.status))),
  );
}

export const STORAGE_CHECKS: readonly SelfCheck[] = [
  {
    id: "settings-round-trip",
    page: PAGES.persist,
    mirrors: WORKBOOK,
    choice: 29,
    requires: { set: "ExcelApi", version: "1.4" },
    run: async ({ context, tag }) => {
      const settings = context.workbook.settings;
      settings.add(settingName(tag), { n: 1, day: new Date(Date.UTC(2024, 0, 5)) });
      await context.sync();
      const item = settings.getItem(settingName(tag)).load("value");
      await context.sync();
      const value: unknown = item.value;
      item.delete();
      await context.sync();
      return expectJson({ n: 1, day: "2024-01-05T00:00:00.000Z" }, value);
    },
  },
  {
    id: "document-settings-separate",
    page: PAGES.officeSettings,
    mirrors: DOCUMENT,
    choice: 29,
    requires: { set: "ExcelApi", version: "1.4" },
    run: async ({ context, tag }) => {
      const document = Office.context.document.settings;
      const name = settingName(tag);
      const missing = document.get(name);
      document.set(name, 1);
      const inMemory: unknown = document.get(name);
      // Saved, so Excel's workbook settings could see it if the two were one store; then removed and saved.
      const saved = await saveDocumentSettings();
      const item = context.workbook.settings.getItemOrNullObject(name);
      await context.sync();
      document.remove(name);
      const removed = await saveDocumentSettings();
      return expectJson(
        { missing: null, inMemory: 1, saved: "succeeded", inWorkbookSettings: false, removed: "succeeded" },
        { missing, inMemory, saved, inWorkbookSettings: !item.isNullObject, removed },
      );
    },
  },
  {
    id: "custom-xml-round-trip",
    page: PAGES.persist,
    mirrors: WORKBOOK,
    requires: { set: "ExcelApi", version: "1.5" },
    run: async ({ context, tag }) => {
      const ns = xmlNamespace(tag);
      const parts = context.workbook.customXmlParts;
      parts.add(`<check xmlns="${ns}"><v>1</v></check>`);
      await context.sync();
      const found = parts.getByNamespace(ns).getOnlyItem();
      const xml = found.getXml();
      await context.sync();
      found.delete();
      const left = parts.getByNamespace(ns).getCount();
      await context.sync();
      return all(
        { ok: xml.value.includes("<v>1</v>"), saw: xml.value.slice(0, 80) },
        expectJson(0, left.value),
      );
    },
  },
  {
    id: "startup-behavior-readable",
    page: PAGES.runOnOpen,
    mirrors: DOCUMENT,
    requires: { set: "SharedRuntime", version: "1.1" },
    run: async () => {
      const behavior = String(await Office.addin.getStartupBehavior());
      return { ok: behavior === "None" || behavior === "Load", saw: behavior };
    },
  },
  {
    id: "sheet-name-rules",
    page: PAGES.worksheets,
    mirrors: WORKBOOK,
    choice: 9,
    requires: { set: "ExcelApi", version: "1.1" },
    run: async ({ context, tag }) => {
      const refused = async (name: string) =>
        codeOf(async () => {
          // Should Excel take the name after all, the sheet goes again in the same batch.
          context.workbook.worksheets.add(name).delete();
          await context.sync();
        });
      const slash = await refused(`a/${tag}`);
      const long = await refused(`${tag}${"x".repeat(32)}`.slice(0, 32));
      return expectJson({ slash: "InvalidArgument", long: "InvalidArgument" }, { slash, long });
    },
  },
  {
    id: "sheet-name-history-reserved",
    page: PAGES.worksheets,
    mirrors: WORKBOOK,
    choice: 9,
    requires: { set: "ExcelApi", version: "1.4" },
    run: async ({ context }) => {
      const existing = context.workbook.worksheets.getItemOrNullObject("History");
      await context.sync();
      if (!existing.isNullObject)
        return { ok: false, observed: false, saw: "this workbook already has a sheet named History" };
      return expectCode("InvalidArgument", async () => {
        context.workbook.worksheets.add("History").delete();
        await context.sync();
      });
    },
  },
];
