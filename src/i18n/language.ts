// Right to left: a right-to-left language with no other script named (`ar`, `fa-IR`, not
// `ar-Latn`), or any language in a right-to-left script (`az-Arab`, not `en-u-nu-arab`).
const RTL =
  /^((ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(?!-[a-z]{4}(-|$))|[a-z]{2,3}-(arab|hebr|syrc|thaa|nkoo|adlm|rohg))(-|$)/i;

/** The canonical form of a BCP 47 tag (`EN-gb` → `en-GB`), or undefined if it is not one. */
export function canonical(tag: string | null | undefined): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined; // not a language tag: try the next source
  }
}

/**
 * The entry of a catalogue (`{en, id, ar}`) for a language tag, by its primary subtag; `in`, the
 * old code for Indonesian, counts as `id`. Undefined when the catalogue has no such language.
 */
export function inLanguage<T>(catalogue: Record<string, T>, tag: string): T | undefined {
  const primary = tag.split('-')[0].toLowerCase();
  const key = primary === 'in' ? 'id' : primary;
  return Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
}

/** The `lang` of the closest ancestor that has one, through shadow roots to the document. */
function inheritedLanguage(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    const lang = (node as Element).getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The language a timeline is written for: the element's own `lang`, else the data's, else
 * the closest ancestor's (through shadow roots), else the reader's browser.
 */
export function resolveLanguage(element: Element, dataLanguage?: string): string {
  return (
    canonical(element.getAttribute('lang')) ??
    canonical(dataLanguage) ??
    canonical(inheritedLanguage(element)) ??
    canonical(navigator.language) ??
    'en'
  );
}

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL.test(language) ? 'rtl' : 'ltr';
}
