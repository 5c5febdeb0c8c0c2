import type { ScoreBase } from './score';
import type { Dimension, Verdict } from './types';

/**
 * What each record of a shard scored before its dataset-level issues, kept with the shard's dataset state
 * (`--shard`). A record's only duplicate may sit in another shard: its own shard scored it without that issue, and
 * the merge, which finds the duplicate, scores it again from here (`scoreWithMore`), to the bits one run gives.
 *
 * `rows` holds one entry per record, rows ascending, entries separated by `;` and their values by `,`:
 * `row,verdict letter,group index per grouping…`, followed by the four unrounded dimension products (correct,
 * complete, clean, live) only when one of them is not 1. A record with no issue at all is `17,p,3`. One string, like
 * the dataset state (ADR 0013): an array per record cost more memory, and pretty-printed JSON put every value on a
 * line of its own.
 */
export interface ScoreBasesJson {
  /** The profile's dimension weights, which turn dimension scores into the record's score. */
  weights: Record<Dimension, number>;
  /** The profile's groupings (e.g. `province`), in the order of the group indexes of each entry. */
  groupings: string[];
  /** By grouping, in the order of `groupings`: the group keys the entries' indexes point into, sorted. */
  keys: string[][];
  rows: string;
}

/** One entry, read: the row, the verdict letter, the group indexes, then the products if any. */
export type ScoreBaseEntry = (number | string)[];

const LETTER: Readonly<Record<Verdict, string>> = { pass: 'p', warn: 'w', fail: 'f' };
const VERDICT_OF: Readonly<Record<string, Verdict>> = { p: 'pass', w: 'warn', f: 'fail' };

/** An empty table for a profile's weights and groupings. */
export function emptyScoreBases(weights: Readonly<Record<Dimension, number>>, groupings: readonly string[]): ScoreBasesJson {
  return { weights: { ...weights }, groupings: [...groupings], keys: groupings.map(() => []), rows: '' };
}

/** What a table being filled needs beyond its JSON: key → index per grouping, the last row, whether rows came in order. */
interface Filling {
  indexes: Map<string, number>[];
  lastRow: number;
  inOrder: boolean;
}
const FILLING = new WeakMap<ScoreBasesJson, Filling>();

/**
 * Adds a record. Keys are indexed as they come; `sortScoreBases` puts the table in its canonical form (keys sorted,
 * rows ascending) once it is complete.
 */
export function addScoreBase(table: ScoreBasesJson, row: number, base: ScoreBase, groups: Readonly<Record<string, string>> | undefined): void {
  let filling = FILLING.get(table);
  if (filling === undefined) {
    const entries = readEntries(table);
    filling = { indexes: table.keys.map((keys) => new Map(keys.map((k, i) => [k, i]))), lastRow: entries.length === 0 ? 0 : (entries[entries.length - 1]![0] as number), inOrder: true };
    FILLING.set(table, filling);
  }
  let entry = `${row},${LETTER[base.verdict]}`;
  for (let g = 0; g < table.groupings.length; g++) {
    const key = groups?.[table.groupings[g]!] ?? '';
    let i = filling.indexes[g]!.get(key);
    if (i === undefined) {
      i = table.keys[g]!.push(key) - 1;
      filling.indexes[g]!.set(key, i);
    }
    entry += `,${i}`;
  }
  if (base.correct !== 1 || base.complete !== 1 || base.clean !== 1 || base.live !== 1) entry += `,${base.correct},${base.complete},${base.clean},${base.live}`;
  table.rows = table.rows === '' ? entry : `${table.rows};${entry}`;
  if (row <= filling.lastRow) filling.inOrder = false;
  filling.lastRow = row;
}

/** The entries of a table, read. */
export function readEntries(table: ScoreBasesJson): ScoreBaseEntry[] {
  if (table.rows === '') return [];
  return table.rows.split(';').map((text) => text.split(',').map((v, i) => (i === 1 ? v : Number(v))));
}

function writeEntries(entries: readonly ScoreBaseEntry[]): string {
  return entries.map((e) => e.join(',')).join(';');
}

