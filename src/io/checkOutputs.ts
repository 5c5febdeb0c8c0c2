import { checkOutputPath, OutputError, sameFileKey } from './atomicFile';

/**
 * Checks, before a long run, every output a command asks for (by option name → path; an empty path asks for none):
 * each can be written (`checkOutputPath`), none is one of the inputs (it would be destroyed), and no two are the same
 * file (only the last written would remain). A device or pipe may be named more than once.
 *
 * @throws OutputError naming the path and what is wrong.
 * @example await checkOutputs({ records: 'r.ndjson', summary: 's.json' }, ['export.csv']);
 */
export async function checkOutputs(outputs: Readonly<Record<string, string | undefined>>, inputs: readonly string[] = []): Promise<void> {
  // File → the output option that took it, or null for an input.
  const taken = new Map<string, string | null>();
  for (const input of inputs) taken.set(sameFileKey(input) ?? input, null);
  for (const [option, path] of Object.entries(outputs)) {
    if (!path) continue;
    const key = sameFileKey(path);
    const other = key === null ? undefined : taken.get(key);
    if (other !== undefined) {
      const [what, whatVi] = other === null ? ['the input file', 'tệp đầu vào'] : [`also the ${other} output`, `cũng là tệp kết quả ${other}`];
      throw new OutputError(`cannot write output file "${path}": it is ${what}; choose another path for ${option}`, { vi: `không ghi được tệp kết quả "${path}": đó là ${whatVi}; hãy chọn đường dẫn khác cho ${option}` });
    }
    if (key !== null) taken.set(key, option);
    await checkOutputPath(path);
  }
}
