/**
 * A parsed JSON value as a record: an object is copied onto a null-prototype object (so keys such as `__proto__`
 * or `constructor` stay plain data); any other value is returned as it is (the engine reports `input.not-object`).
 *
 * @example Object.getPrototypeOf(toRecord(JSON.parse('{"__proto__": "x"}'))) // null
 */
export function toRecord(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) record[key] = (value as Record<string, unknown>)[key];
  return record;
}
