/**
 * Counters the tests assert on (syncs, queued operations, cells written/read, request bytes) and the
 * fault injection state. Payload size is the JSON size of the batch; Excel on the web limits a request
 * (and a response) to 5 MB: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 */
export class Instruments {
  syncs = 0;
  /** Commands sent, including implicit object instantiations for *OrNullObject. */
  operations = 0;
  cellsWritten = 0;
  cellsRead = 0;
  /** JSON size of each request (batch), in order. */
  requestBytes: number[] = [];
  responseBytes = 0;

  get maxRequestBytes(): number {
    return this.requestBytes.reduce((a, b) => Math.max(a, b), 0);
  }

  reset(): void {
    this.syncs = 0;
    this.operations = 0;
    this.cellsWritten = 0;
    this.cellsRead = 0;
    this.requestBytes = [];
    this.responseBytes = 0;
  }

  snapshot(): {
    syncs: number;
    operations: number;
    cellsWritten: number;
    cellsRead: number;
    requestBytes: number[];
    maxRequestBytes: number;
  } {
    return {
      syncs: this.syncs,
      operations: this.operations,
      cellsWritten: this.cellsWritten,
      cellsRead: this.cellsRead,
      requestBytes: [...this.requestBytes],
      maxRequestBytes: this.maxRequestBytes,
    };
  }
}

export const FIVE_MB = 5 * 1024 * 1024;
/** "A range read is limited to five million cells": https://learn.microsoft.com/office/dev/add-ins/excel/performance */
export const READ_CELL_LIMIT = 5_000_000;
