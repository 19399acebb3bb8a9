import { readdirSync } from "fs";
import { join } from "path";
import { loadTemplate, loadTemplateSummaries, summarize, TEMPLATE_IDS } from "./catalog";

const shipped = readdirSync(join(__dirname, "../../../templates"))
  .filter((f) => f.endsWith(".process.json"))
  .map((f) => f.replace(".process.json", ""));

describe("template catalog", () => {
  it("lists every template file that ships", () => {
    for (const id of shipped) expect(TEMPLATE_IDS).toContain(id);
  });

  it("summarizes the shipped templates and leaves out ones not written yet", async () => {
    const summaries = await loadTemplateSummaries();
    expect(summaries.map((s) => s.id).sort()).toEqual([...shipped].sort());
    const procurement = summaries.find((s) => s.id === "procurement");
    expect(procurement?.steps.find((s) => s.id === "review")?.next).toEqual(["budget", "rfq"]);
    expect(procurement?.steps.find((s) => s.id === "need")?.next).toEqual(["request"]);
    expect(procurement?.steps.at(-1)?.next).toEqual(["end"]);
  });

  it("loads a template through the real loader", async () => {
    const r = await loadTemplate("procurement");
    expect(r.ok && r.value.id).toBe("procurement");
  });

  it("says which template could not be loaded", async () => {
    const r = await loadTemplate("no-such-template");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("no-such-template");
  });

  it("draws a step without next rules as leading to the following step", () => {
    const s = summarize({
      schemaVersion: 1,
      id: "x",
      name: "X",
      steps: [
        { id: "a", name: "A", owner: "Ann" },
        { id: "b", name: "B", owner: "Bo", next: [{ when: "x", goto: "a" }, { goto: "end" }] },
      ],
    });
    expect(s.steps.map((x) => x.next)).toEqual([["b"], ["a", "end"]]);
  });
});
