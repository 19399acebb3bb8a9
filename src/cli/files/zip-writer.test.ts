import JSZip from "jszip";
import { entryBytes, entryText, readZipDirectory } from "./zip-directory";
import { ZipWriter } from "./zip-writer";

async function text(pieces: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const p of pieces) out += p;
  return out;
}

describe("zip packages", () => {
  it("writes parts whole and as streamed text that jszip reads back with their checksums", async () => {
    const zip = new ZipWriter();
    zip.add("a.xml", "<a>中文 😀</a>");
    const rows = Array.from({ length: 20_000 }, (_v, i) => `<row r="${i + 1}"/>`);
    await zip.addText("xl/worksheets/sheet1.xml", rows);
    const bytes = zip.finish();
    const read = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await read.file("a.xml")?.async("string")).toBe("<a>中文 😀</a>");
    expect(await read.file("xl/worksheets/sheet1.xml")?.async("string")).toBe(rows.join(""));
  });

  it("reads a package's directory, sizes first, then any part whole or in pieces", async () => {
    const source = new JSZip();
    source.file("stored.txt", "plain", { compression: "STORE" });
    source.file("big.xml", "x".repeat(3_000_000), { compression: "DEFLATE" });
    const bytes = await source.generateAsync({ type: "nodebuffer" });
    const entries = readZipDirectory(bytes);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ["stored.txt", 0, 5],
      ["big.xml", 8, 3_000_000],
    ]);
    expect(entryBytes(bytes, entries[0] as (typeof entries)[0]).toString()).toBe("plain");
    expect(await text(entryText(bytes, entries[1] as (typeof entries)[0]))).toBe("x".repeat(3_000_000));
  });

  it("copies a part of another package as its compressed bytes, unchanged", async () => {
    const source = new JSZip();
    source.file("xl/charts/chart1.xml", "<c:chartSpace/>".repeat(100));
    const original = await source.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    // jszip writes the folders as entries too.
    const entry = readZipDirectory(original).find((e) => e.name === "xl/charts/chart1.xml") as ReturnType<
      typeof readZipDirectory
    >[0];
    const zip = new ZipWriter();
    zip.copy(original, entry);
    const copied = zip.finish();
    const again = readZipDirectory(copied)[0] as ReturnType<typeof readZipDirectory>[0];
    const raw = (buf: Buffer, e: typeof entry): Buffer =>
      buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
    expect(raw(copied, again).equals(raw(original, entry))).toBe(true);
    expect(
      await (await JSZip.loadAsync(copied, { checkCRC32: true })).file(entry.name)?.async("string"),
    ).toBe("<c:chartSpace/>".repeat(100));
  });

  it("refuses what is no zip, naming why", () => {
    expect(() => readZipDirectory(Buffer.from("ID,Status\nPR-0001,Done\nPR-0002,To do\n"))).toThrow(
      "no zip directory",
    );
    expect(() => readZipDirectory(Buffer.from("ID\n"))).toThrow("too short");
  });
});
