import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import {box, upgrade} from './helpers.js';
import {patiently} from '../wait.js';

// What the element does with a snippet beyond its first render: re-checking src, and the tag filters.

describe('a pre-rendered snippet taken over by the element, later', () => {
  it('does not download the data again when the snippet is current', async () => {
    const key = Math.random().toString(36).slice(2);
    const src = `/prerender/data.json?key=${key}`;
    const {element, before} = await upgrade(['--heading-level', '2', '--src', src]);
    const requests = async () => (await (await fetch(`/prerender/requests?key=${key}`)).json()) as {status: number; ifModifiedSince: string}[];
    // One conditional request, answered "not modified": nothing downloaded, nothing re-rendered.
    await waitUntil(async () => (await requests()).length > 0, 'the element checks src', patiently);
    await aTimeout(500);
    const log = await requests();
    expect(log).to.have.length(1);
    expect(log[0].status).to.equal(304);
    expect(log[0].ifModifiedSince).to.match(/ GMT$/);
    expect([...element.shadowRoot!.querySelectorAll('[part~="item"]')].map(box)).to.deep.equal(before);
  });
});
