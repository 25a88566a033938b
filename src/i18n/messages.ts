import type {TimelineErrorKind} from '../timeline-error.js';

/** What the timeline says to readers, in one language. */
export interface Messages {
  loading: string;
  loaded: (count: string) => string;
  empty: string;
  failed: string;
  /** Why, for readers; `address` has none, as only the embedder can mend it. */
  reasons: Record<Exclude<TimelineErrorKind, 'address'>, string>;
  /** Replaces `reasons.http` when the status is 404 or 410. */
  notFound: string;
  retry: string;
}

const en: Messages = {
  loading: 'Loading the timeline…',
  loaded: (count) => (count === '1' ? 'Timeline loaded: 1 event.' : `Timeline loaded: ${count} events.`),
  empty: 'This timeline has no events yet.',
  failed: 'The timeline could not be loaded.',
  reasons: {
    http: 'The server failed.',
    network: 'The connection failed.',
    timeout: 'The server did not answer in time.',
    html: 'The address gave a web page, not data.',
    empty: 'The data file is empty.',
    json: 'The data file is damaged.',
    format: 'The data file is not a timeline.',
  },
  notFound: 'The data file was not found.',
  retry: 'Try again',
};

const id: Messages = {
  loading: 'Memuat garis masa…',
  loaded: (count) => `Garis masa dimuat: ${count} peristiwa.`,
  empty: 'Garis masa ini belum berisi peristiwa.',
  failed: 'Garis masa tidak dapat dimuat.',
  reasons: {
    http: 'Server gagal.',
    network: 'Koneksi gagal.',
    timeout: 'Server terlalu lama menjawab.',
    html: 'Alamat ini memberikan halaman web, bukan data.',
    empty: 'Berkas data kosong.',
    json: 'Berkas data rusak.',
    format: 'Berkas data ini bukan garis masa.',
  },
  notFound: 'Berkas data tidak ditemukan.',
  retry: 'Coba lagi',
};

const ar: Messages = {
  loading: 'جارٍ تحميل الخط الزمني…',
  loaded: (count) => `تم تحميل الخط الزمني: عدد الأحداث ${count}.`,
  empty: 'لا يحتوي هذا الخط الزمني على أحداث بعد.',
  failed: 'تعذّر تحميل الخط الزمني.',
  reasons: {
    http: 'أخفق الخادم.',
    network: 'فشل الاتصال.',
    timeout: 'استغرق الخادم وقتًا طويلًا للرد.',
    html: 'أعاد العنوان صفحة ويب لا بيانات.',
    empty: 'ملف البيانات فارغ.',
    json: 'ملف البيانات تالف.',
    format: 'ملف البيانات ليس خطًا زمنيًا.',
  },
  notFound: 'لم يُعثر على ملف البيانات.',
  retry: 'إعادة المحاولة',
};

const catalogue = new Map(Object.entries({en, id, ar, in: id}));

/** The messages for a language tag, by its primary subtag; English when we have none. */
export function messagesFor(language: string): Messages {
  return catalogue.get(language.split('-')[0].toLowerCase()) ?? en;
}
