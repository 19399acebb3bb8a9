import { seededRandom } from "../../core/random";
import { workday } from "../../core/calendar";
import { END, type RuleRow, type RuleValue } from "../../core/definition/types";
import type { CompiledProcess, CompiledStep } from "../../core/process";
import { isSystemKey } from "../../core/register/system-columns";
import type { ProcessEvent } from "../../core/sync/events";
import {
  dayOf,
  formatDate,
  formatDateTime,
  MS_PER_DAY,
  parseLocal,
  type LocalMillis,
} from "../../core/time/local-time";
import { nextStep, type PastOwners } from "./rule-walk";
import { CaseEvents } from "./sample-history";
import { dateFieldKeys } from "./sample-dates";
import { addWorkingMinutes, WORKING_MINUTES_PER_DAY } from "./working-time";

/** A closed case of the made-up past: its register row and its History. */
export interface PastCase {
  readonly row: RuleRow;
  readonly events: readonly ProcessEvent[];
}

type Random = () => number;

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Working days a stay takes: around 60% of the step's SLA days (a day for a step without one), spread
 * log-normally, so most stays finish in time and about one in five runs late.
 */
function stayDays(step: CompiledStep, random: Random): number {
  const sla = step.def.slaDays;
  const median = sla === undefined ? 1 : Math.max(0.2, sla * 0.6);
  return Math.max(0.05, median * Math.exp(0.6 * normal(random)));
}

/** A donor's field values for a new case: money scaled by one factor (so sums still match), dates kept relative. */
function varied(process: CompiledProcess, donor: RuleRow, created: LocalMillis, random: Random): RuleRow {
  const factor = 0.6 + random() * 0.8;
  const donorCreated = typeof donor.created === "string" ? parseLocal(donor.created) : undefined;
  const dates = dateFieldKeys(process);
  const out: Record<string, RuleValue> = {};
  for (const [key, value] of Object.entries(donor)) {
    if (isSystemKey(key) || value === null) continue;
    const field = process.fieldByKey.get(key);
    const type = dates.get(key);
    if (type && typeof value === "string") {
      const t = parseLocal(value);
      if (t === undefined || donorCreated === undefined) continue;
      const moved = created + Math.round((t - donorCreated) / MS_PER_DAY) * MS_PER_DAY;
      out[key] = type === "date" ? formatDate(moved) : formatDateTime(moved);
    } else if (field?.format === "money" && typeof value === "number" && value >= 1000)
      out[key] = Math.round((value * factor) / 100) * 100;
    else out[key] = value;
  }
  return out;
}

/**
 * One closed case walked through the rules from `created`: each stay takes its drawn time, the next rule
 * decides on the row's values where it goes; undefined when the rules fail for these values, or loop
 * (a step entered a third time), or the case would not be closed before `before`.
 */
async function walk(
  process: CompiledProcess,
  owners: PastOwners,
  id: string,
  fields: RuleRow,
  created: LocalMillis,
  before: LocalMillis,
  random: Random,
  cancel: boolean,
): Promise<PastCase | undefined> {
  const cal = process.calendar;
  const out = new CaseEvents(id);
  const visits = new Map<string, number>();
  let step = process.steps[0] as CompiledStep;
  let at = created;
  let owner: string | undefined;
  let from: string | undefined;
  const cancelAt = cancel ? Math.floor(random() * process.steps.length) : -1;
  for (let n = 0; n <= process.steps.length * 2; n++) {
    visits.set(step.def.id, (visits.get(step.def.id) ?? 0) + 1);
    const next = await owners.at(step, fields, at, id);
    if (next === undefined) return undefined;
    out.enter(at, step.def.id, from, owner, next);
    owner = next;
    const entered = at;
    const days = stayDays(step, random);
    if (random() < 0.12) {
      // Now and then a case waits on someone outside: a status a person set, and set back.
      out.add(
        addWorkingMinutes(at, days * WORKING_MINUTES_PER_DAY * 0.3, cal),
        "status",
        step.def.id,
        "waiting",
        { owner, by: owner },
      );
      out.add(
        addWorkingMinutes(at, days * WORKING_MINUTES_PER_DAY * 0.7, cal),
        "status",
        step.def.id,
        "doing",
        { owner, by: owner },
      );
    }
    at = addWorkingMinutes(at, days * WORKING_MINUTES_PER_DAY, cal);
    if (at >= before) return undefined;
    const rowAt = (stepId: string, status: string, closed?: LocalMillis): RuleRow => {
      const sla = process.stepById.get(stepId)?.def.slaDays;
      return {
        ...fields,
        id,
        step: stepId,
        status,
        ...(owner === undefined ? {} : { owner }),
        created: formatDateTime(created),
        stepStarted: formatDateTime(entered),
        ...(sla === undefined ? {} : { due: formatDate(workday(dayOf(entered), sla, cal) * MS_PER_DAY) }),
        ...(closed === undefined ? {} : { closed: formatDateTime(closed) }),
      };
    };
    if (n === cancelAt) {
      out.add(at, "cancelled", step.def.id, "cancelled", { owner });
      return { row: rowAt(step.def.id, "cancelled", at), events: out.events };
    }
    const goto = await nextStep(process, step, fields, at, id);
    if (goto === END) {
      out.add(at, "closed", step.def.id, "done", { owner });
      return { row: rowAt(step.def.id, "done", at), events: out.events };
    }
    const following = goto === undefined ? undefined : process.stepById.get(goto);
    if (!following || (visits.get(following.def.id) ?? 0) >= 2) return undefined;
    from = step.def.id;
    step = following;
  }
  return undefined;
}

export interface PastOptions {
  /** Cases are created from this moment on… */
  readonly from: LocalMillis;
  /** …and must be closed before this one. */
  readonly before: LocalMillis;
  /** Rows whose field values the new cases take (they must lead the rules to an end). */
  readonly donors: readonly RuleRow[];
  /** The first case number to hand out, and how IDs are written. */
  readonly firstNumber: number;
  readonly caseId: (n: number) => string;
  readonly seed: number;
}

/**
 * A past of closed cases for a sample register (docs/specification.md §1.10): a case arrives every two
 * working days or so from `from`; each takes the field values of a sample row (money varied), goes
 * through the steps its rules lead to, one stay after another, and closes (about one in twelve is
 * cancelled on the way). Cases the rules cannot finish, or that would still be open, are left out.
 */
export async function pastCases(
  process: CompiledProcess,
  owners: PastOwners,
  options: PastOptions,
): Promise<PastCase[]> {
  const random = seededRandom(options.seed);
  const cal = process.calendar;
  const out: PastCase[] = [];
  if (options.donors.length === 0) return out;
  let created = addWorkingMinutes(options.from, random() * WORKING_MINUTES_PER_DAY, cal);
  let number = options.firstNumber;
  while (created < options.before) {
    const donor = options.donors[Math.floor(random() * options.donors.length)] as RuleRow;
    const id = options.caseId(number);
    const cancel = random() < 0.08;
    const made =
      (await walk(
        process,
        owners,
        id,
        varied(process, donor, created, random),
        created,
        options.before,
        random,
        cancel,
      )) ??
      (await walk(
        process,
        owners,
        id,
        varied(process, donor, created, () => 0.5),
        created,
        options.before,
        random,
        cancel,
      ));
    if (made) {
      out.push(made);
      number++;
    }
    const gap = -Math.log(Math.max(random(), 1e-9)) * 2 * WORKING_MINUTES_PER_DAY;
    created = addWorkingMinutes(created, gap, cal);
  }
  return out;
}
