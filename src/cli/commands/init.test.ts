import { spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { Workbook, type Worksheet } from "exceljs";
import {
  expectBadInput,
  FIXTURES,
  hasLibreOffice,
  MINI,
  overlappingPairs,
  readZip,
  removeTempDirs,
  ROOT,
  runCli,
  runCliAll,
  tempDir,
  validationRanges,
} from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const SAMPLE = join(FIXTURES, "cli/sample.process.json");

// One workbook per language, shared by the tests that only read them.
let shared = "";
let en = { status: null as number | null, stdout: "" };
let zh = { status: null as number | null, stdout: "" };
beforeAll(() => {
  shared = tempDir();
  en = runCli(["init", MINI, "--out", "en.xlsx"], { cwd: shared });
  zh = runCli(["init", MINI, "--out", "zh.xlsx", "--lang", "zh-CN"], { cwd: shared });
});

async function load(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function sheetXml(file: string, n: number): Promise<string> {
  return (await readZip(readFileSync(file))).get(`xl/worksheets/sheet${n}.xml`) ?? "";
}

async function tableXml(file: string, name: string): Promise<string> {
  return (
    [...(await readZip(readFileSync(file))).values()].find(
      (t) => t.startsWith("<?xml") && t.includes(`<table `) && t.includes(`name="${name}"`),
    ) ?? ""
  );
}

/** The validations of a sheet: sqref → first formula. */
function validations(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"[^>]*><formula1>([^<]*)<\/formula1>/g))
    out[m[1] as string] = (m[2] as string).replace(/&quot;/g, '"');
  return out;
}

describe("procsheet init", () => {
  it("writes the register table, its History table, formats, frozen header and widths", async () => {
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('sheet "Purchase" with table PS_purchase');
    const file = join(shared, "en.xlsx");
    const wb = await load(file);
    // "Procsheet lists" (hidden) holds the calendar's holidays and make-up days for the due-soon rule.
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Purchase",
      "Purchase History",
      "People",
      "Procsheet lists",
    ]);
    // People starts with every role member, headed in the workbook's language (docs/specification.md §8.2).
    const people = wb.getWorksheet("People") as Worksheet;
    expect(people.getRow(1).values).toEqual([
      undefined,
      "Name",
      "Email",
      "Manager",
      "Away until",
      "Teams ID",
      "WeCom ID",
      "DingTalk ID",
      "Language",
    ]);
    expect(people.getColumn(1).values.slice(2)).toEqual(["Ann", "Bo", "Cy", "Fay"]);
    expect(wb.getWorksheet("Procsheet lists")?.state).toBe("hidden");
    const ws = wb.getWorksheet("Purchase") as Worksheet;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      ...[
        "ID",
        "Step",
        "Status",
        "Owner",
        "Due",
        "Step started",
        "Created",
        "Closed",
        "Amount",
        "Category",
        "Requester",
      ],
    ]);
    expect(ws.getColumn("E").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getColumn("F").numFmt).toBe("yyyy-mm-dd hh:mm");
    expect(ws.getColumn("I").numFmt).toBe("#,##0.00");
    const register = await tableXml(file, "PS_purchase");
    expect(register).toContain('ref="A1:K2"');
    expect(register).toContain('<tableStyleInfo name="TableStyleMedium2"');
    const history = await tableXml(file, "PS_purchase_History");
    // The same History table the add-in makes: headed in the workbook's language, with the version and the
    // field-change columns.
    expect(history).toContain('ref="A1:L2"');
    expect([...history.matchAll(/<tableColumn [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
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
    const xml = await sheetXml(file, 1);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect([...xml.matchAll(/<col [^>]*width="(\d+)"/g)].length).toBeGreaterThan(0);
  });

  it("adds each list validation once per column range, without overlap", async () => {
    const xml = await sheetXml(join(shared, "en.xlsx"), 1);
    expect(validations(xml)).toEqual({
      "B2:B1002": '"Request,Review,Budget approval,Order"',
      "C2:C1002": '"To do,In progress,Waiting,Blocked,Done,Cancelled"',
      "D2:D1002": '"Ann,Bo,Cy,Fay,CFO"',
      "J2:J1002": '"IT,Office,Services"',
    });
    expect(overlappingPairs(validationRanges(xml))).toEqual([]);
  });

  it("puts a list Excel cannot hold inline (over 255 characters, or values with commas) on a hidden sheet", async () => {
    const dir = tempDir();
    const def = JSON.parse(readFileSync(MINI, "utf8")) as { roles: { buyers: { members: string[] } } };
    def.roles.buyers.members = Array.from({ length: 40 }, (_, i) => `Buyer ${i}, Purchasing`);
    writeFileSync(join(dir, "long.json"), JSON.stringify(def));
    expect(runCli(["init", "long.json", "--out", "r.xlsx"], { cwd: dir }).status).toBe(0);
    const zip = await readZip(readFileSync(join(dir, "r.xlsx")));
    expect(zip.get("xl/workbook.xml")).toContain('name="Procsheet lists" state="hidden"');
    expect(validations(zip.get("xl/worksheets/sheet1.xml") ?? "")["D2:D1002"]).toBe(
      "&apos;Procsheet lists&apos;!$A$1:$A$42",
    );
  });

  it("colours each status in either language, and marks overdue and due-soon rows, with the add-in's marked rules", async () => {
    const xml = await sheetXml(join(shared, "en.xlsx"), 1);
    const unescape = (t: string): string =>
      t
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&");
    const rules = [
      ...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">(.*?)<\/conditionalFormatting>/g),
    ].map((m) => ({
      sqref: m[1],
      formula: unescape(/<formula>([^<]*)<\/formula>/.exec(m[2] ?? "")?.[1] ?? ""),
    }));
    // The same formulas core/register/format-rules.ts gives the add-in: marked N("Procsheet <id> <rule>").
    expect(rules.filter((r) => r.sqref === "C2:C1002").map((r) => r.formula)).toEqual([
      'N("Procsheet purchase status:todo")+OR(TRIM($C2)="To do",TRIM($C2)="待办",TRIM($C2)="todo",TRIM($C2)="to-do",TRIM($C2)="open")',
      'N("Procsheet purchase status:doing")+OR(TRIM($C2)="In progress",TRIM($C2)="进行中",TRIM($C2)="doing",TRIM($C2)="in-progress",TRIM($C2)="started")',
      'N("Procsheet purchase status:waiting")+OR(TRIM($C2)="Waiting",TRIM($C2)="等待")',
      'N("Procsheet purchase status:blocked")+OR(TRIM($C2)="Blocked",TRIM($C2)="受阻",TRIM($C2)="阻塞")',
      'N("Procsheet purchase status:done")+OR(TRIM($C2)="Done",TRIM($C2)="完成",TRIM($C2)="complete",TRIM($C2)="completed",TRIM($C2)="已完成")',
      'N("Procsheet purchase status:cancelled")+OR(TRIM($C2)="Cancelled",TRIM($C2)="已取消",TRIM($C2)="canceled",TRIM($C2)="取消")',
    ]);
    const rowRules = rules.filter((r) => r.sqref === "A2:K1002").map((r) => r.formula);
    expect(rowRules).toHaveLength(2);
    expect(rowRules[0]).toMatch(
      /^N\("Procsheet purchase overdue"\)\+IF\(ISNUMBER\(\$E2\),AND\(INT\(\$E2\)<TODAY\(\)/,
    );
    expect(rowRules[1]).toContain(
      "NETWORKDAYS.INTL(TODAY()+1,INT($E2),\"0000011\",'Procsheet lists'!$A$1:$A$1)",
    );
    expect(rowRules[1]).toContain("COUNTIFS('Procsheet lists'!$B$1:$B$1");
    const styles = (await readZip(readFileSync(join(shared, "en.xlsx")))).get("xl/styles.xml") ?? "";
    expect(styles).toContain('<bgColor rgb="FFDFF6DD"/>'); // Done
  });

  it("writes headers, sheet names and lists in zh-CN with --lang zh-CN", async () => {
    expect(zh.stdout).toContain("工作表“采购”");
    const file = join(shared, "zh.xlsx");
    const wb = await load(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["采购", "采购 历史记录", "人员", "Procsheet 列表"]);
    expect((wb.getWorksheet("人员") as Worksheet).getRow(1).values).toContain("休假至");
    expect(wb.getWorksheet("采购")?.getRow(1).values).toEqual([
      undefined,
      ...[
        "编号",
        "步骤",
        "状态",
        "负责人",
        "截止日期",
        "步骤开始",
        "创建时间",
        "完成时间",
        "金额",
        "类别",
        "申请人",
      ],
    ]);
    const lists = validations(await sheetXml(file, 1));
    expect(lists["C2:C1002"]).toBe('"待办,进行中,等待,受阻,完成,已取消"');
    expect(lists["B2:B1002"]).toBe('"申请,审查,预算审批,下单"');
  });

  it("--sample writes the sample rows in the language, typed, and the ranges reach 1000 rows below them", async () => {
    const dir = tempDir();
    expect(
      runCli(["init", SAMPLE, "--out", "r.xlsx", "--sample", "--lang", "zh-CN"], { cwd: dir }).status,
    ).toBe(0);
    const file = join(dir, "r.xlsx");
    const ws = (await load(file)).getWorksheet("采购") as Worksheet;
    expect(ws.getCell("A3").value).toBe("PR-0002");
    expect(ws.getCell("B3").value).toBe("审查");
    expect(ws.getCell("C3").value).toBe("完成");
    expect(ws.getCell("E3").value).toEqual(new Date(Date.UTC(2026, 0, 7)));
    expect(ws.getCell("I3").value).toBe(20000);
    expect(ws.getCell("K4").value).toBe('=HYPERLINK("http://x")');
    const xml = await sheetXml(file, 1);
    expect([...xml.matchAll(/<f>/g)]).toHaveLength(0);
    expect(await tableXml(file, "PS_purchase")).toContain('ref="A1:K4"');
    expect(Object.keys(validations(xml))).toContain("C2:C1004");
  });

  it("opens again in exceljs and syncs in place without overlapping validations", async () => {
    const dir = tempDir();
    runCli(["init", SAMPLE, "--out", "r.xlsx", "--sample"], { cwd: dir });
    expect(
      runCli(["sync", SAMPLE, "r.xlsx", "--now", "2026-01-05T09:00", "--out", "r.xlsx"], { cwd: dir }).status,
    ).toBe(0);
    const xml = await sheetXml(join(dir, "r.xlsx"), 1);
    expect(validationRanges(xml).sort()).toEqual(["B2:B1004", "C2:C1004", "D2:D1004", "J2:J1004"]);
    expect(overlappingPairs(validationRanges(xml))).toEqual([]);
    expect((await load(join(dir, "r.xlsx"))).getWorksheet("Purchase")?.getCell("A2").value).toBe("PR-0004");
  });

  (hasLibreOffice() ? it : it.skip)(
    "LibreOffice opens the new and the synced workbook (converts them to PDF)",
    () => {
      const dir = tempDir();
      runCli(["init", SAMPLE, "--out", "new.xlsx", "--sample", "--lang", "zh-CN"], { cwd: dir });
      runCli(["init", SAMPLE, "--out", "synced.xlsx", "--sample"], { cwd: dir });
      runCli(
        [
          "sync",
          SAMPLE,
          "synced.xlsx",
          "--now",
          "2026-01-05T09:00",
          "--out",
          "synced.xlsx",
          "--events",
          "synced.xlsx",
        ],
        { cwd: dir },
      );
      // Its own profile, so a LibreOffice already running elsewhere cannot swallow the job.
      const profile = `-env:UserInstallation=file://${join(dir, "lo-profile")}`;
      const r = spawnSync(
        "libreoffice",
        [
          profile,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          join(dir, "pdf"),
          "new.xlsx",
          "synced.xlsx",
        ],
        {
          cwd: dir,
          encoding: "utf8",
          timeout: 60_000,
        },
      );
      expect(r.status).toBe(0);
      expect(readdirSync(join(dir, "pdf")).sort()).toEqual(["new.pdf", "synced.pdf"]);
    },
    60_000,
  );

  it("--sample of a template writes its past too: closed cases dated for --now, and their History, which analyze reads", async () => {
    const dir = tempDir();
    const made = runCli(["init", "procurement", "--out", "r.xlsx", "--sample", "--now", "2026-05-14T10:00"], {
      cwd: dir,
    });
    expect(made.status).toBe(0);
    const ws = (await load(join(dir, "r.xlsx"))).getWorksheet("Procurement") as Worksheet;
    // PR-0001 was written for 2026-03-02, created 36 working days before: made on 14 May, it was created
    // 36 working days before that (docs/specification.md §1.10).
    expect(ws.getCell("A2").value).toBe("PR-0001");
    expect(ws.getCell("G2").value).toEqual(new Date(Date.UTC(2026, 2, 20, 9)));
    expect(ws.getCell("A32").value).toBe("PR-0031");
    const analyze = runCli(["analyze", "procurement", "r.xlsx", "--now", "2026-05-14T10:00", "--json"], {
      cwd: dir,
    });
    expect(analyze.status).toBe(0);
    const figures = JSON.parse(analyze.stdout) as { cases: { closed: number }; throughputPerWeek: object };
    expect(figures.cases.closed).toBeGreaterThanOrEqual(10);
    expect(Object.keys(figures.throughputPerWeek).length).toBeGreaterThanOrEqual(15);
  });

  it("refuses to overwrite without --force, and needs an .xlsx --out", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "taken.xlsx"), "");
    const cases: [string[], string][] = [
      [["init", MINI], "init needs --out"],
      [["init", MINI, "--out", "r.csv"], "is not an .xlsx file"],
      [["init", MINI, "--out", "taken.xlsx"], "--force"],
      [["init", "no-such-template", "--out", "r.xlsx"], 'no template "no-such-template"'],
    ];
    const results = await runCliAll(
      cases.map(([args]) => args),
      { cwd: dir },
    );
    results.forEach((r, i) => {
      expectBadInput(r);
      expect(r.stderr).toContain(cases[i]?.[1]);
    });
    expect(runCli(["init", MINI, "--out", "taken.xlsx", "--force"], { cwd: dir }).status).toBe(0);
  });

  it("stores the process in custom XML parts and tags the workbook to open the Procsheet pane (EXCatalog)", async () => {
    expect(en.stdout).toContain(
      "Excel opens the Procsheet pane with it where the add-in is deployed (EXCatalog)",
    );
    const zip = await readZip(readFileSync(join(shared, "en.xlsx")));
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const id = /<Id>([^<]+)<\/Id>/.exec(manifest)?.[1];
    const version = /<Version>([^<]+)<\/Version>/.exec(manifest)?.[1];
    // https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document
    expect(zip.get("_rels/.rels")).toMatch(
      /Type="http:\/\/schemas\.microsoft\.com\/office\/2011\/relationships\/webextensiontaskpanes" Target="xl\/webextensions\/taskpanes\.xml"/,
    );
    expect(zip.get("xl/webextensions/_rels/taskpanes.xml.rels")).toMatch(
      /Id="(rId1)" Type="http:\/\/schemas\.microsoft\.com\/office\/2011\/relationships\/webextension" Target="webextension1\.xml"/,
    );
    expect(zip.get("xl/webextensions/taskpanes.xml")).toMatch(
      /<wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref [^>]*r:id="rId1"\/>/,
    );
    const we = zip.get("xl/webextensions/webextension1.xml") ?? "";
    expect(we).toContain(
      `<we:reference id="${id}" version="${version}" store="EXCatalog" storeType="EXCatalog"/>`,
    );
    expect(we).toContain('<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>');
    const types = zip.get("[Content_Types].xml") ?? "";
    expect(types).toContain(
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>',
    );
    // The process itself, where the add-in's store reads it (src/excel/store: one part per namespace).
    const items = [...zip.keys()].filter((k) => /^customXml\/item\d+\.xml$/.test(k));
    const namespaces = items.map((k) => /xmlns="([^"]+)"/.exec(zip.get(k) ?? "")?.[1]).sort();
    expect(namespaces).toEqual(["urn:procsheet:state-purchase:1", "urn:procsheet:workbook:1"]);
    for (const k of items) {
      const n = /item(\d+)/.exec(k)?.[1] ?? "";
      expect(zip.get(`customXml/itemProps${n}.xml`)).toContain("<ds:schemaRef ds:uri=");
    }
    expect(zip.get("xl/_rels/workbook.xml.rels")?.match(/relationships\/customXml"/g)).toHaveLength(2);
  });

  it("--store names another add-in catalogue; --no-auto-open leaves the tag out but keeps the process", async () => {
    const dir = tempDir();
    const share = "\\\\files\\addins";
    const [fs, off, bad] = await runCliAll(
      [
        ["init", MINI, "--out", "fs.xlsx", "--store", `filesystem:${share}`],
        ["init", MINI, "--out", "off.xlsx", "--no-auto-open"],
        ["init", MINI, "--out", "bad.xlsx", "--store", "somewhere"],
      ],
      { cwd: dir },
    );
    expect(fs?.status).toBe(0);
    const fsZip = await readZip(readFileSync(join(dir, "fs.xlsx")));
    expect(fsZip.get("xl/webextensions/webextension1.xml")).toContain(
      `store="${share}" storeType="FileSystem"`,
    );
    expect(off?.status).toBe(0);
    expect(off?.stdout).toContain("the pane does not open by itself (--no-auto-open)");
    const offZip = await readZip(readFileSync(join(dir, "off.xlsx")));
    expect([...offZip.keys()].filter((k) => k.includes("webextension"))).toEqual([]);
    expect(offZip.get("_rels/.rels")).not.toContain("webextension");
    expect([...offZip.keys()].filter((k) => /^customXml\/item\d+\.xml$/.test(k))).toHaveLength(2);
    expectBadInput(bad as NonNullable<typeof bad>);
    expect(bad?.stderr).toContain('--store "somewhere" is not a place Office finds add-ins');
  });

  it("resolves a template id to templates/<id>.process.json", () => {
    const ids = readdirSync(join(ROOT, "templates")).filter((f) => f.endsWith(".process.json"));
    const id = ids[0]?.replace(/\.process\.json$/, "");
    if (id === undefined) return;
    const dir = tempDir();
    const r = runCli(["init", id, "--out", "t.xlsx"], { cwd: dir });
    // Templates are written by others; whether this one is valid today is not this test's question.
    expect(r.stderr).not.toContain("no template");
    if (r.status === 0) expect(existsSync(join(dir, "t.xlsx"))).toBe(true);
  });
});
