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
};

const catalogue = {en, id, ar};

/** The messages for a language tag, by its primary subtag; English when we have none. */
export function messagesFor(language: string): Messages {
  return inLanguage(catalogue, language) ?? en;
}
