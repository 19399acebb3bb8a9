import { readFileSync } from "fs";
import { join } from "path";
import { validateXML } from "xmllint-wasm";
import { tricky, TRICKY_EVENTS, TRICKY_ROWS } from "../../../test/fixtures/tricky-log";
import type { ProcessEvent } from "../../core/sync/events";
import { logCases } from "./log-cases";
import { utcOffsetText, xesDocument, xmlAttribute } from "./xes";

const SCHEMA = readFileSync(join(__dirname, "../../../test/xes/xes-1849-2016.xsd"), "utf8");

async function schemaErrors(xml: string): Promise<string[]> {
  const r = await validateXML({
    xml: [{ fileName: "log.xes", contents: xml }],
    schema: [{ fileName: "xes-1849-2016.xsd", contents: SCHEMA }],
  });
  return r.errors.map((e) => e.rawMessage);
}

const process = tricky();
const cases = logCases(TRICKY_EVENTS, TRICKY_ROWS);
const xes = xesDocument(process, cases, { lang: "en", utcOffsetMinutes: 480 });

describe("the XES export (IEEE 1849-2016)", () => {
  it("is valid against the standard's XES schema, names and values needing escapes included", async () => {
    expect(await schemaErrors(xes)).toEqual([]);
    expect(
      await schemaErrors(xesDocument(process, cases, { lang: "zh-CN", utcOffsetMinutes: -210 })),
    ).toEqual([]);
    // The schema has teeth: an attribute without its key, or a trace before the extensions, fails it.
    expect(await schemaErrors(xes.replace('<string key="source" ', "<string "))).not.toEqual([]);
    expect(
      await schemaErrors(xes.replace("<log xes.version", '<log xes.features="" nonsense="1" xes.version')),
    ).not.toEqual([]);
  });

  it("declares the concept, time, organizational and lifecycle extensions, globals and an activity classifier", () => {
    const head = xes.slice(0, xes.indexOf("<trace>"));
    for (const [name, prefix] of [
      ["Concept", "concept"],
      ["Time", "time"],
      ["Organizational", "org"],
      ["Lifecycle", "lifecycle"],
    ])
      expect(head).toContain(
        `<extension name="${name}" prefix="${prefix}" uri="http://www.xes-standard.org/${prefix}.xesext"/>`,
      );
    expect(head).toMatch(
      /<global scope="trace">\s*<string key="concept:name" value="UNKNOWN"\/>\s*<\/global>/,
    );
    expect(head).toMatch(
      /<global scope="event">[\s\S]*key="time:timestamp"[\s\S]*key="lifecycle:transition"/,
    );
    expect(head).toContain('<classifier name="Activity" keys="concept:name"/>');
    expect(head).toContain('<string key="lifecycle:model" value="standard"/>');
    expect(head).toContain(
      '<string key="concept:name" value="R&amp;D &lt;&quot;Buy&quot;&gt; &apos;now&apos;"/>',
    );
  });

  it("writes one trace per case, the register's fields as typed attributes, and one event per History event", () => {
    const traces = xes.split("<trace>").slice(1);
    expect(traces).toHaveLength(3);
    expect((xes.match(/<event>/g) ?? []).length).toBe(TRICKY_EVENTS.length);
    const first = traces[0] as string;
    expect(first).toContain('<string key="concept:name" value="TR-0001"/>');
    expect(first).toContain('<float key="amount" value="1234.5"/>');
    expect(first).toContain('<int key="units" value="3"/>');
    expect(first).toContain('<date key="neededBy" value="2026-01-20T00:00:00.000+08:00"/>');
    expect(first).toContain('<boolean key="urgent" value="true"/>');
    expect(first).toContain('<string key="kind" value="IT &amp; &lt;tools&gt;"/>');
    // A case History has but the register does not: its events, no fields.
    expect(traces[2]).not.toContain('key="amount"');
    const event = first.split("<event>")[1] as string;
    expect(event).toContain('<string key="concept:name" value="Ask &amp; wait"/>');
    expect(event).toContain('<date key="time:timestamp" value="2026-01-05T09:00:00.000+08:00"/>');
    expect(event).toContain('<string key="lifecycle:transition" value="start"/>');
    expect(event).toContain('<string key="eventType" value="created"/>');
  });

  it("gives every step visit its start and complete, the resource who did it, and aborts a cancelled case", () => {
    const tr1 = cases.find((c) => c.caseId === "TR-0001");
    expect(tr1?.events.map((e) => [e.type, e.step, e.transition, e.resource ?? ""])).toEqual([
      ["created", "ask", "start", ""],
      ["assigned", "ask", "assign", "Ann"],
      // The move completes the step left, by its owner; the new owner's assignment starts the next.
      ["advanced", "ask", "complete", "Ann"],
      ["assigned", "check", "start", "O'Brien & Co"],
      ["status", "check", "suspend", "O'Brien & Co"],
      ["status", "check", "resume", "O'Brien & Co"],
      ["advanced", "check", "complete", "O'Brien & Co"],
      ["assigned", "pay", "start", "王芳"],
      ["changed", "pay", "unknown", "王芳"],
      ["closed", "pay", "complete", "王芳"],
    ]);
    expect(cases.find((c) => c.caseId === "TR-0003")?.events.map((e) => e.transition)).toEqual([
      "start",
      "pi_abort",
    ]);
    expect(tr1?.visits).toEqual([
      {
        step: "ask",
        start: "2026-01-05T09:00:00",
        complete: "2026-01-06T11:00:00",
        resource: "Ann",
        end: "advanced",
      },
      {
        step: "check",
        start: "2026-01-06T11:00:00",
        complete: "2026-01-08T09:00:00",
        resource: "O'Brien & Co",
        end: "advanced",
      },
      {
        step: "pay",
        start: "2026-01-08T09:00:00",
        complete: "2026-01-09T16:00:00",
        resource: "王芳",
        end: "closed",
      },
    ]);
  });

  it("starts a visit entered without an assignment at the step's first status, so no visit lacks its start", () => {
    const at = (day: number, hour: number): string =>
      `2026-01-0${day}T${String(hour).padStart(2, "0")}:00:00`;
    const base = { caseId: "NO-OWNER" } as const;
    const events: ProcessEvent[] = [
      { ...base, at: at(5, 9), type: "created", step: "ask", status: "todo", owner: "Ann" },
      {
        ...base,
        at: at(6, 9),
        type: "advanced",
        step: "check",
        fromStep: "ask",
        status: "todo",
        owner: "Ann",
      },
      // No one was assigned (the row had no owner); the step's first word is a status.
      { ...base, at: at(6, 10), type: "status", step: "check", status: "waiting", by: "Bo" },
      { ...base, at: at(7, 9), type: "status", step: "check", status: "doing", by: "Bo" },
      { ...base, at: at(8, 9), type: "closed", step: "check", status: "done" },
    ];
    const [c] = logCases(events);
    expect(c?.events.map((e) => [e.type, e.step, e.transition])).toEqual([
      ["created", "ask", "start"],
      ["advanced", "ask", "complete"],
      ["status", "check", "start"],
      ["status", "check", "resume"],
      ["closed", "check", "complete"],
    ]);
  });

  it("writes every timestamp with the workbook's offset from UTC", () => {
    expect([utcOffsetText(480), utcOffsetText(-210), utcOffsetText(0)]).toEqual([
      "+08:00",
      "-03:30",
      "+00:00",
    ]);
    const stamps = [...xes.matchAll(/key="time:timestamp" value="([^"]+)"/g)].map((m) => m[1]);
    expect(stamps.slice(1).every((s) => s?.endsWith(".000+08:00"))).toBe(true);
    const west = xesDocument(process, cases, { lang: "en", utcOffsetMinutes: -300 });
    expect(west).toContain('value="2026-01-05T09:00:00.000-05:00"');
  });

  it("escapes &, <, >, quotes and line breaks, and replaces what XML cannot hold", () => {
    expect(xmlAttribute(`a & b <c> "d" 'e'`)).toBe("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;");
    expect(xmlAttribute("one\ntwo\tthree\r")).toBe("one&#10;two&#9;three&#13;");
    expect(xmlAttribute("bell\u0001 \uD800 采购")).toBe("bell\uFFFD \uFFFD 采购");
  });
});
