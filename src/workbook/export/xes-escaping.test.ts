/** @jest-environment jsdom */
import { tricky, TRICKY_EVENTS, TRICKY_ROWS } from "../../../test/fixtures/tricky-log";
import { logCases } from "./log-cases";
import { xesDocument } from "./xes";

/** Every `key → value` of one element's attribute children, as an XML parser reads them back. */
function attributes(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const child of Array.from(el.children))
    if (child.hasAttribute("key")) out[child.getAttribute("key") ?? ""] = child.getAttribute("value") ?? "";
  return out;
}

describe("XES text, read back by an XML parser", () => {
  it.each(["en", "zh-CN"] as const)(
    "gives back in %s every name and value as written: &, <, quotes, Chinese",
    (lang) => {
      const xml = xesDocument(tricky(), logCases(TRICKY_EVENTS, TRICKY_ROWS), {
        lang,
        utcOffsetMinutes: 480,
      });
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
      const log = doc.documentElement;
      expect(attributes(log)["concept:name"]).toBe(lang === "en" ? "R&D <\"Buy\"> 'now'" : "研发采购 & 审批");
      const [first] = Array.from(doc.getElementsByTagName("trace"));
      const trace = attributes(first as Element);
      // Line breaks and tabs survive; a control character XML cannot hold became U+FFFD.
      expect(trace.item).toBe('Cable <5m> & "plug"\nsecond line\ttab \uFFFDbell');
      const events = Array.from((first as Element).getElementsByTagName("event")).map(attributes);
      expect(events[3]).toMatchObject({
        "concept:name": lang === "en" ? 'Check <"quotes">' : "审查“引号”",
        "org:resource": "O'Brien & Co",
        "lifecycle:transition": "start",
      });
      expect(events[4]?.by).toBe('Zoë "Z" <z@x>');
      expect(events[7]?.["org:resource"]).toBe("王芳");
    },
  );
});
