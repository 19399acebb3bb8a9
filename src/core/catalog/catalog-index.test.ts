import {
  catalogIndex,
  catalogIndexEntry,
  catalogIndexJson,
  chooseVersions,
  isCatalogFileName,
  parseCatalogIndex,
} from "./catalog-index";

const HASH = "a".repeat(64);

describe("the catalogue index", () => {
  it("takes id, version (1 when absent) and name from a definition's text, BOM or not", () => {
    expect(
      catalogIndexEntry("p.process.json", '\uFEFF{"id":"p","version":3,"name":{"en":"P"}}', HASH),
    ).toEqual({
      file: "p.process.json",
      sha256: HASH,
      id: "p",
      version: 3,
      name: { en: "P" },
    });
    expect(catalogIndexEntry("q.process.json", '{"id":"q","name":"Q"}', HASH)).toMatchObject({ version: 1 });
  });

  it("lists a file that is not a definition by name and hash only", () => {
    expect(catalogIndexEntry("x.process.json", "{ nope", HASH)).toEqual({
      file: "x.process.json",
      sha256: HASH,
    });
    expect(catalogIndexEntry("x.process.json", "[1]", HASH)).toEqual({
      file: "x.process.json",
      sha256: HASH,
    });
  });

  it("is written sorted by file name, the same every time", () => {
    const json = catalogIndexJson(
      catalogIndex([
        { file: "b.process.json", sha256: HASH },
        { file: "a.process.json", sha256: HASH },
      ]),
    );
    expect(json).toBe(catalogIndexJson(parseCatalogIndex(JSON.parse(json)) ?? catalogIndex([])));
    expect((JSON.parse(json) as { processes: { file: string }[] }).processes.map((p) => p.file)).toEqual([
      "a.process.json",
      "b.process.json",
    ]);
  });

  it("reads back only entries whose file stays inside catalog/", () => {
    const index = parseCatalogIndex({
      schema: 1,
      processes: [
        { file: "ok.process.json", sha256: HASH, id: "ok", version: 2 },
        { file: "../secret.process.json", sha256: HASH },
        { file: "sub/x.process.json", sha256: HASH },
        { file: "notes.txt", sha256: HASH },
        { file: "short.process.json", sha256: "abc" },
      ],
    });
    expect(index?.processes.map((p) => p.file)).toEqual(["ok.process.json"]);
    expect(parseCatalogIndex({ schema: 2, processes: [] })).toBeUndefined();
    expect(parseCatalogIndex("x")).toBeUndefined();
    expect(isCatalogFileName(".hidden.process.json")).toBe(false);
  });

  it("offers the newest version of each id, keeps older ones as history and flags a second file of one version", () => {
    const choices = chooseVersions([
      { file: "p-v1.process.json", id: "p", version: 1 },
      { file: "p.process.json", id: "p", version: 3 },
      { file: "p-copy.process.json", id: "p", version: 3 },
      { file: "p-v2.process.json", id: "p", version: 2 },
      { file: "a.process.json", id: "a", version: 1 },
    ]);
    expect(choices.map((c) => c.offered.file)).toEqual(["a.process.json", "p-copy.process.json"]);
    const p = choices[1];
    expect(p?.history.map((h) => h.version)).toEqual([2, 1]);
    expect(p?.duplicates.map((d) => d.file)).toEqual(["p.process.json"]);
  });
});
