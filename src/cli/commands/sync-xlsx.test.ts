import { Workbook, type Worksheet } from "exceljs";
import { copyFileSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  expectBadInput,
  FIXTURES,
  MINI,
  overlappingPairs,
  readZip,
  removeTempDirs,
  runCli,
  tempDir,
  validationRanges,
  writeZip,
} from "../../../test/fixtures/cli/cli-harness";
import { readFixtureXlsx, writeFixtureXlsx } from "../../../test/fixtures/cli/xlsx-fixture";

afterAll(removeTempDirs);

const NOW = "2026-01-05T09:00:00";
const HEADERS = ["ID", "Step", "Status", "Owner", "Amount", "Requester", "Notes"];
const ROWS = [
  [null, null, null, null, 500, "Ann", '=HYPERLINK("http://x")'],
  ["PR-0002", "Review", "Done", "Bo", 20000, "Cy", "keep me"],
  ["PR-0003", "Order", "In progress", "Cy", 80, "@evil", null],
  [null, null, null, null, 40, "-cmd", null],
];

/** A register as a person might keep it: a cover sheet first, the register table at B3, formats and rules. */
async function makeWorkbook(file: string): Promise<void> {
  const wb = new Workbook();
  const cover = wb.addWorksheet("Cover");
  cover.getCell("A1").value = "Purchasing 2026";
  cover.getCell("A1").font = { bold: true, size: 16 };
  cover.addTable({
    name: "Contacts",
    ref: "A3",
    columns: [{ name: "Name" }, { name: "Phone" }],
    rows: [["Ann", "123"]],
  });
  const ws = wb.addWorksheet("Requests");
  ws.addTable({
    name: "Requests",
    ref: "B3",
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows: ROWS,
  });
  ws.getColumn("F").numFmt = "#,##0.00";
  ws.getColumn("H").width = 30;
  ws.getCell("H5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("M10").value = { formula: "SUM(F4:F7)", result: 20620 };
  ws.getCell("B1").value = "Open requests";
  ws.addConditionalFormatting({
    ref: "D4:D1000",
    rules: [
      {
        type: "cellIs",
        operator: "equal",
        priority: 1,
        formulae: ['"Blocked"'],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } },
      },
    ],
  });
  (ws as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add(
    "D4:D1003",
    {
      type: "list",
      allowBlank: true,
      formulae: ['"To do,In progress,Done"'],
    },
  );
  await wb.xlsx.writeFile(file);
}

async function load(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of every sheet: address → value and style, as exceljs reads them. */
function cells(wb: Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws: Worksheet) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const { numFmt, font, fill, border, alignment } = cell.style;
        out.set(
          `${ws.name}!${cell.address}`,
          JSON.stringify([cell.value, numFmt, font, fill, border, alignment]),
        );
      }),
    ),
  );
  return out;
}

function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

