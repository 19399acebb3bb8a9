/** onChanged for worksheets and tables: API writes, user edits, co-author edits, details and triggerSource. */
import { installExcelSimulation } from "./index";
import type { ExcelSimulation } from "./index";
import type { ApiVersion } from "./requirement-sets";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
afterEach(() => sim.uninstall());

async function listen(version: ApiVersion): Promise<Record<string, unknown>[]> {
  sim = installExcelSimulation({ sheets: ["Data"], apiVersion: version });
  const seen: Record<string, unknown>[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").onChanged.add(async (args) => {
      seen.push({ ...(args as unknown as Record<string, unknown>) });
    });
    await context.sync();
  });
  return seen;
}

test(`an API write fires WorksheetChanged with details for a single cell, source Local and triggerSource ThisLocalAddin (${DOCS.changedArgs})`, async () => {
  const seen = await listen("1.14");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("B2").values = [["x"]];
    await context.sync();
  });
  await sim.settle();
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({
    type: "WorksheetChanged",
    address: "B2",
    changeType: "RangeEdited",
    source: "Local",
    triggerSource: "ThisLocalAddin",
    details: { valueBefore: "", valueAfter: "x", valueTypeBefore: "Empty", valueTypeAfter: "String" },
  });
});

test(`a multi-cell change carries no details (office-js#5347, #3888; ${DOCS.changedArgs})`, async () => {
  const seen = await listen("1.17");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [
      [1, 2],
      [3, 4],
    ];
    await context.sync();
  });
  await sim.settle();
  expect(seen[0]?.["address"]).toBe("A1:B2");
  expect(seen[0]).not.toHaveProperty("details");
});

test(`a user's edit is Local but not from this add-in; a co-author's edit is Remote (${DOCS.events})`, async () => {
  const seen = await listen("1.14");
  sim.setCellByUser("Data", "C3", 5);
  sim.coauthor.editCell("Data", "C4", "co");
  await sim.settle();
  expect(seen.map((e) => [e["address"], e["source"], e["triggerSource"]])).toEqual([
    ["C3", "Local", "Others"],
    ["C4", "Remote", "Others"],
  ]);
});

test(`details need ExcelApi 1.9 and triggerSource 1.14; older Excel omits them (${DOCS.reqSets})`, async () => {
  const seen = await listen("1.8");
  sim.setCellByUser("Data", "A1", 1);
  await sim.settle();
  expect(seen[0]).not.toHaveProperty("details");
  expect(seen[0]).not.toHaveProperty("triggerSource");
  sim.uninstall();
  const seen2 = await listen("1.13");
  sim.setCellByUser("Data", "A1", 1);
  await sim.settle();
  expect(seen2[0]).toHaveProperty("details");
  expect(seen2[0]).not.toHaveProperty("triggerSource");
});

test(`worksheets.onChanged needs ExcelApi 1.9: registering on 1.8 fails with ApiNotFound (${DOCS.reqSets})`, async () => {
  sim = installExcelSimulation({ apiVersion: "1.8" });
  const err = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => undefined);
      await context.sync();
    }),
  );
  expect(err.code).toBe("ApiNotFound");
});

test(`table onChanged reports the part of the change inside the table, with tableId (${DOCS.tableChangedArgs})`, async () => {
  sim = installExcelSimulation({ sheets: ["Data"] });
  const seen: Record<string, unknown>[] = [];
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:B2").values = [
      ["a", "b"],
      [1, 2],
    ];
    const t = sheet.tables.add("A1:B2", true);
    t.load("id");
    await context.sync();
    t.onChanged.add(async (args) => {
      seen.push({ ...(args as unknown as Record<string, unknown>), expectId: t.id });
    });
    await context.sync();
    sheet.getRange("B2:D2").values = [[9, 9, 9]];
    await context.sync();
  });
  await sim.settle();
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({ type: "TableChanged", address: "B2", source: "Local" });
  expect(seen[0]?.["tableId"]).toBe(seen[0]?.["expectId"]);
});

test(`handlers register at sync, can be removed, and enableEvents=false silences them (${DOCS.events})`, async () => {
  sim = installExcelSimulation({ sheets: ["Data"] });
  let count = 0;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const reg = sheet.onChanged.add(async () => {
      count++;
    });
    sim.setCellByUser("Data", "A1", 1); // before sync: not registered yet
    await context.sync();
    sim.setCellByUser("Data", "A1", 2);
    await sim.settle();
    expect(count).toBe(1);
    context.runtime.enableEvents = false;
    await context.sync();
    sim.setCellByUser("Data", "A1", 3);
    await sim.settle();
    expect(count).toBe(1);
    context.runtime.enableEvents = true;
    reg.remove();
    await context.sync();
    sim.setCellByUser("Data", "A1", 4);
    await sim.settle();
    expect(count).toBe(1);
  });
});

test(`co-author structural changes fire RowInserted / RowDeleted with source Remote (${DOCS.coauthoring})`, async () => {
  const seen = await listen("1.14");
  sim.coauthor.insertRows("Data", 3, 2);
  sim.coauthor.deleteRows("Data", 3, 1);
  await sim.settle();
  expect(seen.map((e) => [e["changeType"], e["address"], e["source"]])).toEqual([
    ["RowInserted", "3:4", "Remote"],
    ["RowDeleted", "3:3", "Remote"],
  ]);
});

test(`event args getRange(context) gives a range in the handler's context (ExcelApi 1.8, ${DOCS.changedArgs})`, async () => {
  sim = installExcelSimulation({ sheets: ["Data"] });
  const addresses: string[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").onChanged.add(async (e) => {
      await Excel.run(async (ctx) => {
        const r = e.getRange(ctx).load("address, values");
        await ctx.sync();
        addresses.push(`${r.address}=${JSON.stringify(r.values)}`);
      });
    });
    await context.sync();
  });
  sim.setCellByUser("Data", "D4", "typed");
  await sim.settle();
  expect(addresses).toEqual(['Data!D4=[["typed"]]']);
});
