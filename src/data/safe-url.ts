const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Resolves `value` against `base` and returns it only if it is a web address.
 * Anything else (`javascript:`, `data:`, `file:`) could run code, so it is dropped; so is a
 * protocol-relative `//host` in data, which points wherever the data's author likes, unless
 * the embedder wrote the address (`byEmbedder`).
 */
export function safeUrl(value: string, base: string, byEmbedder = false): string | undefined {
  // Browsers ignore tabs and newlines inside URLs and control characters around them,
  // so `java\tscript:` and ` //evil` must be judged the way the browser will read them.
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\0-\x20]+|[\0-\x20]+$/g, '');
  if (!byEmbedder && /^[\\/]{2}/.test(cleaned)) return undefined;
  try {
    const url = new URL(cleaned, base);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
