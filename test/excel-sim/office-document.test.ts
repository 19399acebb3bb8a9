/** The Common API's document settings and the add-in's startup behaviour (office-document.ts). */
import { installExcelSimulation } from "./index";
import type { ExcelSimulation } from "./index";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
beforeEach(() => {
  sim = installExcelSimulation({ sheets: ["Data"] });
});
afterEach(() => sim.uninstall());

const AUTO_SHOW = "Office.AutoShowTaskpaneWithDocument";

/** settings.saveAsync as a promise of its AsyncResult. */
function save(): Promise<Office.AsyncResult<void>> {
  return new Promise((done) => Office.context.document.settings.saveAsync(done));
}

test(`settings: set and get work on the add-in's copy; the document holds them only after saveAsync (${DOCS.officeSettings})`, async () => {
  const settings = Office.context.document.settings;
  expect(settings.get(AUTO_SHOW)).toBeNull();
  settings.set(AUTO_SHOW, true);
  expect(settings.get(AUTO_SHOW)).toBe(true);
  expect(sim.snapshot().documentSettings).toEqual({});
  const result = await save();
  expect(result.status).toBe(Office.AsyncResultStatus.Succeeded);
  expect(sim.snapshot().documentSettings).toEqual({ [AUTO_SHOW]: true });
});

test(`settings: the task pane's auto-open tag survives dump and load, and the reopened add-in reads it (${DOCS.autoOpen})`, async () => {
  Office.context.document.settings.set(AUTO_SHOW, true);
  Office.context.document.settings.set("when", new Date(Date.UTC(2026, 2, 2)));
  await save();
  const json = sim.dump();
  expect(json.documentSettings).toEqual({ [AUTO_SHOW]: true, when: "2026-03-02T00:00:00.000Z" });
  Office.context.document.settings.remove(AUTO_SHOW);
  sim.load(json);
  expect(Office.context.document.settings.get(AUTO_SHOW)).toBe(true);
  // Saved as JSON: a Date comes back as its text, as Office serialises the bag.
  expect(Office.context.document.settings.get("when")).toBe("2026-03-02T00:00:00.000Z");
});

test(`settings: remove and refreshAsync act on the in-memory copy; unsaved changes are dropped by a refresh (${DOCS.persist})`, async () => {
  const settings = Office.context.document.settings;
  settings.set(AUTO_SHOW, true);
  await save();
  settings.remove(AUTO_SHOW);
  settings.set("draft", "unsaved");
  expect(settings.get(AUTO_SHOW)).toBeNull();
  const refreshed = await new Promise<Office.AsyncResult<Office.Settings>>((done) =>
    settings.refreshAsync(done),
  );
  expect(refreshed.status).toBe("succeeded");
  expect(settings.get(AUTO_SHOW)).toBe(true);
  expect(settings.get("draft")).toBeNull();
  settings.remove(AUTO_SHOW);
  await save();
  expect(sim.snapshot().documentSettings).toEqual({});
});

test(`settings: a name that is not a string throws at once, as office.js validates it (${DOCS.officeSettings})`, () => {
  const settings = Office.context.document.settings as unknown as { set(n: unknown, v: unknown): void };
  expect(() => settings.set(42, true)).toThrow(/name/);
});

test(`document settings and the Excel workbook's settings are separate stores (${DOCS.persist})`, async () => {
  Office.context.document.settings.set("shared?", 1);
  await save();
  const found = await Excel.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject("shared?");
    await context.sync();
    return !item.isNullObject;
  });
  expect(found).toBe(false);
  expect(sim.snapshot().settings).toEqual({});
});

test(`startup behaviour: Office.addin sets Load or None for this document; snapshot and dump show it (${DOCS.runOnOpen})`, async () => {
  expect(Office.StartupBehavior).toEqual({ none: "None", load: "Load" });
  expect(sim.snapshot().startupBehavior).toBe("None");
  await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
  await expect(Office.addin.getStartupBehavior()).resolves.toBe("Load");
  expect(sim.snapshot().startupBehavior).toBe("Load");
  const json = sim.dump();
  expect(json.startupBehavior).toBe("Load");
  await Office.addin.setStartupBehavior(Office.StartupBehavior.none);
  sim.load(json);
  await expect(Office.addin.getStartupBehavior()).resolves.toBe("Load");
  const bad = await officeErrorOf(() =>
    Office.addin.setStartupBehavior("Always" as unknown as Office.StartupBehavior),
  );
  expect(bad.code).toBe("InvalidArgument");
});

test(`startup behaviour: without SharedRuntime 1.1 the calls reject with ApiNotFound (${DOCS.addin})`, async () => {
  sim.uninstall();
  sim = installExcelSimulation({ otherSets: { SharedRuntime: "1.0" } });
  expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
  const set = await officeErrorOf(() => Office.addin.setStartupBehavior(Office.StartupBehavior.load));
  expect(set.code).toBe("ApiNotFound");
  const get = await officeErrorOf(() => Office.addin.getStartupBehavior());
  expect(get.code).toBe("ApiNotFound");
  expect(sim.snapshot().startupBehavior).toBe("None");
});
