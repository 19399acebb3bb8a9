// A large procurement register for bench/cli-large.mjs, as CSV text or as an .xlsx workbook:
//   node bench/large-register.mjs 200000 > big.csv
// Half the rows are cases under way (ID, step, status, owner, dates), a tenth of those marked done so the
// sync moves them on; the other half are new requests (no ID), which the sync numbers and starts.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const HEADER = [
  "ID",
  "Step",
  "Status",
  "Owner",
  "Due",
  "Step started",
  "Created",
  "Closed",
  "Item",
  "Category",
  "Amount",
  "Requester",
  "Needed by",
  "Budget approved",
  "Supplier",
  "PO number",
  "Quality check",
  "Invoice amount",
];
const STEPS = ["Identify the need", "Purchase requisition", "Purchasing review"];
const CATEGORIES = ["it", "office", "raw", "equipment", "services"];
const ITEMS = [
  "ThinkPad T14 笔记本电脑 ×5",
  "A4复印纸 80g ×100箱",
  "CNC加工中心 VMC850",
  'Desk chairs, "ergonomic"',
];
const PEOPLE = ["刘洋", "Anna Wu", "王海", "Mike Chen"];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The data rows, generated lazily: each an array of cells (text, or a number for Amount); `newShare` of them new. */
export function* largeRegisterRows(rows, seed = 16, newShare = 0.5) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  for (let i = 0; i < rows; i++) {
    const item = pick(ITEMS);
    const amount = Math.round(r() * r() * 300000);
    const requester = pick(PEOPLE);
    const category = pick(CATEGORIES);
    const day = String(1 + (i % 28)).padStart(2, "0");
    const cells =
      (i % 100) / 100 >= newShare
        ? [
            `PR-${String(i + 1).padStart(6, "0")}`,
            pick(STEPS),
            r() < 0.1 ? "Done" : "In progress",
            requester,
            `2026-03-${day}`,
            `2026-02-${day} 09:00:00`,
            `2026-01-${day} 09:00:00`,
            "",
          ]
        : ["", "", "", "", "", "", "", ""];
    cells.push(item, category, amount, requester, `2026-04-${day}`, "", "", "", "", "");
    yield cells;
  }
}

const quote = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The register as CSV lines (header first). */
export function* largeRegisterCsv(rows, seed, newShare) {
  yield HEADER.join(",");
  for (const cells of largeRegisterRows(rows, seed, newShare))
    yield cells.map((c) => quote(String(c))).join(",");
}

/**
 * The register as a workbook like `init` makes one: the register table (dates typed as dates) and an
 * empty History table. Written with the command line's own package writer (build first).
 */
export async function writeLargeRegisterXlsx(file, rows, seed, newShare) {
  const require = createRequire(import.meta.url);
  const lib = (p) => require(path.join(root, "lib/src/cli/files", p));
  const { newBookBytes, newBookParts } = lib("xlsx-new-book.js");
  const { cellXml } = lib("xlsx-cell-xml.js");
  const { rowXml, textRowXml } = lib("xlsx-sheet-xml.js");
  const { newHistorySheet } = lib("xlsx-history-sheet.js");
  const book = newBookParts();
  const date = book.styles.withFormat(0, "yyyy-mm-dd");
  const time = book.styles.withFormat(0, "yyyy-mm-dd hh:mm");
  const serial = (text) => Date.parse(`${text.replace(" ", "T")}Z`) / 86_400_000 + 25569;
  const typed = new Map([
    [4, date],
    [5, time],
    [6, time],
    [12, date],
  ]);
  function* body() {
    yield textRowXml(1, HEADER, book.strings);
    let r = 2;
    for (const cells of largeRegisterRows(rows, seed, newShare)) {
      let xml = "";
      cells.forEach((c, j) => {
        if (c === "") return;
        const style = typed.get(j);
        xml += cellXml(r, j + 1, style ?? 0, style ? serial(c) : c, "", book.strings);
      });
      yield rowXml(r++, xml);
    }
  }
  const ref = { top: 1, left: 1, bottom: rows + 1, right: HEADER.length };
  const register = {
    name: "Procurement",
    layout: { dimension: ref, frozenHeader: true, columns: HEADER.map(() => ({ width: 14 })) },
    rows: body(),
    table: { name: "PS_procurement", ref, columns: HEADER },
  };
  const history = newHistorySheet("Procurement History", "PS_procurement_History", "en", book, {
    count: 0,
    rows: [],
  });
  writeFileSync(file, await newBookBytes([register, history], book));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 200_000);
  const out = process.argv[3];
  const newShare = Number(process.argv[4] ?? 0.5);
  if (out?.endsWith(".xlsx")) await writeLargeRegisterXlsx(out, rows, 16, newShare);
  else for (const line of largeRegisterCsv(rows, 16, newShare)) process.stdout.write(`${line}\n`);
}
