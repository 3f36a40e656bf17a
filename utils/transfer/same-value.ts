/**
 * Whether two stored values say the same thing. Key order is ignored (a record read from the
 * database and one parsed from a file list their fields differently), and so is a field whose
 * value is undefined (JSON drops it).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const left = definedKeys(a);
  const right = definedKeys(b);
  return (
    left.length === right.length &&
    left.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

function definedKeys(o: object): string[] {
  return Object.entries(o)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}
