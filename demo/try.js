// "Try your data" page for rk-timeline.
//
// Runs under `Content-Security-Policy: default-src 'self'; connect-src *`:
// no inline script, no eval, and no innerHTML anywhere. Every bit of text
// that came from the user or from a data file is written with textContent
// or DOM methods.

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const preview = /** @type {HTMLElement & {data?: unknown, updateComplete?: Promise<unknown>}} */ ($('preview'));
const optionsForm = /** @type {HTMLFormElement} */ ($('options'));
const srcInput = /** @type {HTMLInputElement} */ ($('src'));
const langSelect = /** @type {HTMLSelectElement} */ ($('lang'));
const orderSelect = /** @type {HTMLSelectElement} */ ($('order'));
const themeSelect = /** @type {HTMLSelectElement} */ ($('theme'));
const labelInput = /** @type {HTMLInputElement} */ ($('label'));
const pasteForm = /** @type {HTMLFormElement} */ ($('paste'));
const jsonInput = /** @type {HTMLTextAreaElement} */ ($('json'));
const fillButton = $('fill-example');
const statusRegion = $('status');
const snippetCode = $('snippet');
const copyButton = $('copy');
const copyStatus = $('copy-status');
const shareLink = /** @type {HTMLAnchorElement} */ ($('share-link'));

const EXAMPLE_URL = new URL('../data/russia-north-korea.en.json', document.baseURI).href;
const BUNDLE_URL = new URL('../dist/rk-timeline.js', document.baseURI).href;

const DEFAULTS = Object.freeze({
  lang: 'auto',
  order: 'oldest-first',
  theme: 'auto',
  label: '', // empty: the element uses the data's title
});

/** 'url' while the preview shows a fetched file, 'inline' for pasted JSON. */
let mode = 'url';
/** Absolute URL the preview is (or was last) loading. */
let currentSrc = '';
/** URLs we have moved away from; late events about them are ignored. */
const supersededSrcs = new Set();
/** The parsed pasted document, in inline mode. */
let pastedData = null;

// ---------------------------------------------------------------------------
// Small helpers

