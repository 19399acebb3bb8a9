import { countWorkingDays } from "../calendar";
import type { Escalation, Reminders, RuleRow } from "../definition/types";
import { PeopleIndex, awayOn, type Person } from "../people/person";
import { roleNamed, type CompiledProcess, type CompiledStep } from "../process";
import { isOpenStatus, type Status } from "../register/status";
import { Workload } from "../rules/workload";
import { REMINDER_KINDS, type ProcessEvent, type ReminderKind } from "../sync/events";
import { matchKey } from "../text";
import { dayOf, parseLocal } from "../time/local-time";
import { caseHistories, type PastReminder } from "./visits";

/** One message due (docs/specification.md §8.3). */
export interface DueMessage {
  readonly caseId: string;
  readonly step: string;
  readonly kind: ReminderKind;
  /** Escalation level, 1-based in the order written. */
  readonly level?: number;
  /** The person it goes to (People's name, or as the rule or role names them). */
  readonly to: string;
  /** When the step visit began (`YYYY-MM-DDTHH:mm:ss`; "" when neither History nor the register say). */
  readonly visitStart: string;
  /** `caseId|step|visitStart|kind|level|to`: the same message always has the same key. */
  readonly key: string;
  /** The owner when the message was made (after a reassignment: the new owner). */
  readonly owner: string;
  readonly due?: string;
  /** Working days after the due date up to and including today (overdue and escalation). */
  readonly lateDays?: number;
  /** The escalation also made `to` the owner. */
  readonly reassigned?: boolean;
  /** Position of the case's row in `rows`. */
  readonly index: number;
}

/** A message that cannot be made, and why: the owner has no manager in People, or a role has no members. */
export interface ReminderProblem {
  readonly caseId: string;
  readonly level: number;
  readonly reason: "noManager";
  readonly owner: string;
}

/** An owner an escalation with `reassign` changed. */
export interface OwnerChange {
  readonly index: number;
  readonly caseId: string;
  readonly owner: string;
}

export interface DueRemindersInput {
  readonly process: CompiledProcess;
  /** The register's rows in the rules' view (§2.3). */
  readonly rows: readonly RuleRow[];
  /** History, in file order: visits and the reminders already produced. */
  readonly history: readonly ProcessEvent[];
  readonly people?: readonly Person[];
  /** `YYYY-MM-DDTHH:mm:ss`, local. */
  readonly now: string;
}

export interface DueReminders {
  /** Sorted by case ID, then kind (assigned, dueSoon, overdue, escalation), level, recipient. */
  readonly messages: readonly DueMessage[];
  /** To append to History: a `reminded` event per message, and `assigned` after a reassignment; row order. */
  readonly events: readonly ProcessEvent[];
  readonly changes: readonly OwnerChange[];
  readonly problems: readonly ReminderProblem[];
}

function text(v: RuleRow[string] | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = String(v).trim();
  return s === "" ? undefined : s;
}

/** The reminders a step follows: the process's, each key the step gives replacing the process's. */
export function remindersOf(process: CompiledProcess, step: CompiledStep): Reminders | undefined {
  const base = process.definition.reminders;
  const own = step.def.reminders;
  if (!base && !own) return undefined;
  return { ...base, ...own };
}

const KIND_ORDER: Readonly<Record<ReminderKind, number>> = Object.fromEntries(
  REMINDER_KINDS.map((k, i) => [k, i]),
) as Record<ReminderKind, number>;

function compareMessages(a: DueMessage, b: DueMessage): number {
  if (a.caseId !== b.caseId) return a.caseId < b.caseId ? -1 : 1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if ((a.level ?? 0) !== (b.level ?? 0)) return (a.level ?? 0) - (b.level ?? 0);
  return a.to < b.to ? -1 : a.to > b.to ? 1 : 0;
}

/**
 * What is due at `now` (docs/specification.md §8.3): for each open case with an owner, `assigned` once per
 * step visit and owner, `dueSoon` and `overdue` once per visit, escalation level k once per visit — to the
 * owner's manager, every member of a role, or a person — with `reassign` making the target the owner.
 * Working days follow the process calendar. Whatever History shows as already produced is not produced
 * again; the events returned record this run's, so appending them keeps the next run from repeating it.
 * Pure: the clock is `now`.
 * @example dueReminders({ process, rows, history, now: "2026-03-09T08:00:00" }).messages
 */
