import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plain, readAll } from './support';

describe('openInput: NDJSON', () => {
  it('reads the fixture: objects, a non-object value, an unparsable line; blank lines skipped', async () => {
    const { source, records } = await readAll(readFileSync(new URL('./fixtures/citizens.ndjson', import.meta.url)), { format: 'ndjson' });
    expect(source).toMatchObject({ format: 'ndjson', encoding: 'utf-8', delimiter: null });
    expect(records.map((r) => [r.row, plain(r.record), r.inputProblem?.code])).toEqual([
      [1, { so_cccd: '001099012345', ho_ten: 'Nguyễn Văn An' }, undefined],
      [2, 42, undefined],
      [3, null, 'input.invalid-json'],
    ]);
    expect(records[2]!.inputProblem!.vi).toMatch(/JSON/);
  });

  it.each([
    ['an object', '{"ho_ten":"Trần Thị Bình","so_dien_thoai":"0912345678"}', { ho_ten: 'Trần Thị Bình', so_dien_thoai: '0912345678' }, undefined],
    ['a number', '12', 12, undefined],
    ['a string', '"Nguyễn Văn An"', 'Nguyễn Văn An', undefined],
    ['an array', '["001099012345"]', ['001099012345'], undefined],
    ['null', 'null', null, undefined],
    ['a cut-off object', '{"ho_ten": "An"', null, 'input.invalid-json'],
    ['CRLF and spaces around', '  {"a":"1"}  \r', { a: '1' }, undefined],
  ])('a line holding %s', async (_name, line, record, problem) => {
    const { records } = await readAll(`{"x":1}\n${line}\n`, { format: 'ndjson' });
    expect(records).toHaveLength(2);
    expect(plain(records[1]!.record)).toEqual(record);
    expect(records[1]!.inputProblem?.code).toBe(problem);
  });

  // V8's message quotes the line itself ("Unexpected token 'Q', "Quách Văn…" is not valid JSON").
  it.each([
    ['Quách Văn Phiêu 001099012345'],
    ['{"ho_ten": "Quách Văn Phiêu", "so_cccd": 001099012345}'],
    ['{"ho_ten": "Quách Văn Phiêu" "so_cccd": "001099012345"}'],
  ])('says where a line %j is broken without quoting it', async (line) => {
    const { records } = await readAll(`${line}\n`, { format: 'ndjson' });
    const problem = records[0]!.inputProblem!;
    expect(problem.code).toBe('input.invalid-json');
    for (const text of [problem.vi, problem.en]) {
      expect(text).not.toMatch(/Quách|Phiêu|001099/u);
      expect(text).toMatch(/JSON/u);
    }
  });

  it('is sniffed from a stream that starts with an object; __proto__ stays data', async () => {
    const { source, records } = await readAll('{"__proto__":{"polluted":true},"ho_ten":"An"}\n');
    expect(source.format).toBe('ndjson');
    const record = records[0]!.record as Record<string, unknown>;
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(Object.keys(record)).toEqual(['__proto__', 'ho_ten']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('property: any list of JSON values, one per line with blank lines between, reads back in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 15 }), fc.integer({ min: 1, max: 50 }), async (values, chunk) => {
        const text = `{"dau":1}\n\n${values.map((v) => JSON.stringify(v)).join('\n\n')}\n`;
        const { records } = await readAll(text, { format: 'ndjson' }, chunk);
        expect(records.map((r) => r.row)).toEqual([1, ...values.map((_, i) => i + 2)]);
        expect(records.slice(1).map((r) => JSON.stringify(r.record))).toEqual(values.map((v) => JSON.stringify(v)));
      }),
      { numRuns: 100 },
    );
  });
});
