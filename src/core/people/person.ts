import type { Lang } from "../../words/lang";
import { matchKey } from "../text";
import { dayOf, formatDate, parseLocal } from "../time/local-time";

/**
 * One row of the People table (docs/specification.md §8.2): who a name in a role or an owner cell is,
 * how to reach them, who their manager is, and until when they are away.
 */
export interface Person {
  readonly name: string;
  readonly email?: string;
  /** The manager's name (another person). */
  readonly manager?: string;
  /** `YYYY-MM-DD`: away up to and including this date. */
  readonly awayUntil?: string;
  readonly teamsId?: string;
  readonly wecomId?: string;
  readonly dingtalkId?: string;
  /** The language messages to this person are written in; absent: the workbook's. */
  readonly lang?: Lang;
}

/** People by name as people see it (matchKey): a role member typed `ann` is the person `Ann`. */
export class PeopleIndex {
  private readonly byKey = new Map<string, Person>();

  constructor(readonly people: readonly Person[]) {
    for (const p of people) if (!this.byKey.has(matchKey(p.name))) this.byKey.set(matchKey(p.name), p);
  }

  get(name: string | undefined): Person | undefined {
    return name === undefined ? undefined : this.byKey.get(matchKey(name));
  }
}

/**
 * The people away on the date of `now` (away-until that date or later), by matchKey of their name, with
 * the date they are away until; undefined when nobody is, so routing without absences costs nothing.
 * @example awayOn([{ name: "Ann", awayUntil: "2026-03-06" }], "2026-03-02T09:00:00")?.get("ann") === "2026-03-06"
 */
export function awayOn(
  people: readonly Person[] | undefined,
  now: string,
): ReadonlyMap<string, string> | undefined {
  if (!people || people.length === 0) return undefined;
  const t = parseLocal(now);
  if (t === undefined) return undefined;
  const today = dayOf(t);
  let away: Map<string, string> | undefined;
  for (const p of people) {
    const until = p.awayUntil === undefined ? undefined : parseLocal(p.awayUntil);
    if (until === undefined || dayOf(until) < today) continue;
    (away ??= new Map()).set(matchKey(p.name), formatDate(until));
  }
  return away;
}
