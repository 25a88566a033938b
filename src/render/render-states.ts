import {html} from 'lit';
import type {Messages} from '../i18n/messages.js';
import type {TimelineError} from '../timeline-error.js';

/** Grey rows in the shape of events, reserving height while the data loads. */
export const skeleton = html`<div class="skeleton" aria-hidden="true">
  <div class="ghost"></div><div class="ghost"></div><div class="ghost"></div>
</div>`;

function reasonFor(error: TimelineError, messages: Messages): string {
  if (error.status === 404 || error.status === 410) return messages.notFound;
  const reason = messages.reasons[error.kind];
  return error.status ? `${reason} (HTTP ${error.status})` : reason;
}

/** A calm box: what failed in plain words, the technical detail for the newsroom, and a retry. */
export function renderError(error: TimelineError, messages: Messages, retry: () => void) {
  return html`<div part="error" class="error" role="alert">
    <p><strong>${messages.failed}</strong> ${reasonFor(error, messages)}</p>
    <p class="detail">${error.message}</p>
    <button part="retry" type="button" @click=${retry}>${messages.retry}</button>
  </div>`;
}
