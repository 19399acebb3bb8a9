import "../../words/rule-language";
import { say } from "../../words/say";
import { MAX_TEXT } from "./limits";

/** The failure of a rule that built a text longer than MAX_TEXT (U1004), shaped as jsonata's errors are. */
export function textTooLong(): { code: string; value: number; message: string } {
  return { code: "U1004", value: MAX_TEXT, message: say("jsonata.U1004", { value: String(MAX_TEXT) }, "en") };
}

/** `s` when it is within MAX_TEXT; U1004 otherwise. Reading `length` is O(1), even on a rope. */
export function boundedText(s: string): string {
  if (s.length > MAX_TEXT) throw textTooLong();
  return s;
}