describe("procsheet sync on .xlsx", () => {
  it("updates in place: only the cells that change, missing system columns added to the table, everything else kept", async () => {
    const dir = tempDir();
    const file = join(dir, "register.xlsx");
    await makeWorkbook(file);
    const before = cells(await load(file));
    const r = runCli(["sync", MINI, "register.xlsx", "--now", NOW, "--out", "register.xlsx"], { cwd: dir });
    expect(r.status).toBe(0);
    const wb = await load(file);
    const after = cells(wb);
    const p = (a: string): string => `Requests!${a}`;
    expect(changed(before, after)).toEqual(
      [
        "B4",
        "C4",
        "D4",
        "E4",
        "I4",
        "J4",
        "K4",
        "C5",
        "D5",
        "E5",
        "I5",
        "J5",
        "B7",
        "C7",
        "D7",
        "E7",
        "I7",
        "J7",
        "K7",
        "I3",
        "J3",
        "K3",
      ]
        .map(p)
        .sort(),
    );
    const ws = wb.getWorksheet("Requests") as Worksheet;
    expect([1, 2, 3, 4].map((i) => ws.getCell(`B${3 + i}`).value)).toEqual([
      "PR-0004",
      "PR-0002",
      "PR-0003",
      "PR-0005",
    ]);
    expect(["I3", "J3", "K3"].map((a) => ws.getCell(a).value)).toEqual(["Due", "Step started", "Created"]);
    expect(ws.getCell("C5").value).toBe("Budget approval");
    expect(ws.getCell("I4").value).toEqual(new Date(Date.UTC(2026, 0, 6)));
    expect(ws.getCell("I4").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("J4").value).toEqual(new Date(Date.UTC(2026, 0, 5, 9)));
    expect(ws.getCell("F4").numFmt).toBe("#,##0.00");

    const xml = await readZip(readFileSync(file));
    const sheet = xml.get("xl/worksheets/sheet2.xml") ?? "";
    // Formula-looking text stays text: the only formula in the sheet is the one that was there.
    expect([...sheet.matchAll(/<f>/g)]).toHaveLength(1);
    expect(ws.getCell("H4").value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell("E7").value).toBe("-cmd");
    const tables = [...xml.entries()].filter(([k]) => k.startsWith("xl/tables/")).map(([, v]) => v);
    const requests = tables.find((t) => t.includes('name="Requests"')) ?? "";
    expect(requests).toContain('ref="B3:K7"');
    expect(requests).toContain('<tableColumn id="10" name="Created"');
    expect(requests).toContain('name="TableStyleLight9"');
    expect(tables.find((t) => t.includes('name="Contacts"'))).toContain('ref="A3:B4"');
    expect(sheet).toContain('<conditionalFormatting sqref="D4:D1000"><cfRule type="cellIs"');
    const ranges = validationRanges(sheet);
    expect(ranges).toEqual(["D4:D1003"]);
    expect(overlappingPairs(ranges)).toEqual([]);
  });

  it("leaves the input alone without --out, and writes another file with --out", async () => {
    const dir = tempDir();
    const file = join(dir, "register.xlsx");
    await makeWorkbook(file);
    const original = readFileSync(file);
    expect(runCli(["sync", MINI, "register.xlsx", "--now", NOW], { cwd: dir }).status).toBe(0);
    expect(
      runCli(["sync", MINI, "register.xlsx", "--now", NOW, "--out", "copy.xlsx"], { cwd: dir }).status,
    ).toBe(0);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect((await load(join(dir, "copy.xlsx"))).getWorksheet("Requests")?.getCell("B4").value).toBe(
      "PR-0004",
    );
  });

  it("gives the same --json for the register as a workbook and as CSV", async () => {
    const dir = tempDir();
    await makeWorkbook(join(dir, "register.xlsx"));
    const csv = [HEADERS, ...ROWS].map((r) =>
      r.map((c) => (c === null ? "" : `"${String(c).replace(/"/g, '""')}"`)).join(","),
    );
    writeFileSync(join(dir, "register.csv"), csv.join("\n"));
    const x = JSON.parse(
      runCli(["sync", MINI, "register.xlsx", "--now", NOW, "--json"], { cwd: dir }).stdout,
    ) as unknown;
    const c = JSON.parse(
      runCli(["sync", MINI, "register.csv", "--now", NOW, "--json"], { cwd: dir }).stdout,
    ) as unknown;
    expect(x).toEqual(c);
  });

  it("appends events to the History table of the same workbook, and analyze reads them back", async () => {
    const dir = tempDir();
    const sample = join(FIXTURES, "cli/sample.process.json");
    expect(runCli(["init", sample, "--out", "r.xlsx", "--sample"], { cwd: dir }).status).toBe(0);
    const sync = (now: string): number | null =>
      runCli(["sync", sample, "r.xlsx", "--now", now, "--out", "r.xlsx", "--events", "r.xlsx"], { cwd: dir })
        .status;
    expect(sync(NOW)).toBe(0);
    const history = (await load(join(dir, "r.xlsx"))).getWorksheet("Purchase History") as Worksheet;
    const firstRun = history.actualRowCount - 1;
    expect(firstRun).toBeGreaterThan(0);
    expect(history.getCell("A2").value).toBe("PR-0004");
    expect(history.getCell("B2").value).toEqual(new Date(Date.UTC(2026, 0, 5, 9)));
    expect(sync("2026-01-20T09:00:00")).toBe(0);
    const xml = await readZip(readFileSync(join(dir, "r.xlsx")));
    const table = [...xml.values()].find((t) => t.includes('name="PS_purchase_History"')) ?? "";
    const rows = (await load(join(dir, "r.xlsx"))).getWorksheet("Purchase History")?.actualRowCount ?? 0;
    expect(rows - 1).toBeGreaterThanOrEqual(firstRun);
    expect(table).toContain(`ref="A1:L${rows}"`);
    for (const sheet of [...xml.keys()].filter((k) => k.startsWith("xl/worksheets/sheet")))
      expect([sheet, overlappingPairs(validationRanges(xml.get(sheet) ?? ""))]).toEqual([sheet, []]);
    const analysis = runCli(["analyze", sample, "r.xlsx", "--now", "2026-01-20T09:00:00", "--json"], {
      cwd: dir,
    });
    expect(analysis.status).toBe(0);
    expect((JSON.parse(analysis.stdout) as { cases: { open: number } }).cases.open).toBeGreaterThan(0);
  });

  it("--events FILE.xlsx creates a workbook with the History table init makes, then appends below it", async () => {
    const dir = tempDir();
    await makeWorkbook(join(dir, "register.xlsx"));
    const sync = (now: string): number | null =>
      runCli(
        ["sync", MINI, "register.xlsx", "--now", now, "--out", "register.xlsx", "--events", "events.xlsx"],
        {
          cwd: dir,
        },
      ).status;
    expect(sync(NOW)).toBe(0);
    const wb = await load(join(dir, "events.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Purchase History"]);
    const ws = wb.worksheets[0] as Worksheet;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "Case ID",
      "At",
      "Event",
      "Step",
      "From step",
      "Status",
      "Owner",
      "By",
      "Version",
      "Field",
      "Old value",
      "New value",
    ]);
    expect(ws.actualRowCount).toBe(1 + 6);
    expect(ws.getRow(2).values).toEqual([
      undefined,
      "PR-0004",
      new Date(Date.UTC(2026, 0, 5, 9)),
      "Created",
      "Request",
      undefined,
      "To do",
      undefined,
      undefined,
      1,
    ]);
    // The register was saved with the events, so a second tick at the same time has nothing more to record.
    expect(sync(NOW)).toBe(0);
    expect((await load(join(dir, "events.xlsx"))).worksheets[0]?.actualRowCount).toBe(1 + 6);
  });

  it("keeps a table as Excel and LibreOffice write it (no headerRowCount, no tableStyleInfo, no filterColumn)", async () => {
    const dir = tempDir();
    const file = join(dir, "register.xlsx");
    await makeWorkbook(file);
    const zip = await readZip(readFileSync(file));
    for (const [name, text] of zip)
      if (name.startsWith("xl/tables/"))
        zip.set(
          name,
          text
            .replace(/ headerRowCount="1"/, "")
            .replace(/<tableStyleInfo[^>]*\/>/, "")
            .replace(/<filterColumn[^>]*\/>/g, ""),
        );
    writeFileSync(file, await writeZip(zip));
    const r = runCli(["sync", MINI, "register.xlsx", "--now", NOW, "--out", "register.xlsx"], { cwd: dir });
    expect(r.status).toBe(0);
    const table =
      [...(await readZip(readFileSync(file))).values()].find((t) => t.includes('name="Requests"')) ?? "";
    expect(table).toContain('headerRowCount="1"');
    expect(table).toContain("<tableStyleInfo");
    expect(table).not.toContain('hiddenButton="1"');
    expect((await load(file)).getWorksheet("Requests")?.getCell("B4").value).toBe("PR-0004");
  });

  it("keeps the parts exceljs does not know: the add-in's custom XML and web-extension parts", async () => {
    const dir = tempDir();
    const file = join(dir, "register.xlsx");
    await makeWorkbook(file);
    const zip = await readZip(readFileSync(file));
    const parts: Record<string, string> = {
      "customXml/item1.xml": '<procsheet xmlns="urn:procsheet:process">{"id":"purchase"}</procsheet>',
      "customXml/itemProps1.xml":
        '<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
      "customXml/_rels/item1.xml.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
      "xl/webextensions/taskpanes.xml":
        '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"/>',
    };
    for (const [k, v] of Object.entries(parts)) zip.set(k, v);
    const rel = (id: string, type: string, target: string): string =>
      `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
    zip.set(
      "xl/_rels/workbook.xml.rels",
      (zip.get("xl/_rels/workbook.xml.rels") ?? "").replace(
        "</Relationships>",
        `${rel("rId99", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml", "../customXml/item1.xml")}</Relationships>`,
      ),
    );
    zip.set(
      "_rels/.rels",
      (zip.get("_rels/.rels") ?? "").replace(
        "</Relationships>",
        `${rel("rId98", "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes", "xl/webextensions/taskpanes.xml")}</Relationships>`,
      ),
    );
    const override = (part: string, type: string): string =>
      `<Override PartName="${part}" ContentType="${type}"/>`;
    zip.set(
      "[Content_Types].xml",
      (zip.get("[Content_Types].xml") ?? "").replace(
        "</Types>",
        override(
          "/customXml/itemProps1.xml",
          "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
        ) +
          override("/xl/webextensions/taskpanes.xml", "application/vnd.ms-office.webextensiontaskpanes+xml") +
          "</Types>",
      ),
    );
    writeFileSync(file, await writeZip(zip));
    expect(
      runCli(["sync", MINI, "register.xlsx", "--now", NOW, "--out", "register.xlsx"], { cwd: dir }).status,
    ).toBe(0);
    const out = await readZip(readFileSync(file));
    for (const [k, v] of Object.entries(parts)) expect([k, out.get(k)]).toEqual([k, v]);
    expect(out.get("xl/_rels/workbook.xml.rels")).toMatch(/Target="\.\.\/customXml\/item1\.xml"/);
    expect(out.get("_rels/.rels")).toContain('Target="xl/webextensions/taskpanes.xml"');
    expect(out.get("[Content_Types].xml")).toContain('PartName="/customXml/itemProps1.xml"');
    expect(out.get("[Content_Types].xml")).toContain('PartName="/xl/webextensions/taskpanes.xml"');
    expect((await load(file)).getWorksheet("Requests")?.getCell("B4").value).toBe("PR-0004");
  });

  it("finds a register without a table in the first sheet's used range, header in its first non-empty row", async () => {
    const dir = tempDir();
    const wb = new Workbook();
    const ws = wb.addWorksheet("Sheet1");
    ws.getRow(2).values = [undefined, undefined, "ID", "Status", "Amount", "Requester"];
    ws.getRow(3).values = [undefined, undefined, null, null, 500, "Ann"];
    ws.getRow(4).values = [undefined, undefined, "PR-0007", "Waiting", 9, "Bo"];
    await wb.xlsx.writeFile(join(dir, "plain.xlsx"));
    expect(
      runCli(["sync", MINI, "plain.xlsx", "--now", NOW, "--out", "plain.xlsx"], { cwd: dir }).status,
    ).toBe(0);
    const out = (await load(join(dir, "plain.xlsx"))).getWorksheet("Sheet1") as Worksheet;
    expect(out.getRow(2).values).toEqual([
      undefined,
      undefined,
      undefined,
      "ID",
      "Status",
      "Amount",
      "Requester",
      "Step",
      "Owner",
      "Due",
      "Step started",
      "Created",
    ]);
    expect(out.getCell("C3").value).toBe("PR-0008");
    expect(out.getCell("D3").value).toBe("To do");
    expect(out.getCell("G3").value).toBe("Request");
    expect(out.getCell("C4").value).toBe("PR-0007");
  });

  it("keeps CR, CRLF, control characters and a literal _x0041_ in a workbook it syncs, and writes them so", async () => {
    // exceljs wrote CR raw (read back as LF) and a literal _x0041_ unescaped (read back as "A"), in every cell.
    const dir = tempDir();
    const notes = ["line 1\r\nline 2", "a\rb", "_x0041_ and _x005F_x0041_", "bell\u0007", "中文 😀"];
    const requester = 'Ann\r\nof "Sales"';
    const rows = [
      ["ID", "Status", "Amount", "Requester", "Notes"],
      ...notes.map((n, i) => [i === 0 ? null : `PR-000${i}`, i === 0 ? null : "Waiting", 5, requester, n]),
    ];
    writeFileSync(
      join(dir, "r.xlsx"),
      await writeFixtureXlsx([{ name: "Requests", rows, table: "Requests" }]),
    );
    const r = runCli(["sync", MINI, "r.xlsx", "--now", NOW, "--out", "r.xlsx"], { cwd: dir });
    expect(r.status).toBe(0);
    const cells = (await readFixtureXlsx(readFileSync(join(dir, "r.xlsx")))).get("Requests");
    expect(notes.map((_n, i) => cells?.get(`E${i + 2}`)?.value)).toEqual(notes);
    expect(cells?.get("D2")?.value).toBe(requester);
    // The owner the sync wrote from the requester keeps the line break too.
    expect(cells?.get("G2")?.value).toBe(requester);
    expect(cells?.get("G1")?.value).toBe("Owner");
  });

  it("refuses a workbook without a register of the process, and a file that is no workbook", async () => {
    const dir = tempDir();
    const wb = new Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = "Cost centre";
    await wb.xlsx.writeFile(join(dir, "other.xlsx"));
    writeFileSync(join(dir, "fake.xlsx"), "ID,Status\n");
    copyFileSync(MINI, join(dir, "p.json"));
    for (const [file, text] of [
      ["other.xlsx", "no column header matches"],
      ["fake.xlsx", "cannot be read as an .xlsx workbook"],
    ]) {
      const r = runCli(["sync", "p.json", file as string], { cwd: dir });
      expectBadInput(r);
      expect(r.stderr).toContain(text);
    }
  });

  it("refuses a workbook with two tables that could each be the register, naming both and the add-in's table name; nothing written", async () => {
    const dir = tempDir();
    const wb = new Workbook();
    const dash = wb.addWorksheet("Dashboard");
    dash.addTable({
      name: "Dashboard",
      ref: "A1",
      columns: ["ID", "Step", "Owner", "Amount"].map((name) => ({ name })),
      rows: [["PR-0002", "Review", "Bo", 20000]],
    });
    wb.addWorksheet("Requests").addTable({
      name: "Requests",
      ref: "B3",
      columns: HEADERS.map((name) => ({ name })),
      rows: ROWS,
    });
    const file = join(dir, "two.xlsx");
    await wb.xlsx.writeFile(file);
    copyFileSync(MINI, join(dir, "p.json"));
    const before = readFileSync(file);
    for (const lang of ["en", "zh-CN"]) {
      const r = runCli(["sync", "p.json", "two.xlsx", "--out", "two.xlsx", "--now", NOW, "--lang", lang], {
        cwd: dir,
      });
      expectBadInput(r);
      expect(r.stderr).toContain(lang === "en" ? "Dashboard, Requests" : "Dashboard、Requests");
      expect(r.stderr).toContain("PS_purchase");
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("makes a formula without a cached value in the ID column that row's error (data.uncalculated), and keeps the formula", async () => {
    const dir = tempDir();
    const wb = new Workbook();
    wb.addWorksheet("Requests").addTable({
      name: "Requests",
      ref: "A1",
      columns: HEADERS.map((name) => ({ name })),
      rows: [
        [{ formula: '"PR-"&TEXT(ROW(),"0000")' }, "Review", "To do", null, 20000, "Cy", null],
        ["PR-0003", "Order", "In progress", "Cy", 80, "Di", null],
      ],
    });
    const file = join(dir, "f.xlsx");
    await wb.xlsx.writeFile(file);
    copyFileSync(MINI, join(dir, "p.json"));
    const r = runCli(["sync", "p.json", "f.xlsx", "--out", "f.xlsx", "--now", NOW, "--json"], { cwd: dir });
    const out = JSON.parse(r.stdout) as { errors: { id: string | null; row: number; message: string }[] };
    expect(out.errors).toEqual([
      expect.objectContaining({
        row: 1,
        message: expect.stringContaining('Column "ID" holds a formula that was never calculated'),
      }),
    ]);
    const after = (await load(file)).getWorksheet("Requests");
    expect(after?.getCell("A2").value).toMatchObject({ formula: '"PR-"&TEXT(ROW(),"0000")' });
    // The other row synced: its owner stays, nothing was taken from the row in error.
    expect(after?.getCell("A3").value).toBe("PR-0003");
    expect(after?.getCell("B2").value).toBe("Review");
  });
});
