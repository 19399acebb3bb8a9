import type { ProcessDefinition } from "../core/definition/types";
import { inspectWorkbook, saveDefinition, upgradeProcess } from "./processes";
import { syncProcess } from "./sync/run-sync";
import { readHistory } from "./cases";
import { NOW, registerIn, template } from "../../test/excel-fixtures/sim-fixture";

const LATER = "2026-03-05T10:00:00";

/** The catalogue's version `version` of procurement: one SLA longer. */
function catalogueVersion(base: ProcessDefinition, version: number): ProcessDefinition {
  return {
    ...base,
    version,
    steps: base.steps.map((s, i) => (i === 1 ? { ...s, slaDays: (s.slaDays ?? 1) + 3 } : s)),
  };
}

describe("upgrading a workbook's process to the catalogue's version", () => {
  it("takes the catalogue's version number, keeps the old definition as history, and syncs under it", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      const next = catalogueVersion(template("procurement"), 5);
      const r = await upgradeProcess(binding, next, LATER);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.version).toBe(5);
      expect(r.value.definition).toEqual(next);
      expect(r.value.boundAt).toBe(LATER);
      expect(r.value.versions?.map((v) => v.version)).toEqual([1]);
      expect(r.value.versions?.[0]?.definition).toEqual(binding.definition);
      const info = await inspectWorkbook();
      expect(info.ok && info.value.processes.find((p) => p.id === "procurement")?.version).toBe(5);

      const synced = await syncProcess({
        binding: r.value,
        now: LATER,
        run: { sleep: async () => undefined },
      });
      if (!synced.ok) throw new Error(synced.error.message);
      const history = await readHistory(r.value);
      expect(history.ok && history.value.length > 0 && history.value.every((e) => e.version === 5)).toBe(
        true,
      );

      // A later edit in the pane goes on from the catalogue's number.
      const edited = await saveDefinition(
        r.value,
        { ...r.value.definition, description: "Local note" },
        LATER,
      );
      expect(edited.ok && edited.value.version).toBe(6);
    } finally {
      sim.uninstall();
    }
  });

  it("refuses a version that is not newer, or another process, and changes nothing", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      const before = JSON.stringify(sim.snapshot().customXmlParts);
      const same = await upgradeProcess(binding, catalogueVersion(template("procurement"), 1), LATER);
      expect(same.ok).toBe(false);
      if (!same.ok)
        expect(same.error).toMatchObject({ key: "upgrade.notNewer", params: { current: 1, version: 1 } });
      const other = await upgradeProcess(binding, { ...template("sales"), version: 9 }, LATER);
      expect(other.ok).toBe(false);
      expect(JSON.stringify(sim.snapshot().customXmlParts)).toBe(before);
    } finally {
      sim.uninstall();
    }
  });

  it("leaves a workbook a co-author already upgraded as it is", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    try {
      const first = await upgradeProcess(binding, catalogueVersion(template("procurement"), 3), NOW);
      expect(first.ok).toBe(true);
      // This pane still holds version 1 and asks for version 2: the workbook's 3 stays.
      const late = await upgradeProcess(binding, catalogueVersion(template("procurement"), 2), LATER);
      expect(late.ok && late.value.version).toBe(3);
      expect(late.ok && late.value.boundAt).toBe(NOW);
    } finally {
      sim.uninstall();
    }
  });
});
