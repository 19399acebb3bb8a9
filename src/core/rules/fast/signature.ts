import { failure } from "./errors";
import { isFunctionValue } from "./values";

/**
 * jsonata's function-signature checker (signature.js), ported line for line: the T0410 / T0411 /
 * T0412 errors and their `index` depend on the regex it builds from the signature and on the order
 * it walks the arguments, so an approximation would report different argument numbers.
 */

interface Param {
  regex: string;
  type: string;
  array?: boolean;
  context?: boolean;
  contextRegex?: RegExp;
  subtype?: string;
}

const ARRAY_TYPES: Readonly<Record<string, string>> = {
  a: "arrays",
  b: "booleans",
  f: "functions",
  n: "numbers",
  o: "objects",
  s: "strings",
};

/** getSymbol: the one-letter type jsonata matches against the signature (`m` = missing). */
export function symbolOf(value: unknown): string {
  if (isFunctionValue(value)) return "f";
  switch (typeof value) {
    case "string":
      return "s";
    case "number":
      return "n";
    case "boolean":
      return "b";
    case "object":
      if (value === null) return "l";
      return Array.isArray(value) ? "a" : "o";
    default:
      return "m";
  }
}

export interface Signature {
  readonly definition: string;
  /** The arguments the implementation receives (context substituted, `a` params wrapped), or a thrown T04xx. */
  validate(args: readonly unknown[], context: unknown): unknown[];
  /**
   * For a call with `argc` arguments: the symbols each position may have for `validate` to hand the
   * arguments over unchanged (each in its own parameter, missing trailing ones undefined), or
   * `undefined` when no call of that size can skip `validate` (array parameters, context substitution,
   * a required parameter left out). Sound because jsonata's regex is greedy from the left: when every
   * symbol fits its own parameter's class, that assignment is the match `exec` returns.
   */
  positional(argc: number): readonly string[] | undefined;
}

function findClosingBracket(str: string, start: number, open: string, close: string): number {
  let depth = 1;
  let position = start;
  while (position < str.length) {
    position++;
    const symbol = str.charAt(position);
    if (symbol === close) {
      depth--;
      if (depth === 0) break;
    } else if (symbol === open) {
      depth++;
    }
  }
  return position;
}

export function parseSignature(signature: string): Signature {
  const params: Param[] = [];
  let param: Param = { regex: "", type: "" };
  let prevParam: Param = param;
  const next = (): void => {
    params.push(param);
    prevParam = param;
    param = { regex: "", type: "" };
  };
  let position = 1;
  while (position < signature.length) {
    const symbol = signature.charAt(position);
    if (symbol === ":") break;
    switch (symbol) {
      case "s":
      case "n":
      case "b":
      case "l":
      case "o":
        param.regex = "[" + symbol + "m]";
        param.type = symbol;
        next();
        break;
      case "a":
        param.regex = "[asnblfom]";
        param.type = symbol;
        param.array = true;
        next();
        break;
      case "f":
        param.regex = "f";
        param.type = symbol;
        next();
        break;
      case "j":
        param.regex = "[asnblom]";
        param.type = symbol;
        next();
        break;
      case "x":
        param.regex = "[asnblfom]";
        param.type = symbol;
        next();
        break;
      case "-":
        prevParam.context = true;
        prevParam.contextRegex = new RegExp(prevParam.regex);
        prevParam.regex += "?";
        break;
      case "?":
      case "+":
        prevParam.regex += symbol;
        break;
      case "(": {
        const endParen = findClosingBracket(signature, position, "(", ")");
        const choice = signature.substring(position + 1, endParen);
        if (choice.indexOf("<") !== -1)
          throw new Error(`signature ${signature}: parameterised choice types are not ported`);
        param.regex = "[" + choice + "m]";
        param.type = "(" + choice + ")";
        position = endParen;
        next();
        break;
      }
      case "<": {
        if (prevParam.type !== "a" && prevParam.type !== "f")
          throw new Error(`signature ${signature}: type parameter on ${prevParam.type}`);
        const endPos = findClosingBracket(signature, position, "<", ">");
        prevParam.subtype = signature.substring(position + 1, endPos);
        position = endPos;
        break;
      }
    }
    position++;
  }
  const regex = new RegExp("^" + params.map((p) => "(" + p.regex + ")").join("") + "$");

  const throwValidationError = (badArgs: readonly unknown[], badSig: string): never => {
    let partialPattern = "^";
    let goodTo = 0;
    for (const p of params) {
      partialPattern += p.regex;
      const match = badSig.match(partialPattern);
      if (match === null) throw failure("T0410", { value: badArgs[goodTo], index: goodTo + 1 });
      goodTo = match[0].length;
    }
    throw failure("T0410", { value: badArgs[goodTo], index: goodTo + 1 });
  };

  const symbolsOf = (p: Param): string | undefined => {
    if (p.type === "a" || p.regex.endsWith("+")) return undefined;
    const body = p.regex.endsWith("?") ? p.regex.slice(0, -1) : p.regex;
    return body.startsWith("[") && body.endsWith("]")
      ? body.slice(1, -1)
      : body.length === 1
        ? body
        : undefined;
  };

  return {
    definition: signature,
    positional(argc) {
      if (argc > params.length) return undefined;
      const allowed: string[] = [];
      for (let i = 0; i < params.length; i++) {
        const p = params[i] as Param;
        if (i < argc) {
          const symbols = symbolsOf(p);
          if (symbols === undefined) return undefined;
          allowed.push(symbols);
        } else if (p.context || !p.regex.endsWith("?")) {
          return undefined;
        }
      }
      return allowed;
    },
    validate(args, context) {
      let suppliedSig = "";
      for (const arg of args) suppliedSig += symbolOf(arg);
      const isValid = regex.exec(suppliedSig);
      if (!isValid) return throwValidationError(args, suppliedSig);
      const validated: unknown[] = [];
      let argIndex = 0;
      params.forEach((p, index) => {
        let arg = args[argIndex];
        const match = isValid[index + 1] ?? "";
        if (match === "") {
          if (p.context && p.contextRegex) {
            if (p.contextRegex.test(symbolOf(context))) validated.push(context);
            else throw failure("T0411", { value: context, index: argIndex + 1 });
          } else {
            validated.push(arg);
            argIndex++;
          }
          return;
        }
        for (const single of match.split("")) {
          arg = args[argIndex];
          if (p.type === "a") {
            if (single === "m") {
              arg = undefined;
            } else {
              let arrayOK = true;
              if (typeof p.subtype !== "undefined") {
                if (single !== "a" && match !== p.subtype) {
                  arrayOK = false;
                } else if (single === "a") {
                  const items = arg as unknown[];
                  if (items.length > 0) {
                    const itemType = symbolOf(items[0]);
                    if (itemType !== p.subtype.charAt(0)) arrayOK = false;
                    else arrayOK = items.every((v) => symbolOf(v) === itemType);
                  }
                }
              }
              if (!arrayOK)
                throw failure("T0412", {
                  value: arg,
                  index: argIndex + 1,
                  type: ARRAY_TYPES[p.subtype ?? ""] as string,
                });
              if (single !== "a") arg = [arg];
            }
            validated.push(arg);
            argIndex++;
          } else {
            validated.push(arg);
            argIndex++;
          }
        }
      });
      return validated;
    },
  };
}
