import {TimelineError} from '../timeline-error.js';

// Bytes to text, and text to JSON, for every reader of data: the element's loader, the
// command-line tool's files, standard input and URLs. No DOM: it runs in Node as it is.

/**
 * Bytes as text: UTF-8, as JSON and the web want, else Windows-1252, which is what Excel on
 * Windows saves as "CSV": accents then read as accents, not as replacement characters.
 * A UTF-8 byte order mark is dropped, as browsers drop it.
 */
export function decodeText(bytes: Uint8Array): {text: string; utf8: boolean} {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), utf8: true};
  } catch {
    return {text: new TextDecoder('windows-1252').decode(bytes), utf8: false};
  }
}

/**
 * Turns a body into JSON, naming what it is when it is not. `where` names it in messages.
 * The body decides, not the content type: many CMS endpoints serve JSON as text/html.
 */
export function decodeJson(body: string, where: string, url?: string): unknown {
  if (!body.trim()) throw new TimelineError('empty', `${where} is empty`, url);
  try {
    return JSON.parse(body);
  } catch (error) {
    if (/^\s*</.test(body)) {
      throw new TimelineError('html', `${where} is an HTML page, not JSON: a wrong address, or a login page?`, url);
    }
    throw new TimelineError('json', `${where} is not valid JSON: ${(error as Error).message}`, url);
  }
}
