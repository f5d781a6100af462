// One bundled ESM entry: a single module load starts faster than hundreds of small ones.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';
import {chmodSync, readFileSync} from 'node:fs';
import {inkFastPaths} from './ink-fast-paths.mjs';
import {yogaNoFetch} from './yoga-no-fetch.mjs';
import {lazyBuiltins} from './lazy-builtins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// How dist/cli.js starts Node (its first line); the test harness and benchmarks read them from there.
const nodeEnv = 'MALLOC_ARENA_MAX=1 MALLOC_MMAP_THRESHOLD_=8192 MALLOC_TRIM_THRESHOLD_=32768';
const nodeFlags = '--max-semi-space-size=2';
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
  plugins: [inkFastPaths(), yogaNoFetch(), lazyBuiltins()],
  alias: {'react-devtools-core': `${root}/scripts/devtools-stub.mjs`},
  banner: {
    js: [
      // A small young generation: under a log flood V8 otherwise grows it to tens of MB, and each
      // scavenge copies what survives (longer pauses between a key and its frame, ~40 MB more RSS).
      // glibc's malloc: one arena instead of one per busy thread (V8's compiler and GC helpers each
      // kept ~10 MB of freed memory), and blocks from 8 KB on mapped on their own, so freed ones go
      // back to the system instead of pinning the heap: V8's compiler zones (8–32 KB segments, ~23 MB
      // at their peak) left 2–10 MB of holes in it at 32 KB. Idle RSS with 50 containers: ~125 → ~90–100 MB.
      `#!/usr/bin/env -S ${nodeEnv} node ${nodeFlags}`,
      "import {createRequire as __cr} from 'node:module';",
      'const require = __cr(import.meta.url);',
    ].join('\n'),
  },
});

// V8 keeps the bundle's source for lazy compilation: ASCII-only it is a one-byte string (1.2 MB);
// one other character anywhere makes all of it two-byte (2.4 MB). esbuild escapes strings but not
// regular expression literals.
const bundle = readFileSync(`${root}/dist/cli.js`, 'utf8');
const wide = /[^\x00-\x7f]/.exec(bundle);
if (wide) throw new Error(`dist/cli.js must be ASCII: write ${JSON.stringify(wide[0])} as an escape (near: ${JSON.stringify(bundle.slice(wide.index - 40, wide.index + 10))})`);

// runnable as ./dist/cli.js (its first line names Node and its flags)
chmodSync(`${root}/dist/cli.js`, 0o755);
