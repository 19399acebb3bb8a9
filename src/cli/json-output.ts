/**
 * `JSON.stringify(value, null, 2)` of an object whose members may be long arrays, as pieces: each array
 * element is stringified on its own, so `--json` of a 200,000-row sync never builds one string of
 * hundreds of megabytes. The text is the same as JSON.stringify's.
 */
export function* jsonPieces(value: Readonly<Record<string, unknown>>): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{\n";
  for (const [i, [key, member]] of entries.entries()) {
    const comma = i < entries.length - 1 ? "," : "";
    if (Array.isArray(member) && member.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, element] of member.entries()) {
        // An element JSON cannot hold is null in an array, as JSON.stringify writes it.
        const text = JSON.stringify(element, null, 2) ?? "null";
        yield `    ${text.replace(/\n/g, "\n    ")}${j < member.length - 1 ? "," : ""}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      const text = JSON.stringify(member, null, 2);
      yield `  ${JSON.stringify(key)}: ${text.replace(/\n/g, "\n  ")}${comma}\n`;
    }
  }
  yield "}";
}
