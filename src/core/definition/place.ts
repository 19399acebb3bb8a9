import type { Lang } from "../../words/lang";
import "../../words/errors-place";
import { say } from "../../words/say";

/**
 * Where an error's JSON path points, in words a person reads: the step by its name, the rule by its
 * number and the part of it; undefined where the path says nothing plainer (then show the path).
 * @example placeOf("steps[2].owner[0].when", def, "en") === "owner rule 1 of “Purchasing review”, its condition"
 */
export function placeOf(path: string, definition: unknown, lang: Lang): string | undefined {
  const step = /^steps\[(\d+)\](.*)$/.exec(path);
  if (step) {
    const def = item(definition, "steps", Number(step[1]));
    const name = textIn(def, "name", lang) || textIn(def, "id", lang);
    return name ? stepPlace(step[2] ?? "", name, lang) : undefined;
  }
  const field = /^fields\[(\d+)\]/.exec(path);
  if (field) {
    const def = item(definition, "fields", Number(field[1]));
    const name = textIn(def, "header", lang) || textIn(def, "key", lang);
    return name ? say("place.field", { field: name }, lang) : undefined;
  }
  const role = /^roles\.([^.[]+)/.exec(path);
  if (role?.[1]) return say("place.role", { role: role[1] }, lang);
  const test = /^tests\[(\d+)\]/.exec(path);
  if (test) {
    const n = Number(test[1]);
    const name = textIn(item(definition, "tests", n), "name", lang);
    return name ? say("place.test", { n: n + 1, test: name }, lang) : undefined;
  }
  if (path.startsWith("goal")) return say("place.goal", {}, lang);
  return undefined;
}

// The definition may be a file that failed to load (`procsheet validate`): read it without trusting it.
function item(definition: unknown, list: string, index: number): unknown {
  if (typeof definition !== "object" || definition === null) return undefined;
  const items: unknown = Reflect.get(definition, list);
  return Array.isArray(items) ? items[index] : undefined;
}

function textIn(value: unknown, key: string, lang: Lang): string {
  if (typeof value !== "object" || value === null) return "";
  const text: unknown = Reflect.get(value, key);
  if (typeof text === "string") return text;
  if (typeof text !== "object" || text === null) return "";
  const inLang: unknown = Reflect.get(text, lang) ?? Reflect.get(text, "en");
  return typeof inLang === "string" ? inLang : "";
}

function stepPlace(rest: string, step: string, lang: Lang): string {
  const rule = /^\.(owner|next)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(rest);
  if (!rule) {
    if (rest.startsWith(".name")) return say("place.stepName", { step }, lang);
    if (rest.startsWith(".slaDays")) return say("place.stepSla", { step }, lang);
    return say("place.step", { step }, lang);
  }
  const [, kind, index, part] = rule;
  if (index === undefined)
    return say(kind === "owner" ? "place.ownerRules" : "place.nextRules", { step }, lang);
  const n = Number(index) + 1;
  if (part === "when")
    return say(kind === "owner" ? "place.ownerRuleCondition" : "place.nextRuleCondition", { n, step }, lang);
  if (part === "assign") return say("place.ownerRuleOwner", { n, step }, lang);
  if (part === "assignExpr") return say("place.ownerRuleWorkedOut", { n, step }, lang);
  if (part === "goto") return say("place.nextRuleGoTo", { n, step }, lang);
  return say(kind === "owner" ? "place.ownerRule" : "place.nextRule", { n, step }, lang);
}
