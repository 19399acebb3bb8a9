/** Two or more add-in instances on one shared workbook (coauthoring.ts). */
import { installCoauthoring } from "./coauthoring";
import type { Coauthoring, CoauthoringClient } from "./coauthoring";
import { DOCS } from "./test-helpers";

let co: Coauthoring;
afterEach(() => co.uninstall());

/** The cells of `address` as `client`'s add-in reads them. */
function read(client: CoauthoringClient, address: string, sheet = "Data"): Promise<unknown[][]> {
  return client.run(() =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values");
      await context.sync();
      return range.values;
    }),
  );
}

function write(
  client: CoauthoringClient,
  address: string,
  values: unknown[][],
  sheet = "Data",
): Promise<void> {
  return client.run(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
      await context.sync();
    }),
  );
}

function pair(): [CoauthoringClient, CoauthoringClient] {
  const [a, b] = co.clients;
  if (!a || !b) throw new Error("two clients expected");
  return [a, b];
}

test(`a value written by one co-author reaches the other only when it is synchronized, with a Remote onChanged (${DOCS.coauthoring})`, async () => {
  co = installCoauthoring({ clients: 2, sheets: ["Data"] });
  const [a, b] = pair();
  const seen: string[] = [];
  await b.run(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").onChanged.add(async (e) => {
        // The handler runs as B: its own Excel.run reads B's replica.
        const range = context.workbook.worksheets.getItem("Data").getRange(e.address).load("values");
        await context.sync();
        seen.push(
          `${co.current().index} ${e.source} ${e.changeType} ${e.address} ${String(range.values[0]?.[0])}`,
        );
        seen.push(`details ${e.details === undefined ? "none" : "given"}`);
      });
      await context.sync();
    }),
  );
  await write(a, "B2", [["Contoso"]]);
  await expect(read(a, "B2")).resolves.toEqual([["Contoso"]]);
  await expect(read(b, "B2")).resolves.toEqual([[""]]);
  expect(co.converged()).toBe(false);
  co.propagate();
  await b.settle();
  expect(seen).toEqual([`1 ${Excel.EventSource.remote} RangeEdited B2 Contoso`, "details none"]);
  await expect(read(b, "B2")).resolves.toEqual([["Contoso"]]);
  expect(co.converged()).toBe(true);
  // A's own change fired nothing on A as Remote, and copies in JavaScript are not synchronized.
  expect(co.server.log.map((e) => e.client)).toEqual([0]);
});

test(`outside any client's run the globals act as client 0; each client counts its own syncs (${DOCS.coauthoring})`, async () => {
  co = installCoauthoring({ clients: 2, sheets: ["Data"] });
  const [a, b] = pair();
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A1").values = [["from 0"]];
    await context.sync();
  });
  expect(a.counters().syncs).toBe(1);
  expect(b.counters().syncs).toBe(0);
  expect(co.current().index).toBe(0);
  expect(b.run(() => co.current().index)).toBe(1);
  expect(b.run(() => Office.context.requirements.isSetSupported("ExcelApi", "1.7"))).toBe(true);
});

test(`two co-authors writing one cell converge on the server's last write on both replicas (${DOCS.coauthoring})`, async () => {
  co = installCoauthoring({ clients: 2, sheets: ["Data"] });
  const [a, b] = pair();
  await write(a, "A1:B1", [["a", "a only"]]);
  await write(b, "A1", [["b"]]);
  // Each sees its own write until the other's arrives.
  await expect(read(a, "A1")).resolves.toEqual([["a"]]);
  await expect(read(b, "A1")).resolves.toEqual([["b"]]);
  await co.settleCoauthoring();
  await expect(read(a, "A1:B1")).resolves.toEqual([["b", "a only"]]);
  await expect(read(b, "A1:B1")).resolves.toEqual([["b", "a only"]]);
  expect(co.server.snapshot().sheets["Data"]?.values).toEqual([["b", "a only"]]);
  expect(co.converged()).toBe(true);
});

