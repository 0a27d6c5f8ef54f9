/**
 * Code-unit order for names and ids: the same on every machine (localeCompare depends on the
 * locale, and its first call loads ICU's collation data).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