export function dueReminders(input: DueRemindersInput): DueReminders {
  const { process, rows, now } = input;
  const t = parseLocal(now);
  if (t === undefined) throw new RangeError(`dueReminders: "now" must be YYYY-MM-DDTHH:mm:ss, got "${now}"`);
  const today = dayOf(t);
  const people = new PeopleIndex(input.people ?? []);
  const histories = caseHistories(input.history);
  const messages: DueMessage[] = [];
  const events: ProcessEvent[] = [];
  const changes: OwnerChange[] = [];
  const problems: ReminderProblem[] = [];
  let workload: Workload | undefined;
  // Reassigning to a role picks its least busy member present, counted over the whole register, once.
  const load = (): Workload => {
    if (workload) return workload;
    workload = new Workload(awayOn(input.people, now));
    for (const r of rows)
      if (text(r.closed) === undefined && isOpenStatus(text(r.status) as Status | undefined))
        workload.add(text(r.owner), 1);
    return workload;
  };

  rows.forEach((row, index) => {
    const caseId = text(row.id);
    let owner = text(row.owner);
    const stepId = text(row.step);
    const status = text(row.status) as Status | undefined;
    const step = stepId === undefined ? undefined : process.stepById.get(stepId);
    if (!caseId || !owner || !step || text(row.closed) !== undefined || !isOpenStatus(status)) return;
    const rules = remindersOf(process, step);
    if (!rules) return;
    const past = histories.get(caseId);
    const visitStart =
      past && past.step === step.def.id && past.start !== "" ? past.start : (text(row.stepStarted) ?? "");
    const earlier: readonly PastReminder[] = (past?.reminders ?? []).filter(
      (r) => r.step === step.def.id && (visitStart === "" || r.at >= visitStart),
    );
    const made = (kind: ReminderKind, level?: number): boolean =>
      earlier.some((r) => r.kind === kind && (level === undefined || r.level === level));
    const produce = (kind: ReminderKind, to: string, extra: Partial<DueMessage> = {}): void => {
      const level = extra.level;
      const key = [caseId, step.def.id, visitStart, kind, level ?? "", to].join("|");
      messages.push({
        caseId,
        step: step.def.id,
        kind,
        to,
        visitStart,
        key,
        owner: owner as string,
        index,
        ...(text(row.due) !== undefined ? { due: text(row.due) as string } : {}),
        ...extra,
      });
      events.push({
        caseId,
        at: now,
        type: "reminded",
        step: step.def.id,
        status: status ?? "todo",
        owner: owner as string,
        reminder: kind,
        ...(level !== undefined ? { level } : {}),
        recipient: to,
      });
    };
    // An escalation that reassigned the case to its owner told them it is theirs.
    const toldOwner = (who: string): boolean =>
      earlier.some(
        (r) =>
          r.to !== undefined &&
          matchKey(r.to) === matchKey(who) &&
          (r.kind === "assigned" ||
            (r.kind === "escalation" && rules.escalate?.[(r.level ?? 0) - 1]?.reassign === true)),
      );
    if (rules.onAssign && !toldOwner(owner)) produce("assigned", owner);

    const dueTime = text(row.due) === undefined ? undefined : parseLocal(text(row.due) as string);
    if (dueTime === undefined) return;
    const due = dayOf(dueTime);
    if (today <= due) {
      const soon = rules.dueSoonDays;
      if (soon !== undefined && countWorkingDays(today, due, process.calendar) <= soon && !made("dueSoon"))
        produce("dueSoon", owner);
      return;
    }
    const late = countWorkingDays(due, today, process.calendar);
    if (!made("overdue")) produce("overdue", owner, { lateDays: late });
    (rules.escalate ?? []).forEach((e: Escalation, i) => {
      const level = i + 1;
      if (late < e.afterDays || made("escalation", level)) return;
      const targets = escalationTargets(process, e, owner as string, people, load);
      if (targets === undefined) {
        problems.push({ caseId, level, reason: "noManager", owner: owner as string });
        return;
      }
      const reassign = e.reassign === true && (targets[0] as string) !== owner;
      const target = targets[0] as string;
      if (e.reassign === true) {
        if (reassign) {
          load().add(owner, -1);
          load().add(target, 1);
          owner = target;
          changes.push({ index, caseId, owner: target });
        }
        produce("escalation", target, { level, lateDays: late, ...(reassign ? { reassigned: true } : {}) });
        if (reassign)
          events.push({
            caseId,
            at: now,
            type: "assigned",
            step: step.def.id,
            status: status ?? "todo",
            owner: target,
          });
        return;
      }
      for (const to of targets) produce("escalation", to, { level, lateDays: late });
    });
  });
  messages.sort(compareMessages);
  return { messages, events, changes, problems };
}

/**
 * Who an escalation goes to: the owner's manager (undefined when People names none), the members of a role
 * who are not away (all of them when all are; with `reassign`, the least busy of those), or a person.
 */
function escalationTargets(
  process: CompiledProcess,
  e: Escalation,
  owner: string,
  people: PeopleIndex,
  load: () => Workload,
): string[] | undefined {
  if (matchKey(e.to) === "manager") {
    const manager = people.get(owner)?.manager;
    return manager === undefined || manager === "" ? undefined : [manager];
  }
  const roleKey = roleNamed(process, e.to);
  const role = roleKey === undefined ? undefined : process.roles.get(roleKey);
  if (!role) return [e.to];
  if (e.reassign === true) return [load().pick({ ...role, assign: "least-busy" })];
  const w = load();
  const present = role.members.filter((m) => w.awayUntil(m) === undefined);
  return present.length > 0 ? [...present] : [...role.members];
}
