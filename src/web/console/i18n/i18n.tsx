import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { commonMessages } from './common.messages.js';
import { interpolate } from './define.js';

/**
 * The console's two languages. Bahasa Indonesia is the default; a choice of English is remembered on
 * this computer. The API is asked for messages in the same language (Accept-Language).
 */
export type Lang = 'id' | 'en';
export type Messages = { id: Record<string, string>; en: Record<string, string> };
type CommonKey = keyof typeof commonMessages.id;
export type Translate<M extends Messages> = (key: keyof M['id'] | CommonKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'pbi-console-lang';
const listeners = new Set<(lang: Lang) => void>();

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

let current: Lang = typeof window === 'undefined' ? 'id' : storedLang();
/** For code outside React (the API client). */
export const currentLang = (): Lang => current;

const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({ lang: 'id', setLang: () => {} });

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(current);
  const setLang = useCallback((l: Lang) => {
    current = l;
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setLangState(l);
    listeners.forEach((fn) => fn(l));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export const useLang = () => useContext(LangContext);

/** `t(key)` for a feature's own words, falling back to the shared ones. */
export function useT<M extends Messages>(feature?: M): Translate<M> {
  const { lang } = useLang();
  return useCallback<Translate<M>>(
    (key, vars) => {
      const k = key as string;
      const text = feature?.[lang][k] ?? (commonMessages[lang] as Record<string, string>)[k] ?? k;
      return interpolate(text, vars);
    },
    [lang, feature],
  );
}

/** Dates and times on the office's clock (WIB/WITA/WIT), in the chosen language. */
export function formatDateTime(iso: string, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone,
  }).format(new Date(iso));
}
