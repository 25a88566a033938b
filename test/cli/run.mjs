// What the command-line tests share: running the built tool, and a small data server.
import {spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';

export const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
export const ROOT = new URL('../../', import.meta.url).pathname;
export const SEED = 'data/russia-north-korea.json';
export const fixture = (name) => `test/fixtures/cli/${name}`;

/** Runs `node dist/cli.js …args` in the repository; resolves with its exit code and output. */
export function run(args, {stdin} = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {cwd: ROOT});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
    // A tool that stops reading (input over the byte cap) closes the pipe: not the test's error.
    child.stdin.on('error', (error) => error.code === 'EPIPE' || reject(error));
    child.stdin.end(stdin ?? '');
  });
}

export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The text of the first element matched by `pattern`'s group 1. */
export const between = (html, pattern) => pattern.exec(html)?.[1];

/**
 * A server for URL inputs: `/seed.json` the seed with an ETag and Last-Modified, `/missing.json`
 * a 404, `/page.html` an HTML page. Resolves with its origin and a way to stop it.
 */
export async function dataServer() {
  const seed = await readFile(new URL(`../../${SEED}`, import.meta.url), 'utf8');
  const server = createServer((request, response) => {
    if (request.url === '/seed.json') {
      response.writeHead(200, {'content-type': 'application/json', etag: '"seed-v1"', 'last-modified': 'Mon, 17 Jun 2024 08:00:00 GMT'});
      response.end(seed);
    } else if (request.url === '/page.html') {
      response.writeHead(200, {'content-type': 'text/html'});
      response.end('<!doctype html><title>Sign in</title>');
    } else {
      response.writeHead(404, {'content-type': 'text/plain'});
      response.end('not here');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve))};
}

/** An address where nothing listens: a port that was just free. */
export async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/data.json`;
}
