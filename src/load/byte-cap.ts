import {TimelineError} from '../timeline-error.js';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en', {maximumFractionDigits: 1})} MB`;

/**
 * The error for data over the byte cap (`RkTimeline.limits.bytes`, the CLI's too), in megabytes:
 * its size when known (a file, inline JSON), else only that it is over (a body cut off mid-stream).
 */
export function overByteCap(where: string, cap: number, bytes?: number, url?: string) {
  const size = bytes === undefined ? 'is larger than' : `is ${megabytes(bytes)}, over`;
  return new TimelineError('size', `${where} ${size} the ${megabytes(cap)} cap on a timeline's data`, url);
}

/** Throws `overByteCap` when `text`, as the UTF-8 it was sent as, has more than `cap` bytes. */
export function checkTextBytes(text: string, cap: number, where: string) {
  // A UTF-16 unit is 1 to 3 bytes of UTF-8: most texts are judged by their length alone.
  if (text.length * 3 <= cap) return;
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > cap) throw overByteCap(where, cap, bytes);
}
