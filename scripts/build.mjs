// One bundled ESM entry: a single module load starts faster than hundreds of small ones.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';
import {chmodSync, readFileSync} from 'node:fs';
import {inkFastPaths} from './ink-fast-paths.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));

await build({
  entryPoints: [`${root}/source/cli.tsx`],
  outfile: `${root}/dist/cli.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // DOCKHAND_MINIFY=0 keeps names readable for a CPU profile
  minify: process.env.DOCKHAND_MINIFY !== '0',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"production"',
    __DOCKHAND_VERSION__: JSON.stringify(pkg.version),
  },
  // Ink imports react-devtools-core only when DEV is set; keep it out of the bundle.
  plugins: [inkFastPaths()],
  alias: {'react-devtools-core': `${root}/scripts/devtools-stub.mjs`},
  banner: {
    js: [
      // a small young generation: under a log flood V8 otherwise grows it to tens of MB, and each
      // scavenge copies what survives — longer pauses between a key and its frame, ~40 MB more RSS
      '#!/usr/bin/env -S node --max-semi-space-size=4',
      "import {createRequire as __cr} from 'node:module';",
      'const require = __cr(import.meta.url);',
    ].join('\n'),
  },
});

// runnable as ./dist/cli.js (its first line names Node and its flags)
chmodSync(`${root}/dist/cli.js`, 0o755);
