import { Checkbox, Stack, Text, TextField } from "@fluentui/react";
import { useEffect, useMemo, useState } from "react";
import { compileCalendar, workday } from "../../core/calendar";
import { resolveText } from "../../core/text";
import { dayOf, formatDate, parseLocal, startOfDay } from "../../core/time/local-time";
import { useClock } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import { parseDateList, setDates, setWorkday } from "./calendar-edits";

/** A list of dates, one a line; what is typed stays as typed while the dates it holds are kept. */
function DatesField({
  label,
  which,
}: {
  readonly label: string;
  readonly which: "holidays" | "extraWorkdays";
}) {
  const { t, f } = useStrings();
  const { draft, edit } = useDraft();
  const saved = draft?.calendar?.[which] ?? [];
  const [text, setText] = useState(saved.join("\n"));
  // Follow outside changes (Discard) without disturbing what is being typed or pasted.
  useEffect(() => {
    setText((current) =>
      parseDateList(current).dates.join("\n") === saved.join("\n") ? current : saved.join("\n"),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- compared by value
  }, [saved.join("\n")]);
  const read = parseDateList(text);
  return (
    <TextField
      label={label}
      multiline
      autoAdjustHeight
      rows={3}
      value={text}
      description={`${t.datesHelp} ${f("datesRead", { n: read.dates.length })}`}
      {...(read.unread.length > 0
        ? {
            errorMessage: f("datesUnread", {
              n: read.unread.length,
              lines: read.unread.slice(0, 3).join(" · "),
            }),
          }
        : {})}
      onChange={(_e, v) => {
        setText(v ?? "");
        edit((d) => setDates(d, which, parseDateList(v ?? "").dates));
      }}
    />
  );
}

/** Due dates of a case starting today at each step with an SLA, under the calendar as it is now edited. */
function DuePreview() {
  const { lang, t, f, day } = useStrings();
  const { draft } = useDraft();
  const clock = useClock();
  const today = parseLocal(clock());
  const calendar = useMemo(() => compileCalendar(draft?.calendar), [draft?.calendar]);
  const steps = (draft?.steps ?? []).filter((s) => s.slaDays !== undefined);
  if (today === undefined || steps.length === 0) return <Text variant="small">{t.noDuePreview}</Text>;
  let lines: string[];
  try {
    lines = steps.map((s) => {
      const due = formatDate(startOfDay(workday(dayOf(today), s.slaDays ?? 0, calendar)));
      return f("dueAt", { step: resolveText(s.name, lang) || s.id, due: day(due) });
    });
  } catch {
    return <Text variant="small">{t.noWorkdays}</Text>; // a calendar without working days
  }
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text variant="small">{t.duePreview}</Text>
      <ul aria-label={t.duePreview} style={{ margin: 0, paddingLeft: 18 }}>
        {lines.map((line) => (
          <li key={line}>
            <Text variant="small">{line}</Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

/** The working week, holidays and make-up working days (a column can be pasted from Excel), with due dates. */
export function CalendarEditor() {
  const { t, weekdays } = useStrings();
  const { draft, edit } = useDraft();
  const names = useMemo(() => weekdays(), [weekdays]);
  const week = new Set(draft?.calendar?.workdays ?? [1, 2, 3, 4, 5]);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">{t.calendarHelp}</Text>
      <Stack
        as="fieldset"
        tokens={{ childrenGap: 4 }}
        styles={{ root: { border: "none", margin: 0, padding: 0 } }}
      >
        <Text as="legend" styles={{ root: { fontWeight: 600, padding: 0 } }}>
          {t.workWeek}
        </Text>
        <Stack horizontal wrap tokens={{ childrenGap: 10 }}>
          {names.map((name, i) => (
            <Checkbox
              key={name}
              label={name}
              checked={week.has(i + 1)}
              // The last working day cannot go: a week without one gives no due dates.
              disabled={week.size === 1 && week.has(i + 1)}
              onChange={(_e, v) => edit((d) => setWorkday(d, i + 1, Boolean(v)))}
            />
          ))}
        </Stack>
        {week.size === 1 && <Text variant="small">{t.noWorkdays}</Text>}
      </Stack>
      <DatesField label={t.holidays} which="holidays" />
      <DatesField label={t.extraWorkdays} which="extraWorkdays" />
      <DuePreview />
    </Stack>
  );
}
