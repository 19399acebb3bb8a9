import type { Analysis } from "./analyze";

/** Numbers rounded to 6 decimals, all the way down, so JSON output does not carry float noise. */
export function roundDeep(value: unknown): unknown {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return value;
    const r = Math.round(value * 1e6) / 1e6;
    return Object.is(r, -0) ? 0 : r;
  }
  if (Array.isArray(value)) return value.map(roundDeep);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)]));
  return value;
}

/**
 * An analysis as `procsheet analyze --json` prints it, and as the add-in's figures are compared with it:
 * setAside, casesWithoutCreated and datesFromRegister only when there are some, so clean output is as
 * before.
 */
export function analysisJson(a: Analysis): unknown {
  const { setAside, casesWithoutCreated, datesFromRegister, ...figures } = a;
  return roundDeep({
    ...figures,
    ...(setAside.length > 0 ? { setAside } : {}),
    ...(casesWithoutCreated.length > 0 ? { casesWithoutCreated } : {}),
    ...(datesFromRegister.length > 0 ? { datesFromRegister } : {}),
  });
}
