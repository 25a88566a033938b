import {html} from 'lit';
import type {Messages} from '../i18n/messages.js';
import type {TimelineError} from '../timeline-error.js';

function reasonFor({kind, status}: TimelineError, messages: Messages): string {
  if (status === 404 || status === 410) return messages.notFound;
  if (kind === 'address') return '';
  return status ? `${messages.reasons[kind]} (HTTP ${status})` : messages.reasons[kind];
}

/** A calm box: what failed in plain words, and a retry. The technical detail is in the console and the event. */
export function renderError(error: TimelineError, messages: Messages, retry: () => void) {
  return html`<div part="error" class="error" role="alert">
    <p><strong>${messages.failed}</strong> ${reasonFor(error, messages)}</p>
    <button part="retry" type="button" @click=${retry}>${messages.retry}</button>
  </div>`;
}
