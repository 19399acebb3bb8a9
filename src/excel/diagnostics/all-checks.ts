import { BATCH_CHECKS } from "./checks-batches";
import { DRAWING_CHECKS } from "./checks-drawing";
import { EVENT_CHECKS } from "./checks-events";
import { FORMAT_CHECKS } from "./checks-formats";
import { MERGED_CHECKS } from "./checks-merged";
import { STORAGE_CHECKS } from "./checks-storage";
import { TABLE_CHECKS } from "./checks-tables";
import { VALUE_CHECKS } from "./checks-values";
import type { SelfCheck } from "./self-check";

/** Every check, in the order the report lists them: the pane runs these in Excel, jest on the simulation. */
export const SELF_CHECKS: readonly SelfCheck[] = [
  ...BATCH_CHECKS,
  ...VALUE_CHECKS,
  ...TABLE_CHECKS,
  ...MERGED_CHECKS,
  ...EVENT_CHECKS,
  ...FORMAT_CHECKS,
  ...STORAGE_CHECKS,
  ...DRAWING_CHECKS,
];
