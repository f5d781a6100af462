// One table: the UI benchmark (bench/ui-bench.ts, tmux 200×50) against the real test daemon with 50
// running containers and against the demo engine with 1,000 (950 of its own + the 50 the benchmark
// creates), plus the log flood (bench/logs-bench.ts, counter scenario) on the real daemon.
// Usage: npm run bench   (env: DOCKER_HOST or the test socket)
//        npm run bench -- --quick   (10 s idle windows, fewer samples, 10 s flood: for iterating)
//        SCALE_BENCH_DEMO_ONLY=1 skips the real daemon (and the flood, which needs a real container).
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {startDemoEngine} from '../source/demo-engine/server.js';

type Figures = {p50: number; p95: number; max: number; samples?: number; presses?: number};
type UiResults = {
	containersOnDaemon: number;
	firstScreenMs: {median: number; runs: number[]};
	keyToFrameMs: Figures;
	scrollKeyToFrameMs: Figures;
	eventToScreenMs: Figures;
	mixedEventToScreenMs: Figures;
	burstEventToScreenMs: Figures & {size: number; missed: number};
	idle: {seconds: number; cpuSeconds: number; cpuPercent: number; bytesPerMinute: number; requestsPerMinute: number};
	rssMb: number;
};
type FloodResults = {seconds: number; results: Array<{keyToFrameMs: Figures; rssMb: Record<string, number>; cpuPercent: number; linesPerSecond: {shown: number; produced: number}}>};

const quick = process.argv.includes('--quick');
const realHost = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';
const idleSeconds = quick ? 10 : 60;
const floodSeconds = quick ? 10 : 30;

/** Runs a bench script as a child (asynchronously: the demo engine answering it lives in this process); its last JSON object. */
async function child<T>(script: string, args: string[], env: Record<string, string>): Promise<T | string> {
	const run = spawn(process.execPath, ['scripts/run-ts.mjs', script, ...args], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'inherit']});
	let stdout = '';
	run.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	const status = await new Promise<number | null>(resolve => run.on('close', resolve));
	const json = /^\{[\s\S]*\}\s*$/m.exec(stdout)?.[0];
	return status === 0 && json ? (JSON.parse(json) as T) : `failed (exit ${status}): ${stdout.trim().split('\n').at(-1) ?? ''}`;
}

const uiBench = (host: string, env: Record<string, string> = {}) =>
	child<UiResults>('bench/ui-bench.ts', [], {DOCKER_HOST: host, CONTAINERS: '50', IDLE_SECONDS: String(idleSeconds), QUICK: quick ? '1' : '', ...env});

