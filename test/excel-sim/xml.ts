/**
 * Minimal well-formedness check and root namespace for custom XML parts (no DOMParser in Node, and the
 * simulation must run unchanged in a browser). Custom XML parts: ExcelApi 1.5,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#access-custom-xml-parts (see also
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings#custom-xml-parts).
 */
export function rootNamespace(xml: string): { ok: boolean; namespaceUri: string } {
  const s = xml.replace(/^\uFEFF/, "").trim();
  const stack: string[] = [];
  let i = 0;
  let root: string | undefined;
  let rootAttrs = "";
  let sawRoot = false;
  while (i < s.length) {
    const lt = s.indexOf("<", i);
    if (lt < 0) {
      if (stack.length === 0 && s.slice(i).trim() !== "") return { ok: false, namespaceUri: "" };
      break;
    }
    if (stack.length === 0 && s.slice(i, lt).trim() !== "") return { ok: false, namespaceUri: "" };
    if (s.startsWith("<?", lt)) {
      const end = s.indexOf("?>", lt);
      if (end < 0) return { ok: false, namespaceUri: "" };
      i = end + 2;
      continue;
    }
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt);
      if (end < 0) return { ok: false, namespaceUri: "" };
      i = end + 3;
      continue;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt);
      if (end < 0 || stack.length === 0) return { ok: false, namespaceUri: "" };
      i = end + 3;
      continue;
    }
    const gt = s.indexOf(">", lt);
    if (gt < 0) return { ok: false, namespaceUri: "" };
    const body = s.slice(lt + 1, gt);
    i = gt + 1;
    if (body.startsWith("/")) {
      const name = body.slice(1).trim();
      if (stack.pop() !== name) return { ok: false, namespaceUri: "" };
      continue;
    }
    const m = /^([A-Za-z_][\w.:-]*)([\s\S]*?)(\/?)$/.exec(body);
    if (!m) return { ok: false, namespaceUri: "" };
    const name = m[1] ?? "";
    if (stack.length === 0) {
      if (sawRoot) return { ok: false, namespaceUri: "" };
      sawRoot = true;
      root = name;
      rootAttrs = m[2] ?? "";
    }
    if (m[3] !== "/") stack.push(name);
  }
  if (!sawRoot || stack.length !== 0 || root === undefined) return { ok: false, namespaceUri: "" };
  const prefix = root.includes(":") ? root.split(":")[0] : undefined;
  const re = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']*)["']`) : /xmlns\s*=\s*["']([^"']*)["']/;
  return { ok: true, namespaceUri: re.exec(rootAttrs)?.[1] ?? "" };
}
