import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/** Writes a whole file or nothing: to a temporary file beside it, then renamed over the target. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * A stream that becomes `path` only when `commit()` succeeds; `abort()` (or a failed run) leaves no file behind,
 * so a reader never sees half an output.
 */
export interface AtomicStream {
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export function openAtomicStream(path: string): AtomicStream {
  const temp = tempPathFor(path);
  const stream: WriteStream = createWriteStream(temp);
  let failure: Error | null = null;
  stream.on('error', (e) => {
    failure = e;
  });
  const end = () => new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return {
    write(chunk) {
      if (failure) return Promise.reject(failure);
      // Respect back-pressure so memory stays bounded on millions of rows.
      return stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', resolve));
    },
    async commit() {
      await end();
      if (failure) throw failure;
      await rename(temp, path);
    },
    async abort() {
      if (!stream.closed) await end().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}
