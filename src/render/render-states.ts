import {html} from 'lit';
import type {Messages} from '../i18n/messages.js';
import type {TimelineError} from '../timeline-error.js';

/**
 * A calm box: that it failed, in the reader's language; the exact cause for the newsroom (in
 * English, as in the console and the error event); and a retry, which is all a reader can do.
 */
export function renderError(error: TimelineError, messages: Messages, retry: () => void) {
  return html`<div part="error" class="error" role="alert">
    <p><strong>${messages.failed}</strong></p>
    <p class="detail" lang="en" dir="ltr">${error.message}</p>
    <button part="retry" type="button" @click=${retry}>${messages.retry}</button>
  </div>`;
}
