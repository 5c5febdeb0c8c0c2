import { defineConfig } from 'tsup';

// One entry per subpath export, so `ddss/phone` never pulls in address tables or the engine.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      core: 'src/core/index.ts',
      text: 'src/vn/text/index.ts',
      id: 'src/vn/id/index.ts',
      phone: 'src/vn/phone/index.ts',
      address: 'src/vn/address/index.ts',
      dates: 'src/vn/dates/index.ts',
      rules: 'rules/index.ts',
      zod: 'src/zod/index.ts',
      arbitraries: 'src/arbitraries/index.ts',
      auditWorker: 'src/io/auditWorker.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'node20',
    // fast-check is a peer dependency of ddss/arbitraries only; never bundle it.
    external: ['fast-check'],
    shims: true,
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
