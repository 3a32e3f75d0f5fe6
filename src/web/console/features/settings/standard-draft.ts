/**
 * Immutable set at a dotted path ("services.0.fee.amount"), the path the server names in its
 * validation errors; arrays stay arrays and untouched branches keep their identity.
 */
export function setIn(obj: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(obj)) {
    const copy = [...obj];
    copy[Number(head)] = setIn(copy[Number(head)], rest, value);
    return copy;
  }
  const base = (obj ?? {}) as Record<string, unknown>;
  return { ...base, [head]: setIn(base[head], rest, value) };
}