test(`a row inserted by one co-author shifts the other's cells, formulas and tracked ranges once it arrives (${DOCS.insert})`, async () => {
  co = installCoauthoring({ clients: 2, sheets: ["Data"] });
  const [a, b] = pair();
  await write(a, "A1:A3", [["one"], ["two"], ['=A2&"!"']]);
  co.propagate();
  const events: string[] = [];
  const tracked = await b.run(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.onChanged.add(async (e) => {
        events.push(`${e.source} ${e.changeType} ${e.address}`);
        return Promise.resolve();
      });
      const range = sheet.getRange("A2");
      range.track();
      await context.sync();
      return range;
    }),
  );
  await a.run(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("2:2").insert(Excel.InsertShiftDirection.down);
      await context.sync();
    }),
  );
  await expect(read(b, "A2")).resolves.toEqual([["two"]]);
  co.propagate();
  await b.settle();
  expect(events).toEqual(["Remote RowInserted 2:2"]);
  await expect(read(b, "A1:A4")).resolves.toEqual([["one"], [""], ["two"], ["two!"]]);
  const formulas = b.snapshot().sheets["Data"]?.formulas.map((r) => r[0]);
  expect(formulas?.[3]).toBe('=A3&"!"');
  const moved = await b.run(() =>
    Excel.run(tracked, async (context) => {
      tracked.load("address");
      await context.sync();
      return tracked.address;
    }),
  );
  expect(moved).toBe("Data!A3");
  expect(co.converged()).toBe(true);
});

test(`a co-author's pending change is replayed at its address on top of what arrived first (positional replay) (${DOCS.coauthoring})`, async () => {
  co = installCoauthoring({ clients: 2, sheets: ["Data"] });
  const [a, b] = pair();
  await write(a, "A1:A2", [["x"], ["y"]]);
  co.propagate();
  // B inserts a row first; A, not having seen it, writes C2. The server orders B's change first.
  await b.run(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("1:1").insert("Down");
      await context.sync();
    }),
  );
  await write(a, "C2", [["mine"]]);
  await co.settleCoauthoring();
  for (const client of [a, b])
    await expect(read(client, "A1:C3")).resolves.toEqual([
      ["", "", ""],
      ["x", "", "mine"],
      ["y", "", ""],
    ]);
  expect(co.converged()).toBe(true);
});

test(`custom XML parts, workbook settings and document settings are not synchronized between co-authors (${DOCS.coauthoring})`, async () => {
  co = installCoauthoring({ clients: 2, sheets: ["Data"] });
  const [a, b] = pair();
  await a.run(() =>
    Excel.run(async (context) => {
      context.workbook.customXmlParts.add("<lease xmlns='urn:procsheet'><holder>A</holder></lease>");
      context.workbook.settings.add("lease", "A");
      await context.sync();
    }),
  );
  await a.run(
    () =>
      new Promise<void>((done) => {
        Office.context.document.settings.set("Office.AutoShowTaskpaneWithDocument", true);
        Office.context.document.settings.saveAsync(() => done());
      }),
  );
  await co.settleCoauthoring();
  expect(a.snapshot().customXmlParts).toHaveLength(1);
  expect(b.snapshot().customXmlParts).toEqual([]);
  expect(b.snapshot().settings).toEqual({});
  expect(b.snapshot().documentSettings).toEqual({});
  expect(b.run(() => Office.context.document.settings.get("Office.AutoShowTaskpaneWithDocument"))).toBeNull();
  const found = await b.run(() =>
    Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace("urn:procsheet").load("items");
      await context.sync();
      return parts.items.length;
    }),
  );
  expect(found).toBe(0);
  expect(co.server.seq).toBe(0);
});

test(`with delayMs a change arrives by itself after the delay (${DOCS.coauthoring})`, async () => {
  co = installCoauthoring({ clients: 2, sheets: ["Data"], delayMs: 20 });
  const [a, b] = pair();
  await write(a, "A1", [["soon"]]);
  await expect(read(b, "A1")).resolves.toEqual([[""]]);
  await new Promise((r) => setTimeout(r, 60));
  await expect(read(b, "A1")).resolves.toEqual([["soon"]]);
  expect(b.delivered).toBe(1);
});

test(`a handler that writes back on a remote change is settled too (${DOCS.events})`, async () => {
  co = installCoauthoring({ clients: 2, sheets: ["Data"] });
  const [a, b] = pair();
  await b.run(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").onChanged.add(async (e) => {
        if (e.source !== "Remote" || e.address !== "A1") return;
        await Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Data").getRange("B1").values = [["seen by B"]];
          await ctx.sync();
        });
      });
      await context.sync();
    }),
  );
  await write(a, "A1", [["hello"]]);
  await co.settleCoauthoring();
  await expect(read(a, "A1:B1")).resolves.toEqual([["hello", "seen by B"]]);
  expect(co.converged()).toBe(true);
});

