import {readFile, stat} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {DEFAULT_LIMITS} from '../limits.js';
import {decodeText} from '../data/decode.js';
import {overByteCap} from '../load/byte-cap.js';
import {readText, type Validators} from '../load/fetch-timeline.js';
import {TimelineError, type TimelineErrorKind} from '../timeline-error.js';

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


export interface Input {
  text: string;
  /** False when the bytes were not UTF-8, and were read as Windows-1252. */
  utf8: boolean;
  /** The web address it came from, when it did: the base of its relative addresses. */
  url?: string;
  /** Answered by another origin, after a redirect: no byte of it, nor its address, is echoed. */
  redirected?: boolean;
  validators: Validators;
}


const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** `path` as the file system reads it: a `file:` URL or a path. */
const filePath = (input: string) => (/^file:/i.test(input) ? fileURLToPath(input) : input);

const CAP = DEFAULT_LIMITS.bytes;

/** Standard input, counted as it arrives: past the cap, it stops. */
async function readStdin(): Promise<Input> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    if ((bytes += chunk.byteLength) > CAP) throw new CliError('size', overByteCap('Standard input', CAP).message);
    chunks.push(chunk);
  }
  return {...decodeText(Buffer.concat(chunks)), validators: {}};
}

async function readLocal(input: string): Promise<Input> {
  if (input === '-') return readStdin();
  const path = filePath(input);
  try {
    const stats = await stat(path);
    // Judged by its size before a byte is read: a 40 MB file is not loaded to be refused.
    if (stats.isFile() && stats.size > CAP) throw new CliError('size', overByteCap(input, CAP, stats.size).message);
    return {...decodeText(await readFile(path)), validators: {lastModified: stats.mtime.toUTCString()}};
  } catch (error) {
    if (error instanceof CliError) throw error;
    const {code} = error as NodeJS.ErrnoException;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError('file', `Could not read ${input}: ${why}`);
  }
}

async function readRemote(url: string, timeout: number): Promise<Input> {
  const signal = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(url, {signal, headers: {accept: 'application/json, text/csv;q=0.9, */*;q=0.5'}});
    const redirected = response.redirected && new URL(response.url).origin !== new URL(url).origin;
    if (!response.ok) {
      await response.body?.cancel();
      // Where a redirect led is not ours to print, nor the words it answered with.
      const status = redirected ? `${response.status}, after a redirect to another site` : `${response.status} ${response.statusText}`.trim();
      throw new CliError('http', `${url} answered HTTP ${status}`, response.status);
    }
    const {text, utf8} = await readText(response, url, CAP);
    const header = (name: string) => response.headers.get(name) ?? undefined;
    return {text, utf8, url, redirected, validators: {etag: header('etag'), lastModified: header('last-modified')}};
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof TimelineError) throw new CliError(error.kind, error.message);
    if (signal.aborted) throw new CliError('timeout', `${url} did not answer within ${timeout / 1000} s`);
    // Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND) as the cause.
    // A system error's message names the address it tried, which may be one a redirect led to:
    // only its call and code are said.
    const cause = (error as Error).cause as NodeJS.ErrnoException | undefined;
    const reason = cause?.syscall ? `${cause.syscall} ${cause.code}` : (cause?.message ?? (error as Error).message);
    throw new CliError('network', `Could not reach ${url}: ${reason}`);
  }
}

/** Reads a file (`-` is standard input) or an http(s) address, with the validators it has. */
export const readInput = (input: string, timeout: number) => (isUrl(input) ? readRemote(input, timeout) : readLocal(input));
