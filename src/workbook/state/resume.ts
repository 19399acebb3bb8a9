import type { ProcessEvent } from "../../core/sync/events";
import type { RawCell, SyncJournal } from "./journal";

/**
 * Events an interrupted sync still owes History. A batch applies statements in order and stops at the
 * failing one (docs/reliability.md §3.1), so: History rows already appended are skipped, and a case's events
 * are owed only if its cells read back as that sync wrote them (otherwise this sync redoes the case).
 */
export function owedEvents(
  journal: SyncJournal,
  historyRowsNow: number,
  cellAt: (id: string, key: string) => RawCell | undefined,
): ProcessEvent[] {
  if (journal.state !== "writing") return [];
  const appended = Math.max(0, Math.min(journal.events.length, historyRowsNow - journal.historyRowsBefore));
  const applied = new Map<string, boolean>();
  for (const c of journal.cells)
    applied.set(c.id, (applied.get(c.id) ?? true) && cellAt(c.id, c.key) === c.after);
  return journal.events.slice(appended).filter((e) => applied.get(e.caseId) === true);
}
