import "../../words/reminders";
import type { Lang } from "../../words/lang";
import { dayOf, say } from "../../words/say";
import type { RuleRow } from "../../core/definition/types";
import type { Person } from "../../core/people/person";
import { PeopleIndex } from "../../core/people/person";
import type { CompiledProcess } from "../../core/process";
import type { DueMessage } from "../../core/reminders/due-reminders";
import { resolveText } from "../../core/text";
import type { OutboxChannel, OutboxRow } from "./outbox-table";

/** Where a person is reached on a channel: People's id for that chat, else (for mail-like channels) the email. */
export function addressOf(person: Person | undefined, channel: OutboxChannel): string {
  if (!person) return "";
  switch (channel) {
    case "teams":
      return person.teamsId ?? person.email ?? "";
    case "wecom":
      return person.wecomId ?? "";
    case "dingtalk":
      return person.dingtalkId ?? "";
    default:
      return person.email ?? "";
  }
}

/** What the case is about, for a message: the first text field the row fills, in definition order. */
function summaryOf(process: CompiledProcess, row: RuleRow | undefined): string | undefined {
  for (const f of process.definition.fields ?? []) {
    if (f.type !== "text") continue;
    const v = row?.[f.key];
    if (typeof v === "string" && v.trim() !== "") return v.trim();
  }
  return undefined;
}

/** A message's subject and body in `lang` (docs/specification.md §8.4), its key at the foot. */
export function composeMessage(
  process: CompiledProcess,
  m: DueMessage,
  row: RuleRow | undefined,
  lang: Lang,
): { subject: string; body: string } {
  const name = resolveText(process.definition.name, lang) || process.definition.id;
  const stepDef = process.stepById.get(m.step)?.def;
  const step = stepDef ? resolveText(stepDef.name, lang) || m.step : m.step;
  const due = m.due === undefined ? undefined : dayOf(m.due);
  const dueText = due ? say("reminder.dueOn", { due }, lang) : "";
  const days = m.lateDays ?? 0;
  const base = { caseId: m.caseId, process: name };
  const subject =
    m.kind === "assigned"
      ? say("reminder.subject.assigned", { ...base, dueText }, lang)
      : m.kind === "dueSoon" && due
        ? say("reminder.subject.dueSoon", { ...base, due }, lang)
        : m.kind === "escalation" && m.reassigned
          ? say("reminder.subject.reassigned", { ...base, days }, lang)
          : m.kind === "escalation"
            ? say("reminder.subject.escalation", { ...base, days, owner: m.owner }, lang)
            : say("reminder.subject.overdue", { ...base, dueText }, lang);
  const summary = summaryOf(process, row);
  const todo =
    m.kind === "escalation"
      ? m.reassigned
        ? say("reminder.todo.reassigned", {}, lang)
        : say("reminder.todo.escalation", { owner: m.owner }, lang)
      : say(`reminder.todo.${m.kind}`, {}, lang);
  const lines = [
    ...(summary ? [say("reminder.body.case", { caseId: m.caseId, summary }, lang)] : []),
    say("reminder.body.where", { step, owner: m.owner }, lang),
    ...(due ? [say("reminder.body.due", { due }, lang)] : []),
    "",
    todo,
    "",
    say("reminder.footer", { key: m.key }, lang),
  ];
  return { subject, body: lines.join("\n") };
}

export interface OutboxInput {
  readonly process: CompiledProcess;
  readonly messages: readonly DueMessage[];
  /** The register's rows the messages' `index` points into. */
  readonly rows: readonly RuleRow[];
  readonly people?: readonly Person[];
  /** The workbook's language: messages to people whose language People does not give. */
  readonly lang: Lang;
  readonly channel: OutboxChannel;
  /** `YYYY-MM-DDTHH:mm:ss`: when the rows are created. */
  readonly now: string;
}

/** New pending Outbox rows for the messages: each in its recipient's language, addressed for the channel. */
export function outboxRowsFor(input: OutboxInput): OutboxRow[] {
  const people = new PeopleIndex(input.people ?? []);
  return input.messages.map((m) => {
    const person = people.get(m.to);
    const lang = person?.lang ?? input.lang;
    const { subject, body } = composeMessage(input.process, m, input.rows[m.index], lang);
    return {
      created: input.now,
      channel: input.channel,
      to: m.to,
      address: addressOf(person, input.channel),
      subject,
      body,
      caseId: m.caseId,
      status: "pending",
      attempts: 0,
      key: m.key,
    };
  });
}
