import {readFile, stat} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import type {TimelineErrorKind} from '../timeline-error.js';

/** Why the command could not do its work; `file` is the CLI's own kind, beside the element's. */
export type CliErrorKind = TimelineErrorKind | 'file' | 'usage';

/** A failure with a message for the person at the terminal, and a kind for `--json`. */
export class CliError extends Error {
  constructor(
    readonly kind: CliErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** What identifies one version of a file on its server, for the element's conditional re-check. */
export interface Validators {
  etag?: string;
  /** An HTTP date (`Tue, 17 Jun 2024 08:00:00 GMT`). */
  lastModified?: string;
}

export interface Input {
  text: string;
  /** The web address it came from, when it did: the base of its relative addresses. */
  url?: string;
  validators: Validators;
}

// The element's default byte cap, for the same reason: a larger answer strains the reader's phone.
const MAX_BYTES = 10_000_000;

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** `path` as the file system reads it: a `file:` URL or a path. */
const filePath = (input: string) => (/^file:/i.test(input) ? fileURLToPath(input) : input);

async function readStdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

async function readLocal(input: string): Promise<Input> {
  if (input === '-') return {text: await readStdin(), validators: {}};
  const path = filePath(input);
  try {
    const [text, stats] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    // Browsers drop a byte order mark when they decode; JSON.parse would choke on it.
    return {text: text.replace(/^\uFEFF/, ''), validators: {lastModified: stats.mtime.toUTCString()}};
  } catch (error) {
    const {code} = error as NodeJS.ErrnoException;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError('file', `Could not read ${input}: ${why}`);
  }
}

/** A body as text, counted while it streams, so an endless answer stops at the cap. */
async function readBody(response: Response, url: string) {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let bytes = 0, chunk; reader && !(chunk = await reader.read()).done; ) {
    bytes += chunk.value.byteLength;
    if (bytes > MAX_BYTES) {
      await reader.cancel();
      throw new CliError('size', `${url} is larger than ${MAX_BYTES} bytes`);
    }
    text += decoder.decode(chunk.value, {stream: true});
  }
  return text + decoder.decode();
}

async function readRemote(url: string, timeout: number): Promise<Input> {
  const signal = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(url, {signal, headers: {accept: 'application/json, text/csv;q=0.9, */*;q=0.5'}});
    if (!response.ok) {
      await response.body?.cancel();
      throw new CliError('http', `${url} answered HTTP ${response.status} ${response.statusText}`.trim(), response.status);
    }
    const text = await readBody(response, url);
    const header = (name: string) => response.headers.get(name) ?? undefined;
    return {text, url, validators: {etag: header('etag'), lastModified: header('last-modified')}};
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (signal.aborted) throw new CliError('timeout', `${url} did not answer within ${timeout / 1000} s`);
    // Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND) as the cause.
    const cause = (error as Error).cause as Error | undefined;
    throw new CliError('network', `Could not reach ${url}: ${cause?.message ?? (error as Error).message}`);
  }
}

/** Reads a file (`-` is standard input) or an http(s) address, with the validators it has. */
export const readInput = (input: string, timeout: number) => (isUrl(input) ? readRemote(input, timeout) : readLocal(input));