/** Resolve `value` against the page; accept only http(s) URLs. */
function parseHttpUrl(value) {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function setOrRemove(el, name, value) {
  if (value === null || value === undefined || value === '') el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Escape a value for use inside a double-quoted HTML attribute. */
function escapeAttr(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function selectHasValue(select, value) {
  return Array.from(select.options).some((o) => o.value === value);
}

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

// ---------------------------------------------------------------------------
// Reading the form and applying it to <rk-timeline id="preview">

function presentation() {
  return {
    lang: langSelect.value,
    order: orderSelect.value,
    theme: themeSelect.value,
    label: labelInput.value.trim(),
  };
}

function applyPresentation(p = presentation()) {
  // With no lang attribute the element takes the language from the data, and
  // derives the direction (rtl for ar) from the language, so no dir is set.
  setOrRemove(preview, 'lang', p.lang === 'auto' ? null : p.lang);
  preview.setAttribute('order', p.order);
  preview.setAttribute('theme', p.theme);
  setOrRemove(preview, 'label', p.label);
}

// ---------------------------------------------------------------------------
// The live status region

/**
 * Replace the content of the polite live region.
 * @param {string} message
 * @param {{error?: boolean, items?: string[], itemsIntro?: string}} [options]
 */
function showStatus(message, { error = false, items = [], itemsIntro = '' } = {}) {
  statusRegion.classList.toggle('is-error', error);
  const p = document.createElement('p');
  if (error) {
    const label = document.createElement('span');
    label.className = 'status__label';
    label.textContent = 'Error: ';
    p.append(label);
  }
  p.append(message);
  const nodes = [p];
  if (items.length) {
    if (itemsIntro) {
      const intro = document.createElement('p');
      intro.textContent = itemsIntro;
      nodes.push(intro);
    }
    const ul = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      li.textContent = String(item);
      ul.append(li);
    }
    nodes.push(ul);
  }
  statusRegion.replaceChildren(...nodes);
}

/** Is an event about what the preview shows now (not a late answer to an older request)? */
function isCurrent(url) {
  if (!url) return true;
  let href;
  try {
    href = new URL(url, document.baseURI).href;
  } catch {
    return true;
  }
  if (mode === 'inline') return !supersededSrcs.has(href);
  return href === currentSrc || !supersededSrcs.has(href);
}

preview.addEventListener('rk-timeline-load', (event) => {
  const detail = /** @type {CustomEvent} */ (event).detail ?? {};
  if (!isCurrent(detail.url)) return;
  const count = Number(detail.count) || 0;
  const warnings = Array.isArray(detail.warnings) ? detail.warnings : [];
  const what = `${count} ${count === 1 ? 'event' : 'events'}`;
  const from = mode === 'inline' ? ' from the pasted JSON' : '';
  showStatus(`Loaded ${what}${from}.`, {
    items: warnings,
    itemsIntro: warnings.length === 1 ? '1 warning:' : `${warnings.length} warnings:`,
  });
});

preview.addEventListener('rk-timeline-error', (event) => {
  const detail = /** @type {CustomEvent} */ (event).detail ?? {};
  if (!isCurrent(detail.url)) return;
  const message = String(detail.message || 'The timeline could not be shown.');
  const parts = [message];
  if (detail.status && !message.includes(String(detail.status))) parts.push(`(HTTP ${detail.status})`);
  const items = detail.url && !message.includes(detail.url) ? [`URL: ${detail.url}`] : [];
  showStatus(parts.join(' '), { error: true, items });
});

// ---------------------------------------------------------------------------
// Embed snippet and shareable link

function buildSnippet() {
  const p = presentation();
  const attrs = [];
  if (mode === 'url' && currentSrc) attrs.push(`src="${escapeAttr(currentSrc)}"`);
  if (p.label) attrs.push(`label="${escapeAttr(p.label)}"`);
  attrs.push('heading-level="2"');
  if (p.order !== DEFAULTS.order) attrs.push(`order="${escapeAttr(p.order)}"`);
  if (p.theme !== DEFAULTS.theme) attrs.push(`theme="${escapeAttr(p.theme)}"`);
  if (p.lang !== DEFAULTS.lang) attrs.push(`lang="${escapeAttr(p.lang)}"`);

  const lines = [
    `<script type="module" src="${escapeAttr(BUNDLE_URL)}"></script>`,
    '',
    '<!-- heading-level: one more than the heading the timeline sits under -->',
    '<rk-timeline',
    ...attrs.map((a, i) => `  ${a}${i === attrs.length - 1 ? '>' : ''}`),
  ];

  if (mode === 'inline') {
    // `<` only occurs inside JSON strings, where \u003c means the same thing
    // and cannot close the <script> element early.
    const json = JSON.stringify(pastedData, null, 2).replace(/</g, '\\u003c');
    lines.push('  <script type="application/json">', json, '  </script>');
  } else if (currentSrc) {
    lines.push(`  <p><a href="${escapeAttr(currentSrc)}">View the timeline data (JSON)</a></p>`);
  }
  lines.push('</rk-timeline>');
  return lines.join('\n');
}

function shareUrl() {
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  const p = presentation();
  if (currentSrc) url.searchParams.set('src', currentSrc);
  for (const key of /** @type {const} */ (['lang', 'order', 'theme', 'label'])) {
    if (p[key] !== DEFAULTS[key]) url.searchParams.set(key, p[key]);
  }
  return url;
}

function refreshOutputs() {
  snippetCode.textContent = buildSnippet();
  const url = shareUrl();
  shareLink.href = url.href;
  // Pasted data is not in the address, so a link would not reproduce it.
  const shareParagraph = shareLink.parentElement;
  if (shareParagraph) shareParagraph.hidden = mode === 'inline';
  if (mode === 'url') history.replaceState(null, '', url);
}

// ---------------------------------------------------------------------------
// Rendering

async function renderFromUrl(href) {
  if (currentSrc && currentSrc !== href) supersededSrcs.add(currentSrc);
  supersededSrcs.delete(href);
  if (mode === 'inline' || pastedData !== null) {
    // `data` wins over `src` while it is anything but undefined.
    preview.data = undefined;
    pastedData = null;
  }
  mode = 'url';
  currentSrc = href;
  applyPresentation();

  if (preview.getAttribute('src') === href) {
    // Same address again: clear it for one update so the element fetches anew
    // (the file may have changed since).
    preview.removeAttribute('src');
    await (preview.updateComplete ?? nextFrame());
  }
  showStatus(`Loading ${href} …`);
  preview.setAttribute('src', href);
  refreshOutputs();
}

function renderPasted(parsed) {
  if (mode === 'url' && currentSrc) supersededSrcs.add(currentSrc);
  mode = 'inline';
  pastedData = parsed;
  applyPresentation();
  preview.removeAttribute('src');
  showStatus('Rendering the pasted JSON …');
  preview.data = parsed;
  refreshOutputs();
}

// ---------------------------------------------------------------------------
// Form handlers

optionsForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const url = parseHttpUrl(srcInput.value);
  if (!url) {
    srcInput.setAttribute('aria-invalid', 'true');
    showStatus('Enter the address of a JSON file, starting with http:// or https://.', {
      error: true,
    });
    srcInput.focus();
    return;
  }
  srcInput.removeAttribute('aria-invalid');
  srcInput.value = url.href;
  void renderFromUrl(url.href);
});

