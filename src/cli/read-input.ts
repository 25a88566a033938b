import {readFile, stat} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {DEFAULT_LIMITS} from '../limits.js';
import {decodeText} from '../data/decode.js';
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
  validators: Validators;
}


const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** `path` as the file system reads it: a `file:` URL or a path. */
const filePath = (input: string) => (/^file:/i.test(input) ? fileURLToPath(input) : input);

/** Standard input's bytes, decoded as a file's are. */
async function readStdin(): Promise<Input> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return {...decodeText(Buffer.concat(chunks)), validators: {}};
}

async function readLocal(input: string): Promise<Input> {
  if (input === '-') return readStdin();
  const path = filePath(input);
  try {
    const [bytes, stats] = await Promise.all([readFile(path), stat(path)]);
    return {...decodeText(bytes), validators: {lastModified: stats.mtime.toUTCString()}};
  } catch (error) {
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
    if (!response.ok) {
      await response.body?.cancel();
      throw new CliError('http', `${url} answered HTTP ${response.status} ${response.statusText}`.trim(), response.status);
    }
    const {text, utf8} = await readText(response, url, DEFAULT_LIMITS.bytes);
    const header = (name: string) => response.headers.get(name) ?? undefined;
    return {text, utf8, url, validators: {etag: header('etag'), lastModified: header('last-modified')}};
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof TimelineError) throw new CliError(error.kind, error.message);
    if (signal.aborted) throw new CliError('timeout', `${url} did not answer within ${timeout / 1000} s`);
    // Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND) as the cause.
    const cause = (error as Error).cause as Error | undefined;
    throw new CliError('network', `Could not reach ${url}: ${cause?.message ?? (error as Error).message}`);
  }
}

/** Reads a file (`-` is standard input) or an http(s) address, with the validators it has. */
export const readInput = (input: string, timeout: number) => (isUrl(input) ? readRemote(input, timeout) : readLocal(input));