/** The table in its one canonical form: keys sorted, entries by row. The same records give the same bytes. */
export function sortScoreBases(table: ScoreBasesJson): ScoreBasesJson {
  const filling = FILLING.get(table);
  FILLING.delete(table);
  const sortedKeys = table.keys.map((keys) => [...keys].sort());
  const keysSorted = sortedKeys.every((keys, g) => keys.every((k, i) => k === table.keys[g]![i]));
  if (keysSorted && (filling === undefined || filling.inOrder)) return table;
  const entries = readEntries(table);
  for (let g = 0; g < table.groupings.length; g++) {
    const position = new Map(sortedKeys[g]!.map((k, i) => [k, i]));
    const remap = table.keys[g]!.map((k) => position.get(k)!);
    for (const entry of entries) entry[2 + g] = remap[entry[2 + g] as number]!;
  }
  if (filling !== undefined && !filling.inOrder) entries.sort((x, y) => (x[0] as number) - (y[0] as number));
  table.keys = sortedKeys;
  table.rows = writeEntries(entries);
  return table;
}

/**
 * Both tables in one (their rows are disjoint: the summaries' row ranges were checked first). Groupings and keys are
 * united and sorted, so the merge is associative and commutative.
 */
export function mergeScoreBases(a: ScoreBasesJson, b: ScoreBasesJson): ScoreBasesJson {
  const groupings = [...new Set([...a.groupings, ...b.groupings])].sort();
  const keys = groupings.map((id) => [...new Set([...keysOf(a, id), ...keysOf(b, id), ...(a.groupings.includes(id) && b.groupings.includes(id) ? [] : [''])])].sort());
  const position = keys.map((list) => new Map(list.map((k, i) => [k, i])));
  const reindex = (t: ScoreBasesJson, entry: ScoreBaseEntry): ScoreBaseEntry => {
    const out: ScoreBaseEntry = [entry[0]!, entry[1]!];
    for (let g = 0; g < groupings.length; g++) {
      const own = t.groupings.indexOf(groupings[g]!);
      out.push(position[g]!.get(own < 0 ? '' : t.keys[own]![entry[2 + own] as number]!)!);
    }
    for (let i = 2 + t.groupings.length; i < entry.length; i++) out.push(entry[i]!);
    return out;
  };
  const fromA = readEntries(a);
  const fromB = readEntries(b);
  const entries: ScoreBaseEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < fromA.length || j < fromB.length) {
    const takeA = j >= fromB.length || (i < fromA.length && (fromA[i]![0] as number) < (fromB[j]![0] as number));
    entries.push(takeA ? reindex(a, fromA[i++]!) : reindex(b, fromB[j++]!));
  }
  return { weights: { ...a.weights }, groupings, keys, rows: writeEntries(entries) };
}

function keysOf(t: ScoreBasesJson, grouping: string): string[] {
  const g = t.groupings.indexOf(grouping);
  return g < 0 ? [] : t.keys[g]!;
}

/** Looks records up in a table: what each scored before its dataset issues, and its group under each grouping. */
export function scoreBaseLookup(table: ScoreBasesJson): (row: number) => { base: ScoreBase; groups: Record<string, string> } | null {
  const entries = readEntries(table);
  return (row) => {
    let lo = 0;
    let hi = entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = entries[mid]![0] as number;
      if (at < row) lo = mid + 1;
      else if (at > row) hi = mid - 1;
      else return readEntry(table, entries[mid]!);
    }
    return null;
  };
}

function readEntry(table: ScoreBasesJson, entry: ScoreBaseEntry): { base: ScoreBase; groups: Record<string, string> } {
  const groups: Record<string, string> = Object.create(null) as Record<string, string>;
  const n = table.groupings.length;
  for (let g = 0; g < n; g++) groups[table.groupings[g]!] = table.keys[g]![entry[2 + g] as number]!;
  const products = entry.length > 2 + n;
  const base: ScoreBase = {
    correct: products ? (entry[2 + n] as number) : 1,
    complete: products ? (entry[3 + n] as number) : 1,
    clean: products ? (entry[4 + n] as number) : 1,
    live: products ? (entry[5 + n] as number) : 1,
    verdict: VERDICT_OF[entry[1] as string] ?? 'pass',
  };
  return { base, groups };
}
