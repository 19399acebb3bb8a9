/** The pane's clock: local wall time as `YYYY-MM-DDTHH:mm:ss`, the form every core function takes. */
export type Clock = () => string;

const pad = (n: number): string => String(n).padStart(2, "0");

/** @example localNow() === "2026-03-02T09:00:00" (in the pane's time zone) */
export const localNow: Clock = () => {
  const d = new Date();
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  );
};

/** Lets the browser paint and handle input between chunks of long work (sync, analysis). */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The date part of a `now` string. */
export function todayOf(now: string): string {
  return now.slice(0, 10);
}