type Column = {label: string; ui: UiResults | string; flood: FloodResults | string};
const columns: Column[] = [];
const started = new Date();
const loadBefore = os.loadavg();
if (process.env.SCALE_BENCH_DEMO_ONLY !== '1') {
	console.error('real daemon, 50 containers …');
	const ui = await uiBench(realHost);
	console.error(`real daemon, log flood for ${floodSeconds} s …`);
	const flood = await child<FloodResults>('bench/logs-bench.ts', ['--only', 'counter', '--seconds', String(floodSeconds)], {DOCKER_HOST: realHost});
	columns.push({label: 'real dockerd 20.10, 50 running', ui, flood});
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-scale-'));
const demo = await startDemoEngine({socketPath: path.join(dir, 'docker.sock'), containers: 950});
try {
	console.error('demo engine, 1,000 containers …');
	const ui = await uiBench(`unix://${demo.socketPath}`, {DOCKHAND_TEST_IMAGE: 'busybox:1.36'});
	columns.push({label: 'demo engine, 1,000 (≈860 running)', ui, flood: 'n/a: demo containers run no process'});
} finally {
	await demo.close();
	fs.rmSync(dir, {recursive: true, force: true});
}

const ms = (value: number) => `${Math.round(value)} ms`;
const pair = (f: Figures) => `${ms(f.p50)} / ${ms(f.p95)}`;
const ui = (pick: (r: UiResults) => string) => (c: Column) => (typeof c.ui === 'string' ? c.ui : pick(c.ui));
const flood = (pick: (r: FloodResults['results'][number]) => string) => (c: Column) => (typeof c.flood === 'string' ? c.flood : c.flood.results[0] ? pick(c.flood.results[0]) : 'no result');
const rows: Array<[string, string, string, (c: Column) => string]> = [
	['first screen with the list', 'launch → names on screen, median of 3 (1 in quick mode)', '≤ 1 s', ui(r => ms(r.firstScreenMs.median))],
	['RSS after the idle window', 'VmRSS of the dockhand process', '≤ 200 MB', ui(r => `${r.rssMb} MB`)],
	['CPU while idle', `no keys, nothing changed by anyone, ${idleSeconds} s (demo: its simulated life goes on)`, '≤ 1 % of a core', ui(r => `${Math.round(r.idle.cpuSeconds * 1000)} ms (${r.idle.cpuPercent} %)`)],
	['daemon requests per minute, idle', 'counted by a socket proxy in front of the daemon, same window', '', ui(r => String(r.idle.requestsPerMinute))],
	['terminal bytes per minute, idle', 'tmux pipe-pane, same window', '', ui(r => `${(r.idle.bytesPerMinute / 1024).toFixed(1)} KB`)],
	['event → screen p50 / p95, person\'s pace', 'another client pauses/unpauses a visible container, one change every ~0.7 s', '', ui(r => pair(r.eventToScreenMs))],
	['event → screen p50 / p95, mixed actions', 'pause, unpause, stop, start, kill, restart at ~0.7 s; from the daemon\'s answer', '', ui(r => pair(r.mixedEventToScreenMs))],
	['event → screen p50 / p95, burst', 'another client pauses (then unpauses) 20 visible containers at once; each row from its daemon answer', '', ui(r => `${pair(r.burstEventToScreenMs)}${r.burstEventToScreenMs.missed ? ` (${r.burstEventToScreenMs.missed} rows not shown within 10 s)` : ''}`)],
	['key → frame p50 / p95, moving', 'j/k on the list, first output byte after the key', '', ui(r => pair(r.keyToFrameMs))],
	['key → frame p50 / p95, scrolling', 'PgDn/PgUp: every visible row redrawn', '≤ 50 ms p95', ui(r => pair(r.scrollKeyToFrameMs))],
	['log flood: lines/s shown of produced', `one container writing "line N" as fast as it can, its logs open, ${floodSeconds} s`, '', flood(r => `${r.linesPerSecond.shown} of ${r.linesPerSecond.produced}`)],
	['log flood: key → frame p50 / p95', '`t` toggles timestamps during the flood', '', flood(r => pair(r.keyToFrameMs))],
	['log flood: CPU, RSS at the end', 'dockhand process', '', flood(r => `${r.cpuPercent} %, ${Object.values(r.rssMb).at(-1)} MB`)],
];

const cpu = os.cpus();
const loadAfter = os.loadavg();
console.log(`machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'} ×${cpu.length}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}; load before ${loadBefore.map(n => n.toFixed(2)).join(' ')}, after ${loadAfter.map(n => n.toFixed(2)).join(' ')}${Math.max(loadBefore[0]!, loadAfter[0]!) > 1 ? ' (shared with other work)' : ''}`);
console.log(`node ${process.version}; ${started.toISOString()}; tmux 200×50${quick ? '; QUICK mode (10 s idle, fewer samples): not for the README' : ''}`);
console.log('');
console.log(`| figure | conditions | target (1,000) | ${columns.map(c => c.label).join(' | ')} |`);
console.log(`| --- | --- | --- | ${columns.map(() => '---').join(' | ')} |`);
for (const [figure, conditions, target, value] of rows) console.log(`| ${figure} | ${conditions} | ${target} | ${columns.map(value).join(' | ')} |`);
