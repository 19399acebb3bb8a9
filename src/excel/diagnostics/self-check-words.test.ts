import { lookUp, loadedKeys } from "../../words/book";
import "../../words/pane-diagnostics";
import { SELF_CHECKS } from "./all-checks";

test("every check says what Excel should do in English and Chinese, and no words are left without a check", () => {
  const missing = SELF_CHECKS.map((c) => `diagnostics.check.${c.id}`).filter((k) => {
    const w = lookUp(k);
    return !w || !w.en.trim() || !w["zh-CN"].trim();
  });
  expect(missing).toEqual([]);
  const ids = new Set(SELF_CHECKS.map((c) => c.id));
  const orphans = loadedKeys()
    .filter((k) => k.startsWith("diagnostics.check."))
    .filter((k) => !ids.has(k.slice("diagnostics.check.".length)));
  expect(orphans).toEqual([]);
});
