// One table: the UI benchmark (bench/ui-bench.ts, tmux 200×50) against the real test daemon with 50
// running containers, and against the demo engine with 1,000 (950 of its own + the 50 the benchmark
// creates). Usage: npm run bench   (env: DOCKER_HOST or the test socket; IDLE_SECONDS=60)
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {startDemoEngine} from '../source/demo-engine/server.js';

type UiResults = {
	containersOnDaemon: number;
	firstScreenMs: {median: number};
	keyToFrameMs: {p50: number; p95: number};
	eventToScreenMs: {p50: number; p95: number};
	mixedEventToScreenMs: {p50: number; p95: number};
	idle: {seconds: number; cpuSeconds: number; cpuPercent: number; bytesPerMinute: number};
	rssMb: number;
};

const realHost = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';

/** Runs bench/ui-bench.ts as a child (asynchronously: the demo engine answering it lives in this process). */
async function uiBench(host: string, env: Record<string, string> = {}): Promise<UiResults | string> {
	const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'bench/ui-bench.ts'], {env: {...process.env, DOCKER_HOST: host, CONTAINERS: '50', ...env}, stdio: ['ignore', 'pipe', 'inherit']});
	let stdout = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	const status = await new Promise<number | null>(resolve => child.on('close', resolve));
	const json = /\{[\s\S]*\}\s*$/.exec(stdout)?.[0];
	return status === 0 && json ? (JSON.parse(json) as UiResults) : `failed (exit ${status}): ${stdout.trim().split('\n').at(-1) ?? ''}`;
}

const rows: Array<[string, UiResults | string]> = [];
if (process.env.SCALE_BENCH_DEMO_ONLY !== '1') {
	console.error('real daemon, 50 containers …');
	rows.push([`real dockerd (${realHost}), 50 running`, await uiBench(realHost)]);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-scale-'));
const demo = await startDemoEngine({socketPath: path.join(dir, 'docker.sock'), containers: 950});
try {
	console.error('demo engine, 1,000 containers …');
	rows.push(['demo engine, 1,000 (≈860 running)', await uiBench(`unix://${demo.socketPath}`, {DOCKHAND_TEST_IMAGE: 'busybox:1.36'})]);
} finally {
	await demo.close();
	fs.rmSync(dir, {recursive: true, force: true});
}

const cpu = os.cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'} ×${cpu.length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, load ${os.loadavg().map(n => n.toFixed(2)).join(' ')} (shared with other work)`);
console.log(`node ${process.version}, ${new Date().toISOString()}; tmux 200×50; idle over ${process.env.IDLE_SECONDS ?? 60} s; events: another client, one change every ~0.7 s`);
console.log('');
console.log('| conditions | containers | first screen | key→frame p50 / p95 | event→screen p50 / p95 (pause) | event→screen p50 / p95 (mixed) | idle CPU | terminal bytes/min idle | RSS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [label, r] of rows) {
	if (typeof r === 'string') {
		console.log(`| ${label} | ${r} | | | | | | | |`);
		continue;
	}
	console.log(`| ${label} | ${r.containersOnDaemon === 50 && label.startsWith('demo') ? 1000 : r.containersOnDaemon} | ${r.firstScreenMs.median} ms | ${r.keyToFrameMs.p50} / ${r.keyToFrameMs.p95} ms | ${r.eventToScreenMs.p50} / ${r.eventToScreenMs.p95} ms | ${r.mixedEventToScreenMs.p50} / ${r.mixedEventToScreenMs.p95} ms | ${Math.round(r.idle.cpuSeconds * 1000)} ms / ${r.idle.seconds} s (${r.idle.cpuPercent} %) | ${r.idle.bytesPerMinute} | ${r.rssMb} MB |`);
}
