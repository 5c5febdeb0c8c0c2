/**
 * The administrative units of both eras, decoded from the generated tables into records and
 * folded-name indexes. Built once, on first use, so importing the module costs nothing.
 */
import { CURRENT_PROVINCES, CURRENT_WARDS, LEGACY_DISTRICTS, LEGACY_PROVINCES, LEGACY_WARDS } from './data/units.generated';
import { foldName } from './foldText';
import { PROVINCE_NICKNAMES } from './unitWords';
import type { AdminUnit } from './types';

export type Era = 'current' | 'legacy';
export type Level = 'province' | 'district' | 'ward';

/** A unit with its place in the hierarchy; `unit` is the frozen object handed to callers. */
export interface UnitRecord {
  readonly unit: AdminUnit;
  readonly era: Era;
  readonly level: Level;
  /** One letter, as in the generated tables: T C (province), Q H X C (district), P X T D (ward). */
  readonly typeLetter: string;
  readonly province: UnitRecord | undefined;
  readonly district: UnitRecord | undefined;
  /** A bare number ("Phường 15", "Quận 1"): only read when a type word or a comma frames it. */
  readonly numeric: boolean;
  /** Legacy wards (and wardless island districts): the current ward codes they became. */
  readonly targets: readonly string[];
}

/**
 * Folded names as a trie over word ids, keyed from the *last* word: reading right to left, a match
 * walks back one word per step and stops at the first word no name continues with — usually after
 * one or two map lookups, with no key strings built.
 */
export interface TrieNode {
  /** Word ids of the children, parallel to `kids`: most nodes have one or two, where a scan beats a Map. */
  ids: number[] | undefined;
  kids: TrieNode[] | undefined;
  /** Replaces the arrays once a node has many children ("… Thành" has hundreds of first words). */
  map: Map<number, TrieNode> | undefined;
  records: UnitRecord[] | undefined;
}

const SCAN_LIMIT = 8;
export interface NameIndex {
  /** Last word id → node: the only wide fan-out, so the only Map. */
  readonly root: Map<number, TrieNode>;
}

/** The child of `node` for word `id`, if any. */
export function trieChild(node: TrieNode, id: number): TrieNode | undefined {
  if (node.map) return node.map.get(id);
  const ids = node.ids;
  if (!ids) return undefined;
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return node.kids![i];
  return undefined;
}

export interface UnitTables {
  /** Every folded word of every name → a small integer id (absent words cannot start a match). */
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly currentProvinces: NameIndex;
  readonly currentWards: NameIndex;
  readonly legacyProvinces: NameIndex;
  readonly legacyDistricts: NameIndex;
  readonly legacyWards: NameIndex;
  readonly currentProvinceByCode: ReadonlyMap<string, UnitRecord>;
  readonly currentWardByCode: ReadonlyMap<string, UnitRecord>;
  readonly legacyProvinceByCode: ReadonlyMap<string, UnitRecord>;
  readonly legacyDistrictByCode: ReadonlyMap<string, UnitRecord>;
  readonly legacyWardByCode: ReadonlyMap<string, UnitRecord>;
  /** Legacy province code → the current province it was merged into (Resolution 202/2025/QH15). */
  readonly currentProvinceOfLegacy: ReadonlyMap<string, UnitRecord>;
}

const TYPE_NAMES: Record<Level, Record<string, string>> = {
  province: { T: 'Tỉnh', C: 'Thành phố' },
  district: { Q: 'Quận', H: 'Huyện', X: 'Thị xã', C: 'Thành phố' },
  ward: { P: 'Phường', X: 'Xã', T: 'Thị trấn', D: 'Đặc khu' },
};

function lines(block: string): string[][] {
  return block
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('|'));
}

function makeRecord(
  era: Era,
  level: Level,
  code: string,
  typeLetter: string,
  name: string,
  province: UnitRecord | undefined,
  district: UnitRecord | undefined,
  targets: readonly string[],
): UnitRecord {
  const type = TYPE_NAMES[level][typeLetter];
  if (!type) throw new Error(`unknown ${level} type ${typeLetter}`);
  const unit: AdminUnit = Object.freeze({ code, name, fullName: `${type} ${name}`, type });
  let numeric = name.length > 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 48 || c > 57) numeric = false;
  }
  return { unit, era, level, typeLetter, province, district, numeric, targets };
}

function newNode(): TrieNode {
  return { ids: undefined, kids: undefined, map: undefined, records: undefined };
}

function addChild(node: TrieNode, id: number, child: TrieNode): void {
  if (node.map) {
    node.map.set(id, child);
    return;
  }
  const ids = (node.ids ??= []);
  const kids = (node.kids ??= []);
  ids.push(id);
  kids.push(child);
  if (ids.length > SCAN_LIMIT) {
    node.map = new Map(ids.map((k, i) => [k, kids[i]!]));
    node.ids = undefined;
    node.kids = undefined;
  }
}

