import {formatWarning, type TimelineWarning} from '../../src/data/timeline-warning.js';

/** A reader's result with its warnings worded as the console, the CLI and the load event show them. */
export const worded = <T extends {warnings: TimelineWarning[]}>(result: T): Omit<T, 'warnings'> & {warnings: string[]} => ({
  ...result,
  warnings: result.warnings.map(formatWarning),
});
