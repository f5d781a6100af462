// `npm run package`: one file that runs dockhand on a linux-x64 server without Node installed — the
// Node binary of the npm `node` package with dist/cli.js injected as a single executable application.
// Usage: node scripts/package.mjs [--out FILE]   (after `npm run build`; default dist/dockhand-linux-x64)
import {execFileSync} from 'node:child_process';
import {chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const outFlag = process.argv.indexOf('--out');
const out = resolve(outFlag > 0 ? process.argv[outFlag + 1] : join(root, 'dist', 'dockhand-linux-x64'));
const bundle = join(root, 'dist', 'cli.js');
// the fuse Node's SEA support looks for (fixed by Node, see its single-executable-applications doc)
const fuse = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

function fail(message) {
	process.stderr.write(`package: ${message}\n`);
	process.exit(1);
}

if (process.platform !== 'linux' || process.arch !== 'x64') fail(`builds for linux-x64 on linux-x64 only (this is ${process.platform}-${process.arch})`);
if (!existsSync(bundle)) fail('dist/cli.js is missing: run `npm run build` first');
const nodeBinary = realpathSync(join(dirname(require.resolve('node/package.json')), 'bin', 'node'));
const nodeVersion = execFileSync(nodeBinary, ['--version'], {encoding: 'utf8'}).trim();

// The SEA main script must be CommonJS on this Node; the bundle is ESM with top-level await. The
// loader serves the bundle (an embedded asset) under a file URL through a module hook and imports
// it: createRequire(import.meta.url) in the bundle keeps working, stack traces name a short path.
const loader = `'use strict';
const {getAsset} = require('node:sea');
const {registerHooks} = require('node:module');
const {pathToFileURL} = require('node:url');
const url = pathToFileURL(process.execPath + '.bundle.mjs').href;
registerHooks({
	resolve: (specifier, context, next) => (specifier === url ? {url, format: 'module', shortCircuit: true} : next(specifier, context)),
	load: (target, context, next) => (target === url ? {format: 'module', source: getAsset('cli.mjs', 'utf8'), shortCircuit: true} : next(target, context)),
});
import(url).catch(error => {
	process.stderr.write('dockhand failed to start: ' + (error && error.stack ? error.stack : String(error)) + '\\n');
	process.exit(1);
});
`;

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'dockhand-package-'));
try {
	// the shebang line names node and its flags: flags move to execArgv, the line itself would not parse as ESM
	const source = readFileSync(bundle, 'utf8');
	const firstLine = source.slice(0, source.indexOf('\n'));
	const flags = /\snode((?:\s+--\S+)*)\s*$/.exec(firstLine)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
	writeFileSync(join(work, 'cli.mjs'), source.slice(firstLine.startsWith('#!') ? firstLine.length + 1 : 0));
	writeFileSync(join(work, 'loader.cjs'), loader);
	const config = {main: join(work, 'loader.cjs'), output: join(work, 'sea.blob'), disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false, execArgv: flags, assets: {'cli.mjs': join(work, 'cli.mjs')}};
	writeFileSync(join(work, 'sea-config.json'), JSON.stringify(config));
	execFileSync(nodeBinary, ['--experimental-sea-config', join(work, 'sea-config.json')], {stdio: 'pipe'});
	mkdirSync(dirname(out), {recursive: true});
	rmSync(out, {force: true});
	copyFileSync(nodeBinary, out);
	chmodSync(out, 0o755);
	const {inject} = await import('postject');
	// postject reports each ELF note it cannot name on stderr; they are harmless, keep the output to one line
	const quiet = console.warn;
	console.warn = () => {};
	try {
		await inject(out, 'NODE_SEA_BLOB', readFileSync(join(work, 'sea.blob')), {sentinelFuse: fuse});
	} finally {
		console.warn = quiet;
	}
	const size = (readFileSync(out).length / 1024 / 1024).toFixed(1);
	process.stdout.write(`package: ${out} (${size} MB, Node ${nodeVersion}, ${Date.now() - started} ms)\n`);
} finally {
	rmSync(work, {recursive: true, force: true});
}
