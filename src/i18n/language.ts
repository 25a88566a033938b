// Right-to-left by script subtag (`az-Arab`), else by language (`ar`, `he`, `fa`, `ur`, ...).
const RTL_SCRIPT = /-(arab|hebr|syrc|thaa|nkoo|adlm|rohg)\b/i;
const LTR_SCRIPT = /-[a-z]{4}\b/i;
const RTL_LANGUAGE = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)\b/i;

function canonical(tag: string | null | undefined): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined; // not a language tag: try the next source
  }
}

/**
 * The language a timeline is written for: the element's own `lang`, else the data's, else
 * the closest ancestor's, else the reader's browser.
 */
export function resolveLanguage(element: Element, dataLanguage?: string): string {
  return (
    canonical(element.getAttribute('lang')) ??
    canonical(dataLanguage) ??
    canonical(element.parentElement?.closest('[lang]')?.getAttribute('lang')) ??
    canonical(navigator.language) ??
    'en'
  );
}

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL_SCRIPT.test(language) || (!LTR_SCRIPT.test(language) && RTL_LANGUAGE.test(language)) ? 'rtl' : 'ltr';
}
