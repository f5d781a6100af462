// Startup cost of the bundled CLI: median of 5 runs of `dist/cli.js version`, `--help` and bare
// `node -e 0`, wall time and peak RSS, with and without Node's on-disk compile cache.
// Run: npm run bench:startup  (DOCKER_HOST picks the daemon; default: the test daemon socket)
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const runs = 5;
const cli = process.env.DOCKHAND_CLI ?? join(process.cwd(), 'dist', 'cli.js');
const host = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';
// The child reports its own peak RSS (KiB) on fd 3 as it exits.
const reportRss = `data:text/javascript,import {writeSync} from 'node:fs'; process.on('exit', () => { try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });`;

type Sample = {ms: number; rssMb: number; code: number};

function once(args: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, ['--import', reportRss, ...args], {env: {...process.env, ...env}, stdio: ['ignore', 'ignore', 'ignore', 'pipe']});
		let rss = '';
		child.stdio[3]!.on('data', (data: Buffer) => (rss += data.toString()));
		child.on('error', reject);
		child.on('close', code => resolve({ms: performance.now() - started, rssMb: Number(rss) / 1024, code: code ?? 1}));
	});
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(label: string, args: string[], env: NodeJS.ProcessEnv = {}, expectedCode = 0): Promise<void> {
	await once(args, env); // warm the page cache (and the compile cache, when on)
	const samples: Sample[] = [];
	for (let i = 0; i < runs; i++) samples.push(await once(args, env));
	const failed = samples.filter(s => s.code !== expectedCode).length;
	const ms = median(samples.map(s => s.ms)).toFixed(0).padStart(5);
	const rss = median(samples.map(s => s.rssMb)).toFixed(1).padStart(6);
	console.log(`${label.padEnd(44)} ${ms} ms ${rss} MB${failed ? `  (${failed} runs exited with an unexpected code)` : ''}`);
}

if (!existsSync(cli)) {
	console.error('dist/cli.js missing: run `npm run build` first (npm run bench:startup does)');
	process.exit(1);
}
const cacheDir = mkdtempSync(join(tmpdir(), 'dockhand-compile-cache-'));
console.log(`median of ${runs} runs (after one warm-up), Node ${process.version}, daemon ${host}`);
await measure('node -e 0 (baseline)', ['-e', '0']);
await measure('dockhand --help', [cli, '--help']);
await measure('dockhand version', [cli, 'version'], {DOCKER_HOST: host});
await measure('dockhand version --json', [cli, 'version', '--json'], {DOCKER_HOST: host});
await measure('dockhand --help (NODE_COMPILE_CACHE)', [cli, '--help'], {NODE_COMPILE_CACHE: cacheDir});
await measure('dockhand version (NODE_COMPILE_CACHE)', [cli, 'version'], {DOCKER_HOST: host, NODE_COMPILE_CACHE: cacheDir});
await measure('dockhand version, unreachable daemon', [cli, 'version', '-H', 'unix:///nonexistent'], {}, 1);
rmSync(cacheDir, {recursive: true, force: true});
