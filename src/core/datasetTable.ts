import * as crypto from 'node:crypto';
import { createHash, createHmac } from 'node:crypto';

/**
 * How the keys and values of a serialized table are written. `none`: as they are (the 64-bit numbers the checks
 * made from the records, which decode back to personal data). `sha256`: each replaced by a truncated SHA-256
 * digest, so a summary file shows no ID or phone in clear; but an ID, a phone or a birth date has so few possible
 * values that anyone can hash them all and look the digests up, so such a file stays personal data. `hmac-sha256`
 * with a secret salt closes that hole for whoever lacks the salt; every shard must then use the same salt.
 */
export type DigestMode = { kind: 'none' } | { kind: 'sha256' } | { kind: 'hmac-sha256'; salt: string };

/** One key's rows with the two 32-bit values each row carries, sorted by row. */
export interface RowGroup {
  readonly rows: number[];
  /** `values[2i]`, `values[2i + 1]`: the high and low lanes of row `rows[i]`'s value. */
  readonly values: number[];
  /** What a check worked out about this group, valid while `rows.length` is `size` (groups only grow). */
  memo?: { size: number; value: unknown };
}

/**
 * What a check works out about a group (its verdict, its distinct IDs), computed once and kept until the group
 * gains rows: findings are asked for again after every merge, and most groups never change.
 *
 * @example
 * const ids = memoized(group, (g) => distinctPairs(g.values));
 */
export function memoized<T>(group: RowGroup, compute: (group: RowGroup) => T): T {
  if (group.memo?.size === group.rows.length) return group.memo.value as T;
  const value = compute(group);
  group.memo = { size: group.rows.length, value };
  return value;
}

/**
 * The canonical JSON of a table. `rows`: every row as five little-endian 32-bit lanes (key high, key low, row, value
 * high, value low), sorted by key then row, in base64: 27 characters a row. The list of hex strings it replaces took
 * about 140 bytes a row indented, and a summary of three checks over 1.2 million rows outgrew what one JavaScript
 * string can hold. `labels`: display labels by hex key, keys sorted. `entries` is the older form, still read.
 */
export interface RowTableJson {
  digest: 'none' | 'sha256' | 'hmac-sha256';
  /** For `hmac-sha256`: the first 8 hex digits of SHA-256 of the salt, so shards salted differently refuse to merge. */
  salt?: string;
  rows?: string;
  labels?: Record<string, string>;
  /** The form summaries had before `rows`: `[key, [row, value, row, value …], label?]` sorted by key. */
  entries?: [string, (number | string)[], string?][];
}

export class DatasetMergeError extends Error {
  override name = 'DatasetMergeError';
}

const STRIDE = 5; // key high, key low, row (0: empty slot, GROUP: rows in `groups`), value high, value low
const GROUP = 0xffffffff;
const MAX_LOAD = 0.7;

/**
 * A multimap from 64-bit keys (two unsigned 32-bit lanes) to rows, each row carrying one 64-bit value.
 * A key seen once costs one 20-byte slot in a typed array (open addressing, linear probing), outside the JS heap;
 * only keys seen twice or more get a {@link RowGroup}. This is what lets a million records' keys fit in a few tens of
 * megabytes: a `Map` cost about 56 bytes per entry in the heap, was capped at 2^24 entries, and was measured ten
 * times slower on number keys above 2^31. Row numbers are 1-based, below 2^32 - 1, and distinct across shards.
 */
export class RowTable {
  slots: Uint32Array;
  private mask: number;
  private count = 0;
  readonly groups: RowGroup[] = [];
  /** Display labels of digested keys (hex key → label), carried through merges. */
  readonly labels = new Map<string, string>();
  digest: DigestMode = { kind: 'none' };

  constructor(capacity = 16) {
    let size = 16;
    while (size * MAX_LOAD < capacity) size *= 2;
    this.slots = new Uint32Array(size * STRIDE);
    this.mask = size - 1;
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.count;
  }

