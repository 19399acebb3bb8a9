/**
 * A template's argument names, read from its English text at compile time, so `say` rejects a missing or
 * misspelt parameter. An argument is `{name}` or `{name, …}` with `name` an identifier; plural and select
 * sub-messages (`{# cases}`, `{in {step}}`) are skipped because they hold `#`, a space or a brace.
 * catalogue.test.ts checks this reading against the ICU parser's for every entry.
 * @example ArgNames<"{n, plural, one {# row} other {# rows}} in {sheet}"> = "n" | "sheet"
 */
export type ArgNames<S extends string> = S extends `${string}{${infer Tail}`
  ? (Tail extends `${infer Inside}}${string}` ? Identifier<BeforeComma<Inside>> : never) | ArgNames<Tail>
  : never;

type BeforeComma<S extends string> = S extends `${infer Name},${string}` ? Name : S;

type Identifier<S extends string> = S extends ""
  ? never
  : S extends `${string}${" " | "#" | "{" | "'" | '"' | "\n" | "<" | "/" | "."}${string}`
    ? never
    : S;

/** What a message may show: text as is, numbers and dates formatted for the reader's locale. */
export type Value = string | number | Date;

/** The parameters a template needs, by name; no parameters means an empty object. */
export type ParamsOf<S extends string> = [ArgNames<S>] extends [never]
  ? Readonly<Record<string, never>>
  : { readonly [P in ArgNames<S>]: Value };

/** The same reading at run time, for the test that pins it to the parser's. */
export function argNamesLikeTheType(template: string): string[] {
  const names = new Set<string>();
  let rest = template;
  for (let at = rest.indexOf("{"); at >= 0; at = rest.indexOf("{")) {
    rest = rest.slice(at + 1);
    const close = rest.indexOf("}");
    if (close < 0) break;
    const inside = rest.slice(0, close);
    const name = inside.includes(",") ? inside.slice(0, inside.indexOf(",")) : inside;
    if (name !== "" && !/[ #{'"\n</.]/.test(name)) names.add(name);
  }
  return [...names].sort();
}
