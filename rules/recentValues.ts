/**
 * Remembers the results of a pure, costly function for the most recent distinct inputs. Population exports list
 * people household by household, so the same address text comes several times in a row: parsing it once per
 * household instead of once per person is most of the address cost on real files. Bounded, so memory does not
 * grow with the input; results are frozen (top level and arrays) because they are shared.
 */
export function rememberRecent<R extends object>(fn: (text: string) => R, capacity: number): (text: string) => R {
  let recent = new Map<string, R>();
  let older = new Map<string, R>();
  return (text: string): R => {
    let hit = recent.get(text);
    if (hit !== undefined) return hit;
    hit = older.get(text);
    if (hit === undefined) hit = freezeShallow(fn(text));
    // Two generations: when the recent one fills up it becomes the older one, so eviction is O(1) and
    // anything used in the last `capacity` distinct calls survives.
    if (recent.size >= capacity) {
      older = recent;
      recent = new Map();
    }
    recent.set(text, hit);
    return hit;
  };
}

// Only the top level and its arrays: a deep freeze of every parse cost ~5 % of a file audit where most addresses
// are distinct (measured), and the nested units are shared table entries the parser already treats as read-only.
function freezeShallow<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (Array.isArray(v)) Object.freeze(v);
  return Object.freeze(value);
}