  private slotOf(hi: number, lo: number): number {
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    let i = h & this.mask;
    const s = this.slots;
    for (;;) {
      const at = i * STRIDE;
      if (s[at + 2] === 0 || (s[at] === hi && s[at + 1] === lo)) return at;
      i = (i + 1) & this.mask;
    }
  }

  /** Adds one row under a key. Lanes are unsigned 32-bit integers. */
  add(hi: number, lo: number, row: number, valueHi: number, valueLo: number): void {
    hi >>>= 0;
    lo >>>= 0;
    const s = this.slots;
    const at = this.slotOf(hi, lo);
    const had = s[at + 2]!;
    if (had === 0) {
      s[at] = hi;
      s[at + 1] = lo;
      s[at + 2] = row;
      s[at + 3] = valueHi;
      s[at + 4] = valueLo;
      if (++this.count > (this.mask + 1) * MAX_LOAD) this.grow();
      return;
    }
    if (had === GROUP) {
      insertRow(this.groups[s[at + 4]!]!, row, valueHi >>> 0, valueLo >>> 0);
      return;
    }
    const group: RowGroup = { rows: [had], values: [s[at + 3]!, s[at + 4]!] };
    insertRow(group, row, valueHi >>> 0, valueLo >>> 0);
    s[at + 2] = GROUP;
    s[at + 3] = 0;
    s[at + 4] = this.groups.length;
    this.groups.push(group);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    const s = this.slots;
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at + 2] === 0) continue;
      const to = this.slotOf(old[at]!, old[at + 1]!);
      // Lane by lane: a subarray per slot allocated a view object for each of the table's keys.
      s[to] = old[at]!;
      s[to + 1] = old[at + 1]!;
      s[to + 2] = old[at + 2]!;
      s[to + 3] = old[at + 3]!;
      s[to + 4] = old[at + 4]!;
    }
  }

  /** The rows under a key when there are two or more, else null (absent or seen once). */
  group(hi: number, lo: number): RowGroup | null {
    const at = this.slotOf(hi >>> 0, lo >>> 0);
    return this.slots[at + 2] === GROUP ? this.groups[this.slots[at + 4]!]! : null;
  }

  /** Calls `fn` for every key with two or more rows, in no particular order. */
  forEachGroup(fn: (hi: number, lo: number, group: RowGroup) => void): void {
    const s = this.slots;
    for (let at = 0; at < s.length; at += STRIDE) if (s[at + 2] === GROUP) fn(s[at]!, s[at + 1]!, this.groups[s[at + 4]!]!);
  }

  /** Calls `fn` for every row of every key. */
  forEachRow(fn: (hi: number, lo: number, row: number, valueHi: number, valueLo: number) => void): void {
    const s = this.slots;
    for (let at = 0; at < s.length; at += STRIDE) {
      const row = s[at + 2]!;
      if (row === 0) continue;
      if (row !== GROUP) fn(s[at]!, s[at + 1]!, row, s[at + 3]!, s[at + 4]!);
      else {
        const g = this.groups[s[at + 4]!]!;
        for (let i = 0; i < g.rows.length; i++) fn(s[at]!, s[at + 1]!, g.rows[i]!, g.values[2 * i]!, g.values[2 * i + 1]!);
      }
    }
  }

  /** The canonical form: equal for equal contents whatever the order rows were added in. */
  toJSON(): RowTableJson {
    let n = 0;
    this.forEachRow(() => void n++);
    const lanes = new Uint32Array(n * LANES);
    let at = 0;
    this.forEachRow((hi, lo, row, vh, vl) => {
      lanes[at++] = hi;
      lanes[at++] = lo;
      lanes[at++] = row;
      lanes[at++] = vh;
      lanes[at++] = vl;
    });
    // Sorted, so that equal contents give equal bytes whatever the order rows were added in.
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((x, y) => {
      const a = x * LANES;
      const b = y * LANES;
      return lanes[a]! - lanes[b]! || lanes[a + 1]! - lanes[b + 1]! || lanes[a + 2]! - lanes[b + 2]!;
    });
    const bytes = Buffer.alloc(n * LANES * 4);
    let offset = 0;
    for (let i = 0; i < n; i++) {
      const from = order[i]! * LANES;
      for (let k = 0; k < LANES; k++, offset += 4) bytes.writeUInt32LE(lanes[from + k]!, offset);
    }
    const json: RowTableJson = { digest: this.digest.kind, rows: bytes.toString('base64') };
    // An object, one line a key in the indented summary file (a list of pairs took four).
    if (this.labels.size > 0) {
      const labels: Record<string, string> = Object.create(null);
      for (const key of [...this.labels.keys()].sort()) labels[key] = this.labels.get(key)!;
      json.labels = labels;
    }
    if (this.digest.kind === 'hmac-sha256') json.salt = saltId(this.digest.salt);
    return json;
  }
}