// Presentation options apply at once; only the data needs the button.
for (const control of [langSelect, orderSelect, themeSelect, labelInput]) {
  control.addEventListener('change', () => {
    applyPresentation();
    refreshOutputs();
  });
}

srcInput.addEventListener('input', () => srcInput.removeAttribute('aria-invalid'));
jsonInput.addEventListener('input', () => jsonInput.removeAttribute('aria-invalid'));

pasteForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const raw = jsonInput.value.trim();
  if (!raw) {
    jsonInput.setAttribute('aria-invalid', 'true');
    showStatus('Paste some timeline JSON into the text box first.', { error: true });
    jsonInput.focus();
    return;
  }
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    jsonInput.setAttribute('aria-invalid', 'true');
    const reason = err instanceof Error ? err.message : String(err);
    showStatus(`The pasted text is not valid JSON: ${reason}`, { error: true });
    jsonInput.focus();
    return;
  }
  jsonInput.removeAttribute('aria-invalid');
  renderPasted(parsed);
});

fillButton.addEventListener('click', async () => {
  try {
    const response = await fetch(EXAMPLE_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    jsonInput.value = JSON.stringify(JSON.parse(text), null, 2);
    jsonInput.removeAttribute('aria-invalid');
    jsonInput.focus();
    jsonInput.setSelectionRange(0, 0);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    showStatus(`Could not fetch the example data: ${reason}`, { error: true });
  }
});

// ---------------------------------------------------------------------------
// Copy snippet

async function announceCopy(message) {
  // Clear first so the same message is announced again on a second click.
  copyStatus.textContent = '';
  await nextFrame();
  copyStatus.textContent = message;
}

function selectSnippet() {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(snippetCode);
  selection.removeAllRanges();
  selection.addRange(range);
}

copyButton.addEventListener('click', async () => {
  const text = snippetCode.textContent ?? '';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
    await navigator.clipboard.writeText(text);
    await announceCopy('Snippet copied to the clipboard.');
  } catch {
    selectSnippet();
    await announceCopy('Could not copy automatically. The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  }
});

// ---------------------------------------------------------------------------
// Start: prefill from ?src=&lang=&order=&theme=&label= and render

function init() {
  const params = new URLSearchParams(location.search);

  for (const [select, key] of /** @type {const} */ ([
    [langSelect, 'lang'],
    [orderSelect, 'order'],
    [themeSelect, 'theme'],
  ])) {
    const value = params.get(key);
    if (value && selectHasValue(select, value)) select.value = value;
  }
  const label = params.get('label');
  if (label) labelInput.value = label;

  const requested = params.get('src');
  const url = parseHttpUrl(requested ?? EXAMPLE_URL);
  if (requested !== null && !url) {
    srcInput.value = requested;
    srcInput.setAttribute('aria-invalid', 'true');
    showStatus('The src in the page address is not an http:// or https:// URL.', { error: true });
    refreshOutputs();
    return;
  }
  srcInput.value = url ? url.href : EXAMPLE_URL;
  void renderFromUrl(srcInput.value);
}

// If the bundle is missing (not built yet), say so instead of showing nothing.
const notDefinedTimer = setTimeout(() => {
  if (!customElements.get('rk-timeline')) {
    showStatus('The rk-timeline script did not load. Run npm start (it builds dist/rk-timeline.js) and reload.', {
      error: true,
    });
  }
}, 8000);
customElements.whenDefined('rk-timeline').then(() => clearTimeout(notDefinedTimer));

init();
