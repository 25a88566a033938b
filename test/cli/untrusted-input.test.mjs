import assert from 'node:assert/strict';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {closedPort, run} from './run.mjs';

// What a terminal acts on or hides behind: C0 and C1 controls, DEL, bidirectional overrides.
// eslint-disable-next-line no-control-regex -- finding control characters is its job
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A server on its own origin answering every request with `answer(request, response)`. */
async function serve(answer) {
  const server = createServer(answer);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve))};
}

describe('the command-line tool prints nothing from its input that a terminal would act on', () => {
  let directory;
  before(async () => (directory = await mkdtemp(join(tmpdir(), 'rk-timeline-untrusted-'))));
  after(() => rm(directory, {recursive: true}));

  it('controls in the data, quoted by warnings, are written as \\u escapes: text, --json and render alike', async () => {
    const file = join(directory, 'controls.json');
    const title = 'Red\u001b[31m \u009b2J cleared \u202egnp.exe \u0007';
    await writeFile(file, JSON.stringify({lang: 'en', events: [{date: '2024', title: 'Fine'}, {date: `soon\u009b2J\u202e`, title}]}));
    const text = await run(['validate', file]);
    assert.equal(text.code, 1);
    assert.doesNotMatch(text.stdout, CONTROL);
    assert.match(text.stdout, /\\u009b2J/);
    const json = await run(['validate', '--json', file]);
    assert.doesNotMatch(json.stdout, CONTROL);
    // Still JSON, and the same text once read.
    assert.match(JSON.parse(json.stdout).results[0].warnings[0].message, /soon\u009b2J\u202e/);
    const rendered = await run(['render', file]);
    assert.doesNotMatch(rendered.stderr, CONTROL);
  });

  it('a file name with controls is escaped in the message about it', async () => {
    const {code, stdout} = await run(['validate', join(directory, 'missing\u001b[2J.json')]);
    assert.equal(code, 2);
    assert.doesNotMatch(stdout, CONTROL);
    assert.match(stdout, /missing\\u001b\[2J\.json: error: Could not read /);
  });
});

describe('a web address that redirects elsewhere: nothing of the other site is echoed', () => {
  let internal;
  let redirector;
  let closed;
  before(async () => {
    closed = await closedPort();
    // A service a public address should never reveal (cloud metadata, an intranet API).
    internal = await serve((request, response) => {
      if (request.url === '/status') return void response.writeHead(500, 'INTERNAL-SECRET-STATUS').end();
      response.writeHead(200, {'content-type': request.url === '/json' ? 'application/json' : 'text/plain'});
      response.end(request.url === '/json' ? '{"AccessKeyId": "INTERNAL-SECRET-KEY"}' : 'INTERNAL-SECRET-TOKEN\nami-id 10.0.0.5');
    });
    redirector = await serve((request, response) => {
      const to = {'/to-text': `${internal.origin}/text`, '/to-json': `${internal.origin}/json`, '/to-status': `${internal.origin}/status`, '/to-closed': closed}[request.url];
      response.writeHead(302, {location: to}).end();
    });
  });
  after(async () => {
    await internal.close();
    await redirector.close();
  });

  for (const path of ['/to-text', '/to-json', '/to-status', '/to-closed']) {
    it(`${path}: an error naming the address asked for, and no byte of where it led`, async () => {
      const url = `${redirector.origin}${path}`;
      for (const command of ['validate', 'render']) {
        const {code, stdout, stderr} = await run([command, url]);
        const output = `${stdout}${stderr}`;
        assert.equal(code, 2, output);
        assert.ok(output.startsWith(`${url}: error: `) && output.slice(url.length).includes(url), output);
        assert.doesNotMatch(output, /INTERNAL-SECRET|ami-id|10\.0\.0\.5/, output);
        assert.ok(!output.includes(internal.origin.split('//')[1]) && !output.includes(new URL(closed).host), output);
      }
    });
  }
});
