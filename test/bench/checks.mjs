// Two yes/no checks from the issue.

/**
 * No virtualization: every event's headline is in the page's text (shadow roots included), and
 * find-in-page (window.find, the engine behind Ctrl+F) reaches the last one. Run on a loaded page.
 */
export async function everyEventFindable(page, titles) {
  const {present, foundLast} = await page.evaluate((titles) => {
    // Each headline is one text node in every subject; collect them all, through shadow roots.
    const texts = new Set();
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) texts.add(node.data.trim());
        else if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(document.body);
    getSelection().removeAllRanges();
    const last = titles[titles.length - 1];
    return {present: titles.filter((title) => texts.has(title)).length, foundLast: window.find(last, true, false, true)};
  }, titles);
  return {titles: titles.length, present, foundLast, ok: present === titles.length && foundLast};
}

/** Several timelines with one src: the data is asked for once. */
export function dataRequests(requests, path) {
  return requests.filter((request) => request.path === path).length;
}
