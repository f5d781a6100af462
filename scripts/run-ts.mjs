// Runs a TypeScript entry (benchmarks, tools) by bundling it with esbuild first, so source files
// keep their `.js` import suffixes. Usage: node scripts/run-ts.mjs bench/sync-bench.ts [args…]
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
	console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
	process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'dockhand-run-'));
const outfile = join(dir, 'entry.mjs');
await build({
	entryPoints: [resolve(entry)],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node22',
	packages: 'external',
	logLevel: 'warning',
	sourcemap: 'inline',
	define: {'process.env.NODE_ENV': '"production"', __DOCKHAND_VERSION__: JSON.stringify(pkg.version)},
	// keep bare imports resolvable from the project, not the temp dir
	nodePaths: [join(root, 'node_modules')],
});
// packages stay external: run from a file inside the project so node_modules resolves
const local = join(root, `.run-${process.pid}.mjs`);
const {copyFileSync} = await import('node:fs');
copyFileSync(outfile, local);
rmSync(dir, {recursive: true, force: true});
const result = spawnSync(process.execPath, ['--enable-source-maps', local, ...args], {stdio: 'inherit'});
rmSync(local, {force: true});
process.exit(result.status ?? 1);
