/** "Me" (for My work and for who changed what) is chosen once per process and remembered in this browser. */
const key = (processId: string): string => `procsheet.me.${processId}`;

export function loadMe(processId: string): string {
  try {
    return globalThis.localStorage?.getItem(key(processId)) ?? "";
  } catch {
    return "";
  }
}

export function storeMe(processId: string, me: string): void {
  try {
    if (me) globalThis.localStorage?.setItem(key(processId), me);
    else globalThis.localStorage?.removeItem(key(processId));
  } catch {
    // Storage blocked: "me" lasts for this session only.
  }
}
