import { analyzeHistory } from "../../core/analysis/analyze";
import { loadProcess } from "../../core/definition/load";
import type { ProcessDefinition } from "../../core/definition/types";
import type { HistoryEvent } from "../../excel/api-types";

/** How one version of the process performed: the cases that started under it, measured to now. */
export interface VersionStats {
  readonly version: number;
  readonly cases: number;
  readonly closed: number;
  readonly p50: number | null;
  readonly p85: number | null;
  readonly onTimeRate: number | null;
}

/** History rows written before versions were recorded count as version 1. */
const versionOf = (e: HistoryEvent): number => e.version ?? 1;

/**
 * Groups History by definition version — per case, by the version its first event was written under, so a
 * case that started under v2 and closed under v3 counts whole for v2 — and measures each group.
 */
export function statsByVersion(
  events: readonly HistoryEvent[],
  definitions: ReadonlyMap<number, ProcessDefinition>,
  versions: readonly number[],
  now: string,
): VersionStats[] {
  const started = new Map<string, HistoryEvent>();
  for (const e of events) {
    const first = started.get(e.caseId);
    if (!first || e.at < first.at) started.set(e.caseId, e);
  }
  return versions.map((version) => {
    const cases = new Set([...started.values()].filter((e) => versionOf(e) === version).map((e) => e.caseId));
    const def = definitions.get(version) ?? [...definitions.values()][0];
    const compiled = def ? loadProcess(def) : undefined;
    if (!compiled?.ok || cases.size === 0)
      return { version, cases: cases.size, closed: 0, p50: null, p85: null, onTimeRate: null };
    // One forecast trial: the comparison needs no forecast, and 10,000 per version would cost time.
    const a = analyzeHistory(
      compiled.value,
      events.filter((e) => cases.has(e.caseId)),
      { now, trials: 1 },
    );
    return {
      version,
      cases: cases.size,
      closed: a.cases.closed,
      p50: a.cycleTimeDays.p50,
      p85: a.cycleTimeDays.p85,
      onTimeRate: a.onTimeRate,
    };
  });
}