function indexBuilder(vocabulary: Map<string, number>) {
  const root = new Map<number, TrieNode>();
  const idOf = (word: string): number => {
    let id = vocabulary.get(word);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(word, id);
    }
    return id;
  };
  const add = (key: string, record: UnitRecord): void => {
    if (!key) return;
    const words = key.split(' ');
    const lastId = idOf(words[words.length - 1]!);
    let node = root.get(lastId);
    if (!node) {
      node = newNode();
      root.set(lastId, node);
    }
    for (let i = words.length - 2; i >= 0; i--) {
      const id = idOf(words[i]!);
      let child = trieChild(node, id);
      if (!child) {
        child = newNode();
        addChild(node, id, child);
      }
      node = child;
    }
    node.records ??= [];
    if (!node.records.includes(record)) node.records.push(record);
  };
  return {
    add,
    /** The name, and the apostrophe read as a space too ("K' Dang" → "k dang" as well as "kdang"). */
    addName(name: string, record: UnitRecord): void {
      add(foldName(name), record);
      if (name.includes("'") || name.includes('’')) add(foldName(name.replace(/['’]/g, ' ')), record);
    },
    build(): NameIndex {
      return { root };
    },
  };
}

function buildTables(): UnitTables {
  const currentProvinceByCode = new Map<string, UnitRecord>();
  const currentWardByCode = new Map<string, UnitRecord>();
  const legacyProvinceByCode = new Map<string, UnitRecord>();
  const legacyDistrictByCode = new Map<string, UnitRecord>();
  const legacyWardByCode = new Map<string, UnitRecord>();
  const vocabulary = new Map<string, number>();
  const currentProvinces = indexBuilder(vocabulary);
  const currentWards = indexBuilder(vocabulary);
  const legacyProvinces = indexBuilder(vocabulary);
  const legacyDistricts = indexBuilder(vocabulary);
  const legacyWards = indexBuilder(vocabulary);

  const addProvinceName = (index: ReturnType<typeof indexBuilder>, name: string, record: UnitRecord) => {
    index.addName(name, record);
    // "Hanoi", "Danang", "Cantho": province names are also written as one word.
    index.add(foldName(name).replace(/ /g, ''), record);
  };

  for (const [code, type, name] of lines(CURRENT_PROVINCES)) {
    const record = makeRecord('current', 'province', code!, type!, name!, undefined, undefined, []);
    currentProvinceByCode.set(code!, record);
    addProvinceName(currentProvinces, name!, record);
  }
  for (const [code, provinceCode, type, name] of lines(CURRENT_WARDS)) {
    const province = currentProvinceByCode.get(provinceCode!);
    const record = makeRecord('current', 'ward', code!, type!, name!, province, undefined, []);
    currentWardByCode.set(code!, record);
    currentWards.addName(name!, record);
  }
  for (const [code, type, name] of lines(LEGACY_PROVINCES)) {
    const record = makeRecord('legacy', 'province', code!, type!, name!, undefined, undefined, []);
    legacyProvinceByCode.set(code!, record);
    addProvinceName(legacyProvinces, name!, record);
  }
  for (const [nickname, code] of PROVINCE_NICKNAMES) {
    const current = currentProvinceByCode.get(code);
    if (current) currentProvinces.add(nickname, current);
    const legacy = legacyProvinceByCode.get(code);
    if (legacy) legacyProvinces.add(nickname, legacy);
  }
  for (const [code, provinceCode, type, name, alias, targets] of lines(LEGACY_DISTRICTS)) {
    const province = legacyProvinceByCode.get(provinceCode!);
    const record = makeRecord('legacy', 'district', code!, type!, name!, province, undefined, targets ? targets.split('+') : []);
    legacyDistrictByCode.set(code!, record);
    legacyDistricts.addName(name!, record);
    if (alias) legacyDistricts.addName(alias, record);
  }
  for (const [code, districtCode, type, name, alias, targets] of lines(LEGACY_WARDS)) {
    const district = legacyDistrictByCode.get(districtCode!);
    const record = makeRecord('legacy', 'ward', code!, type!, name!, district?.province, district, targets ? targets.split('+') : []);
    legacyWardByCode.set(code!, record);
    legacyWards.addName(name!, record);
    if (alias) legacyWards.addName(alias, record);
  }

  const currentProvinceOfLegacy = new Map<string, UnitRecord>();
  for (const ward of legacyWardByCode.values()) {
    const target = currentWardByCode.get(ward.targets[0] ?? '');
    if (target?.province && ward.province && !currentProvinceOfLegacy.has(ward.province.unit.code)) {
      currentProvinceOfLegacy.set(ward.province.unit.code, target.province);
    }
  }

  return {
    vocabulary,
    currentProvinces: currentProvinces.build(),
    currentWards: currentWards.build(),
    legacyProvinces: legacyProvinces.build(),
    legacyDistricts: legacyDistricts.build(),
    legacyWards: legacyWards.build(),
    currentProvinceByCode,
    currentWardByCode,
    legacyProvinceByCode,
    legacyDistrictByCode,
    legacyWardByCode,
    currentProvinceOfLegacy,
  };
}

let tables: UnitTables | undefined;

/**
 * The decoded tables, built on the first call (tens of milliseconds) and shared afterwards.
 *
 * @example unitTables().currentProvinceByCode.get('79')?.unit.fullName // 'Thành phố Hồ Chí Minh'
 */
export function unitTables(): UnitTables {
  tables ??= buildTables();
  return tables;
}
