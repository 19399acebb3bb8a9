/** Ribbon buttons' functions and the pane's visibility in a shared runtime (ribbon.ts). */
import { installExcelSimulation } from "./index";
import type { ExcelSimulation } from "./index";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
afterEach(() => sim.uninstall());

test(`a pressed button runs the function associated with its FunctionName, which calls completed() (${DOCS.actions})`, async () => {
  sim = installExcelSimulation();
  const pressed: string[] = [];
  Office.actions.associate("newCase", (event: Office.AddinCommands.Event) => {
    pressed.push("newCase");
    event.completed();
  });
  await sim.user.pressButton("newCase");
  expect(pressed).toEqual(["newCase"]);
  expect(sim.host.ribbon.associated()).toEqual(["newCase"]);
});

test("a button whose function was never associated cannot run (Office says so in a dialog)", () => {
  sim = installExcelSimulation();
  expect(() => sim.user.pressButton("syncProcess")).toThrow(/couldn't run/);
});

test("a function that never calls completed() is reported", async () => {
  sim = installExcelSimulation();
  Office.actions.associate("stuck", () => undefined);
  await expect(sim.host.ribbon.press("stuck", 20)).rejects.toThrow(/never called event.completed/);
});

test(`showAsTaskpane shows the pane (SharedRuntime 1.1), and rejects with ApiNotFound without it (${DOCS.addin})`, async () => {
  sim = installExcelSimulation();
  await Office.addin.showAsTaskpane();
  expect(sim.host.ribbon.paneShown).toBe(true);
  await Office.addin.hide();
  expect(sim.host.ribbon.paneShown).toBe(false);
  sim.uninstall();
  sim = installExcelSimulation({ otherSets: { SharedRuntime: "1.0" } });
  expect((await officeErrorOf(() => Office.addin.showAsTaskpane())).code).toBe("ApiNotFound");
});
