// useTranslation for panels that render on every delta: a word without values (a category's,
// a state's, a source's name) is looked up in i18next once per language, then reused. i18next
// allocates about 1 KB a lookup, and the latest cases' rows made a sixth of the page's garbage at
// 200 reports a second (docs/BENCHMARKS.md). Calls with values go to i18next as they are.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation, type UseTranslationResponse } from 'react-i18next';

/** `t`, remembering the words it found for calls without values. */
export function rememberWords<T extends TFunction>(t: T): T {
  const known = new Map<string, string>();
  const lookUp = t as unknown as (...args: unknown[]) => string;
  // Arguments named, not gathered: a rest array would be allocated on every call.
  return ((key: string, options?: unknown, more?: unknown) => {
    if (more !== undefined) return lookUp(key, options, more);
    if (options !== undefined) return lookUp(key, options);
    let word = known.get(key);
    if (word === undefined) {
      word = lookUp(key);
      // A key not found (yet: a lazily loaded screen's words) is not remembered as its own name.
      if (word !== key) known.set(key, word);
    }
    return word;
  }) as unknown as T;
}

export function useWords(): Pick<UseTranslationResponse<'translation', undefined>, 't' | 'i18n'> {
  const { t, i18n } = useTranslation();
  return { t: useMemo(() => rememberWords(t), [t]), i18n };
}
