import { encode } from "iconv-lite";
import { decodeText, encodeText } from "./text-file";

const TEXT = "ID,申请人\r\nPR-1,王芳\r\n";

describe("text files in the encodings Excel writes", () => {
  it("reads UTF-8 with and without a BOM, UTF-16 LE and BE with a BOM, and remembers which", () => {
    const cases = [
      [Buffer.from(TEXT, "utf8"), "utf-8", false],
      [Buffer.from(`\uFEFF${TEXT}`, "utf8"), "utf-8", true],
      [Buffer.from(`\uFEFF${TEXT}`, "utf16le"), "utf-16le", true],
      [Buffer.from(`\uFEFF${TEXT}`, "utf16le").swap16(), "utf-16be", true],
    ] as const;
    for (const [bytes, encoding, bom] of cases)
      expect(decodeText(bytes)).toEqual({ ok: true, value: { text: TEXT, encoding, bom } });
  });

  it("tells UTF-16 without a BOM by its NUL bytes", () => {
    expect(decodeText(Buffer.from(TEXT, "utf16le"))).toEqual({
      ok: true,
      value: { text: TEXT, encoding: "utf-16le", bom: false },
    });
    expect(decodeText(Buffer.from(TEXT, "utf16le").swap16())).toEqual({
      ok: true,
      value: { text: TEXT, encoding: "utf-16be", bom: false },
    });
  });

  it("reads bytes that are not UTF-8 as GB18030 (GBK) when they decode cleanly", () => {
    expect(decodeText(encode(TEXT, "gbk"))).toEqual({
      ok: true,
      value: { text: TEXT, encoding: "gb18030", bom: false },
    });
  });

  it("refuses bytes that are text in none of them, naming the first byte that makes no sense", () => {
    // 0xFF never occurs in GB18030 or UTF-8.
    expect(decodeText(Buffer.concat([Buffer.from("ID,Owner\n1,"), Buffer.from([0xff, 0x41])]))).toEqual({
      ok: false,
      offset: 11,
    });
  });

  it("names the stray byte itself in a Chinese UTF-8 or GBK file, not the first character the other encoding trips on", () => {
    const stray = Buffer.from([0xff]);
    const utf8 = Buffer.from("编号,负责人\n1,刘洋\n", "utf8");
    expect(decodeText(Buffer.concat([utf8, stray, utf8]))).toEqual({ ok: false, offset: utf8.length });
    const gbk = encode("编号,负责人\n1,刘洋\n", "gbk");
    expect(decodeText(Buffer.concat([gbk, stray, gbk]))).toEqual({ ok: false, offset: gbk.length });
  });

  it("writes text back in the encoding it came in, byte for byte", () => {
    for (const bytes of [
      Buffer.from(`\uFEFF${TEXT}`, "utf8"),
      Buffer.from(`\uFEFF${TEXT}`, "utf16le"),
      Buffer.from(`\uFEFF${TEXT}`, "utf16le").swap16(),
      Buffer.from(TEXT, "utf16le"),
      encode(TEXT, "gb18030"),
    ]) {
      const read = decodeText(bytes);
      if (!read.ok) throw new Error("unreadable");
      expect(encodeText(read.value.text, read.value.encoding, read.value.bom)).toEqual(bytes);
    }
  });

  it("will not encode text that would read back otherwise (a lone surrogate)", () => {
    expect(encodeText("a\uD800b", "utf-8", false)).toBeUndefined();
  });
});