// Lanes of one row in the JSON form: key high, key low, row, value high, value low.
const LANES = 5;

function insertRow(group: RowGroup, row: number, valueHi: number, valueLo: number): void {
  const { rows, values } = group;
  let i = rows.length;
  while (i > 0 && rows[i - 1]! > row) i--;
  rows.splice(i, 0, row);
  values.splice(2 * i, 0, valueHi, valueLo);
}

/** A 64-bit value written as 16 hex digits. */
export function hex64(hi: number, lo: number): string {
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/**
 * Rebuilds a table from its JSON. Pass the salt when the table was digested with HMAC, so lookups can digest too.
 *
 * @example restoreRowTable(new RowTable().toJSON()).size // 0
 */
export function restoreRowTable(json: RowTableJson, salt?: string): RowTable {
  if (typeof json.rows === 'string') return restorePacked(json, json.rows, salt);
  const entries = json.entries ?? [];
  const table = new RowTable(entries.length);
  table.digest = modeOf(json, salt);
  for (const [key, list, label] of entries) {
    const hi = parseInt(key.slice(0, 8), 16);
    const lo = parseInt(key.slice(8, 16), 16);
    for (let i = 0; i < list.length; i += 2) {
      const v = String(list[i + 1]);
      table.add(hi, lo, Number(list[i]), parseInt(v.slice(0, 8), 16), parseInt(v.slice(8, 16), 16));
    }
    if (label !== undefined) table.labels.set(key, label);
  }
  return table;
}

function restorePacked(json: RowTableJson, rows: string, salt: string | undefined): RowTable {
  const bytes = Buffer.from(rows, 'base64');
  if (bytes.length % (LANES * 4) !== 0) throw new DatasetMergeError('a dataset state is cut short (its rows are not whole)');
  const n = bytes.length / (LANES * 4);
  const table = new RowTable(n);
  table.digest = modeOf(json, salt);
  for (let offset = 0; offset < bytes.length; offset += LANES * 4) {
    const row = bytes.readUInt32LE(offset + 8);
    // 0 marks an empty slot and 2^32 - 1 a group: neither is a row.
    if (row === 0 || row === GROUP) throw new DatasetMergeError(`a dataset state holds row ${row}, which no record can have`);
    table.add(bytes.readUInt32LE(offset), bytes.readUInt32LE(offset + 4), row, bytes.readUInt32LE(offset + 12), bytes.readUInt32LE(offset + 16));
  }
  for (const [key, label] of Object.entries(json.labels ?? {})) table.labels.set(key, String(label));
  return table;
}

function modeOf(json: RowTableJson, salt: string | undefined): DigestMode {
  if (json.digest === 'none') return { kind: 'none' };
  if (json.digest === 'sha256') return { kind: 'sha256' };
  if (salt === undefined) return { kind: 'hmac-sha256', salt: `\u0000unknown:${json.salt ?? ''}` };
  if (json.salt !== undefined && saltId(salt) !== json.salt) throw new DatasetMergeError('the salt given is not the one this table was digested with');
  return { kind: 'hmac-sha256', salt };
}

function saltId(salt: string): string {
  return createHash('sha256').update(salt).digest('hex').slice(0, 8);
}

// One-shot `crypto.hash` (Node 20.12+) was measured at 0.6 µs per digest against 1.4 µs for createHash.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'buffer') => Buffer }).hash;

function digestBytes(mode: DigestMode, text: string): Buffer {
  if (mode.kind === 'hmac-sha256') return createHmac('sha256', mode.salt).update(text).digest();
  return oneShot ? oneShot('sha256', text, 'buffer') : createHash('sha256').update(text).digest();
}

/**
 * The key as a digested table holds it: the first 64 bits of the digest of `k:<hi>:<lo>`.
 *
 * @example digestKey({ kind: 'sha256' }, 0, 42) // two 32-bit lanes of SHA-256('k:0:42')
 */
export function digestKey(mode: DigestMode, hi: number, lo: number): [number, number] {
  if (mode.kind === 'none') return [hi >>> 0, lo >>> 0];
  const b = digestBytes(mode, `k:${hi >>> 0}:${lo >>> 0}`);
  return [b.readUInt32BE(0), b.readUInt32BE(4)];
}

/**
 * One value lane as a digested table holds it: 32 bits of the digest, with 0 kept as 0 because checks use 0 for
 * "unknown" (lanes are digested one by one so that checks can still compare them one by one).
 *
 * @example digestLane({ kind: 'sha256' }, 0) // 0
 */
export function digestLane(mode: DigestMode, lane: number): number {
  if (mode.kind === 'none' || lane === 0) return lane >>> 0;
  return digestBytes(mode, `v:${lane >>> 0}`).readUInt32BE(0) || 1;
}

/**
 * A copy of a raw table with every key and value lane digested. `label` gives, for each key, the text a finding
 * shows for it once the raw key is gone (a masked ID or phone), or undefined for none; it costs about 15 bytes of
 * JSON per key, the price of naming a finding found only when shards merge.
 *
 * @example digestRowTable(table, { kind: 'sha256' }, (hi, lo) => undefined).toJSON().digest // 'sha256'
 */
export function digestRowTable(table: RowTable, mode: DigestMode, label: (hi: number, lo: number) => string | undefined): RowTable {
  if (table.digest.kind !== 'none') {
    if (sameMode(table.digest, mode)) return table;
    throw new DatasetMergeError(`a table digested with ${table.digest.kind} cannot be digested again with ${mode.kind}`);
  }
  if (mode.kind === 'none') return table;
  const out = new RowTable(table.size);
  out.digest = mode;
  const keys = new Map<string, [number, number]>();
  // Lanes repeat (birth dates, the high half of IDs): digest each distinct one once.
  const lanes = new Map<number, number>();
  const lane = (v: number) => {
    let d = lanes.get(v);
    if (d === undefined) {
      d = digestLane(mode, v);
      if (lanes.size < 1 << 20) lanes.set(v, d);
    }
    return d;
  };
  table.forEachRow((hi, lo, row, vh, vl) => {
    const raw = hex64(hi, lo);
    let key = keys.get(raw);
    if (key === undefined) keys.set(raw, (key = digestKey(mode, hi, lo)));
    out.add(key[0], key[1], row, lane(vh), lane(vl));
  });
  // Every key gets its label, not only those with two rows yet: a key seen once in each of two shards is a group
  // once they merge, and its raw value is gone by then.
  for (const [raw, key] of keys) {
    const text = label(parseInt(raw.slice(0, 8), 16), parseInt(raw.slice(8, 16), 16));
    if (text !== undefined) out.labels.set(hex64(key[0], key[1]), text);
  }
  return out;
}

function sameMode(a: DigestMode, b: DigestMode): boolean {
  return a.kind === b.kind && (a.kind !== 'hmac-sha256' || a.salt === (b as { salt: string }).salt);
}

/**
 * A new table holding the rows of both (neither is changed). Tables digested differently do not merge; a raw table
 * merged with a SHA-256 one is digested first (an HMAC one cannot be: the salt is not in the other table).
 *
 * @example mergeRowTables(a, new RowTable()).toJSON() // equals a.toJSON()
 */
export function mergeRowTables(a: RowTable, b: RowTable, label: (hi: number, lo: number) => string | undefined): RowTable {
  if (!sameMode(a.digest, b.digest)) {
    // The empty table is the identity whatever its mode.
    if (b.size === 0) return mergeRowTables(a, copyMode(b, a.digest), label);
    if (a.size === 0) return mergeRowTables(copyMode(a, b.digest), b, label);
    if (a.digest.kind === 'none' && b.digest.kind === 'sha256') a = digestRowTable(a, b.digest, label);
    else if (b.digest.kind === 'none' && a.digest.kind === 'sha256') b = digestRowTable(b, a.digest, label);
    else throw new DatasetMergeError(`cannot merge dataset states digested as ${a.digest.kind} and ${b.digest.kind} (or with different salts)`);
  }
  const out = new RowTable(a.size + b.size);
  out.digest = a.digest;
  for (const t of [a, b]) {
    t.forEachRow((hi, lo, row, vh, vl) => out.add(hi, lo, row, vh, vl));
    for (const [k, v] of t.labels) {
      const had = out.labels.get(k);
      if (had === undefined || v < had) out.labels.set(k, v);
    }
  }
  return out;
}

function copyMode(empty: RowTable, mode: DigestMode): RowTable {
  const t = new RowTable();
  t.digest = mode;
  void empty;
  return t;
}

/** The state half of a check kept as one {@link RowTable}: empty, merge, serialize and restore, given how to label keys. */
export interface RowTableState {
  empty(): RowTable;
  merge(a: RowTable, b: RowTable): RowTable;
  serialize(state: RowTable, digest: DigestMode): RowTableJson;
  restore(json: RowTableJson, salt?: string): RowTable;
}

/**
 * The four state functions of a check whose state is one {@link RowTable}. `label` is the masked text of a raw key
 * that findings show once the table is digested.
 *
 * @example const parts = rowTableState((hi, lo) => maskPhone(`+${hi * 2 ** 32 + lo}`));
 */
export function rowTableState(label: (hi: number, lo: number) => string | undefined): RowTableState {
  return {
    empty: () => new RowTable(),
    merge: (a, b) => mergeRowTables(a, b, label),
    serialize: (state, digest) => digestRowTable(state, digest, label).toJSON(),
    restore: (json, salt) => restoreRowTable(json, salt),
  };
}

/**
 * The key a finding is filed under: the SHA-256 form of a raw key (so raw and SHA-256 states agree), or the key as a
 * digested table holds it.
 *
 * @example findingKey(table, hi, lo) // '3f2a…' (16 hex digits)
 */
export function findingKey(table: RowTable, hi: number, lo: number): string {
  if (table.digest.kind !== 'none') return hex64(hi, lo);
  const [h, l] = digestKey({ kind: 'sha256' }, hi, lo);
  return hex64(h, l);
}

/**
 * Looks up the rows under a raw key in a table in any digest mode (digesting the key first when the table is).
 *
 * @example groupOf(table, 0, 42)?.rows // [3, 17]
 */
export function groupOf(table: RowTable, hi: number, lo: number): RowGroup | null {
  if (table.digest.kind === 'none') return table.group(hi, lo);
  const [h, l] = digestKey(table.digest, hi, lo);
  return table.group(h, l);
}
