import {inLanguage} from './language.js';

/** What the timeline says to readers, in one language. */
export interface Messages {
  loading: string;
  loaded: (count: string) => string;
  empty: string;
  failed: string;
  retry: string;
  /** The accessible name of an event's permalink. */
  permalink: (title: string) => string;
  /** The tag filters' legend, and their button that shows every event. */
  filter: string;
  all: string;
  /** Said after a filter is chosen. */
  filtered: (shown: string, total: string) => string;
  /** Said after a live update, joined with commas: events added (`n` of them), changed, removed. */
  added: (count: string, n: number) => string;
  changed: (count: string) => string;
  removed: (count: string) => string;
  /** The badge on an event that arrived with a live update. */
  new: string;
}

const en: Messages = {
  loading: 'Loading the timeline…',
  loaded: (count) => (count === '1' ? 'Timeline loaded: 1 event.' : `Timeline loaded: ${count} events.`),
  empty: 'This timeline has no events yet.',
  failed: 'The timeline could not be loaded.',
  retry: 'Try again',
  permalink: (title) => `Link to this event: ${title}`,
  filter: 'Show',
  all: 'All',
  filtered: (shown, total) => `${shown} of ${total} events shown.`,
  added: (count, n) => `${count} new ${n === 1 ? 'event' : 'events'}`,
  changed: (count) => `${count} updated`,
  removed: (count) => `${count} removed`,
  new: 'New',
};

const id: Messages = {
  loading: 'Memuat garis masa…',
  loaded: (count) => `Garis masa dimuat: ${count} peristiwa.`,
  empty: 'Garis masa ini belum berisi peristiwa.',
  failed: 'Garis masa tidak dapat dimuat.',
  retry: 'Coba lagi',
  permalink: (title) => `Tautan ke peristiwa ini: ${title}`,
  filter: 'Tampilkan',
  all: 'Semua',
  filtered: (shown, total) => `${shown} dari ${total} peristiwa ditampilkan.`,
  added: (count) => `${count} peristiwa baru`,
  changed: (count) => `${count} diperbarui`,
  removed: (count) => `${count} dihapus`,
  new: 'Baru',
};

const ar: Messages = {
  loading: 'جارٍ تحميل الخط الزمني…',
  loaded: (count) => `تم تحميل الخط الزمني: عدد الأحداث ${count}.`,
  empty: 'لا يحتوي هذا الخط الزمني على أحداث بعد.',
  failed: 'تعذّر تحميل الخط الزمني.',
  retry: 'إعادة المحاولة',
  permalink: (title) => `رابط إلى هذا الحدث: ${title}`,
  filter: 'عرض',
  all: 'الكل',
  filtered: (shown, total) => `عرض ${shown} من ${total} حدثًا.`,
  added: (count) => `أحداث جديدة: ${count}`,
  changed: (count) => `محدّثة: ${count}`,
  removed: (count) => `محذوفة: ${count}`,
  new: 'جديد',
};

const catalogue = {en, id, ar};

/** The messages for a language tag, by its primary subtag; English when we have none. */
export function messagesFor(language: string): Messages {
  return inLanguage(catalogue, language) ?? en;
}
