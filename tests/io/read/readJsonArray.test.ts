import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/io/inputError';
import { collect, plain, readAll, streamOf } from './support';
import { openInput } from '../../../src/io/read/openInput';

describe('openInput: JSON array', () => {
  it.each([
    ['objects', '[{"so_cccd":"001099012345","ho_ten":"Nguyễn Văn An"},{"so_cccd":"079201001234"}]', [{ so_cccd: '001099012345', ho_ten: 'Nguyễn Văn An' }, { so_cccd: '079201001234' }]],
    ['non-object elements kept as values', '[1, "An", [2], null, true]', [1, 'An', [2], null, true]],
    ['nested values and brackets inside strings', '[{"dia_chi":"Số 5 [ngõ 3], {Huế}","ghi_chu":{"a":[1,2]}}]', [{ dia_chi: 'Số 5 [ngõ 3], {Huế}', ghi_chu: { a: [1, 2] } }]],
    ['escaped quotes', '[{"ho_ten":"Thôn \\"Đông\\""}]', [{ ho_ten: 'Thôn "Đông"' }]],
    ['an empty array is zero records', ' [ ] ', []],
    ['a trailing comma is tolerated', '[{"a":"1"},]', [{ a: '1' }]],
    ['pretty-printed with a BOM', '\ufeff[\n  {\n    "a": "1"\n  }\n]\n', [{ a: '1' }]],
  ])('%s', async (_name, text, expected) => {
    const { source, records } = await readAll(text, {}, 3);
    expect(source).toMatchObject({ format: 'json', encoding: 'utf-8', delimiter: null });
    expect(records.map((r) => plain(r.record))).toEqual(expected);
    expect(records.map((r) => r.row)).toEqual(expected.map((_, i) => i + 1));
  });

  it('an element that is not valid JSON costs only itself', async () => {
    const { records } = await readAll('[{"a":"1"}, {"a": tru}, {"a":"3"}]', {}, 4);
    expect(records.map((r) => [r.row, plain(r.record), r.inputProblem?.code])).toEqual([
      [1, { a: '1' }, undefined],
      [2, null, 'input.invalid-json'],
      [3, { a: '3' }, undefined],
    ]);
  });

  it('a top-level value that is not an array is an InputError', async () => {
    await expect(openInput(streamOf('{"a":1}'), { format: 'json' })).rejects.toThrow(InputError);
    await expect(openInput(streamOf('"chuỗi"'), { format: 'json' })).rejects.toThrow(/not a JSON array/);
  });

  it('text after the closing bracket is an InputError', async () => {
    const source = await openInput(streamOf('[1] [2]'));
    await expect(collect(source.records)).rejects.toThrow(InputError);
  });

  it('memory holds one element at a time: 20,000 elements stream through small chunks', async () => {
    const text = `[${Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ so_cccd: String(i).padStart(12, '0'), ho_ten: 'Lê Văn Tám' })).join(',')}]`;
    let count = 0;
    const source = await openInput(streamOf(text, 4096));
    for await (const r of source.records) count = r.row;
    expect(count).toBe(20_000);
  });

  it('property: any array of JSON values reads back element by element', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 12 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), async (values, chunk, pretty) => {
        const { records } = await readAll(JSON.stringify(values, null, pretty ? 2 : undefined), { format: 'json' }, chunk);
        expect(records.map((r) => JSON.stringify(r.record))).toEqual(values.map((v) => JSON.stringify(v)));
      }),
      { numRuns: 100 },
    );
  });
});
