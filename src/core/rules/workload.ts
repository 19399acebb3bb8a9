import type { RoleDef } from "../definition/types";

/**
 * Open cases per person, kept current while a sync walks the rows, so `least-busy` sees the
 * assignments already made earlier in the same sync (docs/specification.md §1.8 Roles).
 */
export class Workload {
  private readonly counts = new Map<string, number>();

  add(person: string | undefined, delta: number): void {
    if (!person) return;
    this.counts.set(person, (this.counts.get(person) ?? 0) + delta);
  }

  of(person: string): number {
    return this.counts.get(person) ?? 0;
  }

  /**
   * `first` gives the first member; `least-busy` (the default) the member with the fewest open cases,
   * ties to the earlier member in `members`.
   * @example new Workload().pick({ members: ["Ann", "Bo"] }) === "Ann"
   */
  pick(role: RoleDef): string {
    const members = role.members;
    if (role.assign === "first" || members.length === 1) return members[0] as string;
    let best = members[0] as string;
    let bestCount = this.of(best);
    for (let i = 1; i < members.length; i++) {
      const m = members[i] as string;
      const c = this.of(m);
      if (c < bestCount) {
        best = m;
        bestCount = c;
      }
    }
    return best;
  }
}
