// Controls a terminal acts on (C0, DEL, C1: colours, cursor moves, a cleared screen) and the
// invisible marks that reorder or hide text (bidirectional overrides, zero-width characters).
// eslint-disable-next-line no-control-regex -- finding control characters is its job
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text from an input (a file name, a value quoted in a warning) fit for a terminal: each such
 * character written as its `\u` escape, which is also valid inside a JSON string.
 */
export const printable = (text: string) => text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
