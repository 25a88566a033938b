const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Resolves `value` against `base` and returns it only if it is a web address.
 * Anything else (`javascript:`, `data:`, `file:`) could run code, so it is dropped. A
 * protocol-relative `//host/path`, common in TimelineJS data, takes the base's scheme (https
 * on an https page), or https when the base is not a web address. Other runs of slashes and
 * backslashes, which browsers read as `//` but editors never write, are dropped from data
 * unless the embedder wrote the address (`byEmbedder`).
 */
export function safeUrl(value: string, base: string, byEmbedder = false): string | undefined {
  // Browsers ignore tabs and newlines inside URLs and control characters around them,
  // so `java\tscript:` and ` //evil` must be judged the way the browser will read them.
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\0-\x20]+|[\0-\x20]+$/g, '');
  const protocolRelative = /^\/\/[^\\/]/.test(cleaned);
  if (!byEmbedder && !protocolRelative && /^[\\/]{2}/.test(cleaned)) return undefined;
  try {
    // Against a base that is not a web address (a file on disk), `//host` still means the web.
    const url = new URL(protocolRelative && !/^https?:/i.test(base) ? `https:${cleaned}` : cleaned, base);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// Pages that editors paste as an image's address: the site and path, then the file each names.
const COMMONS_FILE = /^((?:https?:)?\/\/commons\.(?:m\.)?wikimedia\.org\/wiki\/)File:([^?#]+).*/i;
const DRIVE_FILE = /^((?:https?:)?\/\/drive\.google\.com\/)(?:file\/d\/|(?:open|uc)\?(?:[^#]*&)?id=)([\w-]+).*/i;

/**
 * The image itself for a Wikimedia Commons file page (`…/wiki/File:X.jpg`) or a Google Drive
 * share link (`…/file/d/ID/view`, `…/open?id=ID`), on the same site; undefined for any other
 * address. Both sites serve the file at a fixed address, so no API request is needed.
 */
export function imageAddress(url: string): string | undefined {
  // Special:FilePath redirects to the file; a width asks for a scaled copy, not a 20 MB original.
  if (COMMONS_FILE.test(url)) return url.replace(COMMONS_FILE, '$1Special:FilePath/$2?width=1280');
  if (DRIVE_FILE.test(url)) return url.replace(DRIVE_FILE, '$1uc?export=view&id=$2');
  return undefined;
}
