const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Resolves `value` against `base` and returns it only if it is a web address.
 * Anything else (`javascript:`, `data:`, `file:`, protocol-relative `//host`) could run code
 * or reach where the data's author did not mean, so it is dropped.
 */
export function safeUrl(value: string, base: string): string | undefined {
  // Browsers ignore tabs and newlines inside URLs and control characters around them,
  // so `java\tscript:` and ` //evil` must be judged the way the browser will read them.
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\0-\x20]+|[\0-\x20]+$/g, '');
  if (/^[\\/]{2}/.test(cleaned)) return undefined;
  try {
    const url = new URL(cleaned, base);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