describe("TableRowCollection.add and co-authors", () => {
  async function register(): Promise<void> {
    co = installCoauthoring({ clients: 2, sheets: ["Data"] });
    await write(pair()[0], "A1:B2", [
      ["ID", "Owner"],
      ["C-1", "ann"],
    ]);
    await pair()[0].run(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true).name = "Cases";
        await context.sync();
      }),
    );
    await co.settleCoauthoring();
  }

  function addRow(client: CoauthoringClient, values: string[]): Promise<void> {
    return client.run(() =>
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Cases").rows.add(undefined, [values]);
        await context.sync();
      }),
    );
  }

  test(`rows.add while a co-author edits the table is a merge conflict: the row is refused and its author refreshed (${DOCS.coauthoring})`, async () => {
    await register();
    const [a, b] = pair();
    await write(b, "B2", [["bob"]]);
    await addRow(a, ["C-2", "cy"]);
    expect(a.snapshot().tables[0]?.address).toBe("Data!A1:B3");
    await co.settleCoauthoring();
    expect(co.server.conflicts).toEqual([
      expect.objectContaining({ client: 0, kind: "rowsAdd", table: "Cases" }),
    ]);
    for (const client of [a, b]) {
      expect(client.snapshot().tables[0]?.address).toBe("Data!A1:B2");
      await expect(read(client, "A2:B3")).resolves.toEqual([
        ["C-1", "bob"],
        ["", ""],
      ]);
    }
    expect(co.converged()).toBe(true);
  });

  test(`rows.add with no concurrent edit, and a write under the table, reach the co-author (${DOCS.coauthoring})`, async () => {
    await register();
    const [a, b] = pair();
    await addRow(a, ["C-2", "cy"]);
    await co.settleCoauthoring();
    await write(b, "A4:B4", [["C-3", "dee"]]);
    await co.settleCoauthoring();
    expect(co.server.conflicts).toEqual([]);
    for (const client of [a, b]) expect(client.snapshot().tables[0]?.address).toBe("Data!A1:B4");
    expect(co.converged()).toBe(true);
  });
});

test(`a sheet renamed by one co-author renames it in the other's formulas, even one written meanwhile (${DOCS.worksheets})`, async () => {
  co = installCoauthoring({ clients: 2, sheets: ["Data", "Log"] });
  const [a, b] = pair();
  await b.run(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Log").getRange("A1").formulas = [["=Data!A1"]];
      await context.sync();
    }),
  );
  await a.run(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "Register";
      await context.sync();
    }),
  );
  await co.settleCoauthoring();
  for (const client of [a, b]) {
    expect(client.snapshot().sheetOrder).toEqual(["Register", "Log"]);
    expect(client.snapshot().sheets["Log"]?.formulas).toEqual([["=Register!A1"]]);
  }
  expect(co.converged()).toBe(true);
});

test(`a sort by one co-author reaches the other as a Remote RangeEdited on the table (${DOCS.tableChangedArgs})`, async () => {
  co = installCoauthoring({ clients: 2, sheets: ["Data"] });
  const [a, b] = pair();
  await a.run(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B4").values = [
        ["ID", "Amount"],
        ["C-1", 30],
        ["C-2", 10],
        ["C-3", 20],
      ];
      sheet.tables.add("A1:B4", true).name = "Cases";
      await context.sync();
    }),
  );
  await co.settleCoauthoring();
  const seen: string[] = [];
  await b.run(() =>
    Excel.run(async (context) => {
      context.workbook.tables.getItem("Cases").onChanged.add(async (e) => {
        seen.push(`${e.source} ${e.changeType} ${e.address}`);
        return Promise.resolve();
      });
      await context.sync();
    }),
  );
  await a.run(() =>
    Excel.run(async (context) => {
      context.workbook.tables.getItem("Cases").sort.apply([{ key: 1, ascending: true }]);
      await context.sync();
    }),
  );
  await co.settleCoauthoring();
  expect(seen).toEqual([`${Excel.EventSource.remote} RangeEdited A2:B4`]);
  await expect(read(b, "A2:A4")).resolves.toEqual([["C-2"], ["C-3"], ["C-1"]]);
  expect(co.converged()).toBe(true);
});
