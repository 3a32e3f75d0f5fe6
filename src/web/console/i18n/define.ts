/**
 * A feature's words in both languages. The English table must have exactly the keys of the
 * Indonesian one (the default), which the compiler checks.
 */
export function defineMessages<const T extends Record<string, string>>(id: T, en: { [K in keyof T]: string }) {
  return { id, en };
}

/** "Akun {username} dibuat" + { username: 'x' } → "Akun x dibuat". */
export function interpolate(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
