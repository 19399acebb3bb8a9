let ownWrites = 0;

/**
 * Procsheet's own writes fire change events too (office-js has no way to tell them apart before ExcelApi
 * 1.14's `triggerSource`); change tracking ignores whatever happens inside this bracket.
 */
export async function asOwnWrite<T>(work: () => Promise<T>): Promise<T> {
  ownWrites++;
  try {
    return await work();
  } finally {
    ownWrites--;
  }
}

export function isOwnWriteInProgress(): boolean {
  return ownWrites > 0;
}
