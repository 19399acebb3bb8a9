import { readFileSync } from "fs";
import { join } from "path";
import type { ProcessBinding } from "../../workbook/binding";
import { CATALOG_BASE, fakeCatalogServer, indexFor } from "../testing/fake-fetch";
import { EMPTY_ORG_CATALOG, loadOrgCatalog, workbookVersion } from "./org-catalog";
import { loadProcess } from "../../core/definition/load";
import { templateFileName, templateJson } from "../repeat/template-file";

const mini = readFileSync(join(__dirname, "../../../test/fixtures/mini.process.json"), "utf8");
const withVersion = (v: number): string => JSON.stringify({ ...JSON.parse(mini), version: v }, null, 2);
const INDEX = `${CATALOG_BASE}index.json`;

describe("the organisation's catalogue in the pane", () => {
  it("is empty, not an error, when there is no index or no fetch", async () => {
    expect(await loadOrgCatalog({ fetch: fakeCatalogServer({}).fetch, indexUrl: INDEX })).toEqual(
      EMPTY_ORG_CATALOG,
    );
    const down = fakeCatalogServer({ "index.json": new Error("getaddrinfo ENOTFOUND") });
    expect(await loadOrgCatalog({ fetch: down.fetch, indexUrl: INDEX })).toEqual(EMPTY_ORG_CATALOG);
    const garbage = fakeCatalogServer({ "index.json": "<html>Not found</html>" });
    expect(await loadOrgCatalog({ fetch: garbage.fetch, indexUrl: INDEX })).toEqual(EMPTY_ORG_CATALOG);
  });

  it("fetches the index and each file beside it, and checks each file with the real loader", async () => {
    const files = {
      "purchase.process.json": withVersion(3),
      "purchase-v2.process.json": withVersion(2),
      "broken.process.json": JSON.stringify({ schemaVersion: 1, id: "broken", name: "B", steps: [] }),
      "not-json.process.json": "{ oops",
    };
    const server = fakeCatalogServer({ ...files, "index.json": indexFor(files) });
    const catalog = await loadOrgCatalog({ fetch: server.fetch, indexUrl: INDEX });
    expect(server.requests.sort()).toEqual(
      [INDEX, ...Object.keys(files).map((f) => `${CATALOG_BASE}${f}`)].sort(),
    );
    expect(catalog.processes).toHaveLength(1);
    const [purchase] = catalog.processes;
    expect(purchase?.offered).toMatchObject({ file: "purchase.process.json", id: "purchase", version: 3 });
    expect(purchase?.history.map((h) => [h.file, h.version])).toEqual([["purchase-v2.process.json", 2]]);
    expect(catalog.problems.map((p) => p.file)).toEqual(["broken.process.json", "not-json.process.json"]);
    const broken = catalog.problems[0];
    expect(broken?.id).toBe("broken");
    expect(broken?.problems.length).toBeGreaterThan(0);
    expect(broken?.problems[0]?.path).toBeDefined();
    expect(catalog.problems[1]?.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it("lists a file it cannot fetch, a duplicate version, and a file changed since the index, without failing", async () => {
    const files = {
      "a.process.json": withVersion(2),
      "b.process.json": withVersion(2),
      "gone.process.json": withVersion(1),
    };
    const index = indexFor(files);
    const server = fakeCatalogServer({
      ...files,
      "a.process.json": `${withVersion(2)}\n`,
      "gone.process.json": 404,
      "index.json": index,
    });
    const catalog = await loadOrgCatalog({ fetch: server.fetch, indexUrl: INDEX });
    expect(catalog.processes.map((p) => p.offered.file)).toEqual(["a.process.json"]);
    expect(catalog.processes[0]?.offered.changed).toBe(true);
    expect(catalog.problems).toEqual([
      expect.objectContaining({ file: "b.process.json", duplicateOf: "a.process.json" }),
      expect.objectContaining({ file: "gone.process.json", unreachable: "HTTP 404" }),
    ]);
  });

  it("offers a process exported from a workbook (Repeat → Export) as it was saved, at its version", async () => {
    const loaded = loadProcess(mini);
    if (!loaded.ok) throw new Error("fixture invalid");
    const def = loaded.value.definition;
    const files = { [templateFileName(def)]: templateJson(def, 5) };
    const server = fakeCatalogServer({ ...files, "index.json": indexFor(files) });
    const catalog = await loadOrgCatalog({ fetch: server.fetch, indexUrl: INDEX });
    expect(catalog.problems).toEqual([]);
    expect(catalog.processes[0]?.offered).toMatchObject({ file: `${def.id}.process.json`, version: 5 });
    expect(catalog.processes[0]?.offered.definition).toEqual({ ...def, version: 5 });
  });

  it("only ever asks for files inside catalog/", async () => {
    const index = JSON.stringify({
      schema: 1,
      processes: [{ file: "../manifest.process.json", sha256: "0".repeat(64) }],
    });
    const server = fakeCatalogServer({ "index.json": index });
    expect(await loadOrgCatalog({ fetch: server.fetch, indexUrl: INDEX })).toEqual(EMPTY_ORG_CATALOG);
    expect(server.requests).toEqual([INDEX]);
  });

  it("says how the workbook's version compares with the catalogue's", () => {
    const binding = { id: "purchase", version: 2 } as ProcessBinding;
    expect(workbookVersion([], { id: "purchase", version: 3 })).toEqual({ kind: "absent" });
    expect(workbookVersion([binding], { id: "purchase", version: 3 })).toEqual({
      kind: "older",
      current: 2,
      binding,
    });
    expect(workbookVersion([binding], { id: "purchase", version: 2 })).toEqual({ kind: "same", current: 2 });
    expect(workbookVersion([binding], { id: "purchase", version: 1 })).toEqual({ kind: "newer", current: 2 });
  });
});
