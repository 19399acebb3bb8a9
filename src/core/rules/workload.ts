import type { RoleDef } from "../definition/types";
import { matchKey } from "../text";

/**
 * Open cases per person, kept current while a sync walks the rows, so `least-busy` sees the
 * assignments already made earlier in the same sync (docs/specification.md §1.8 Roles).
 */
export class Workload {
  private readonly counts = new Map<string, number>();

  /** @param away people away today (matchKey of the name → the date they are away until), from People. */
  constructor(private readonly away?: ReadonlyMap<string, string>) {}

  /** The date `person` is away until, when they are away today. */
  awayUntil(person: string): string | undefined {
    return this.away?.get(matchKey(person));
  }

  /** Whether every member of a least-busy role is away (then the least busy of them all is picked). */
  allAway(role: RoleDef): boolean {
    return this.away !== undefined && role.members.every((m) => this.awayUntil(m) !== undefined);
  }

  add(person: string | undefined, delta: number): void {
    if (!person) return;
    this.counts.set(person, (this.counts.get(person) ?? 0) + delta);
  }

  of(person: string): number {
    return this.counts.get(person) ?? 0;
  }

  /**
   * `first` gives the first member; `least-busy` (the default) the member with the fewest open cases,
   * ties to the earlier member in `members`, skipping members away today unless all are
   * (docs/specification.md §1.8).
   * @example new Workload().pick({ members: ["Ann", "Bo"] }) === "Ann"
   */
  pick(role: RoleDef): string {
    const members = role.members;
    if (role.assign === "first" || members.length === 1) return members[0] as string;
    const skip = this.away !== undefined && !this.allAway(role);
    let best: string | undefined;
    let bestCount = Infinity;
    for (const m of members) {
      if (skip && this.awayUntil(m) !== undefined) continue;
      const c = this.of(m);
      if (c < bestCount) {
        best = m;
        bestCount = c;
      }
    }
    return best ?? (members[0] as string);
  }
}
