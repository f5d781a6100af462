// Cost of the live store: 50 running containers, the store talking to the daemon THROUGH a recording
// socket proxy. Prints daemon requests per minute while idle (by path), CPU used, and the latency from
// a pause/unpause made by another client to the store notification that shows it.
// Run: npm run bench:sync   (DOCKER_HOST picks the daemon; default: the test daemon socket)
// Env: BENCH_IDLE_S (default 60), BENCH_SAMPLES (default 60), BENCH_CONTAINERS (default 50).
import {dockerRequest} from '../test/support/docker-http.js';
import {waitForState} from '../test/support/wait-for-state.js';
import os from 'node:os';
import {createEngine} from '../source/engine/create-engine.js';
import {resolveEndpoint} from '../source/engine/endpoint.js';
import {createDaemonStore, type DaemonStore} from '../source/store/daemon-store.js';
import {startSocketProxy} from '../test/support/socket-proxy.js';

const host = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';
const image = process.env.DOCKHAND_TEST_IMAGE ?? 'dockhand-test/busybox:1';
const idleSeconds = Number(process.env.BENCH_IDLE_S ?? 60);
const sampleCount = Number(process.env.BENCH_SAMPLES ?? 60);
const containerCount = Number(process.env.BENCH_CONTAINERS ?? 50);
const socketPath = host.replace(/^unix:\/\//, '');

const request = (method: string, path: string, body?: unknown) => dockerRequest(host, method, path, body).then(({status, body: text}) => ({status, text}));

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const countByPath = (requests: Array<{method: string; path: string}>) => {
	const counts = new Map<string, number>();
	for (const {method, path} of requests) {
		const key = `${method} ${path.replace(/^\/v\d+\.\d+/, '').replace(/[0-9a-f]{64}/g, '{id}')}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1]);
};

const ids: string[] = [];
const runId = `${process.pid}-${Date.now().toString(36)}`;
async function cleanup() {
	await Promise.all(ids.splice(0).map(id => request('DELETE', `/containers/${id}?force=1`).catch(() => undefined)));
}
process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

const proxy = await startSocketProxy(socketPath);
const engine = createEngine(resolveEndpoint({host: proxy.host}));
const other = createEngine(resolveEndpoint({host})); // "another client": straight to the daemon
const store = createDaemonStore(engine);
// Other clients of a shared daemon cause events (and so targeted fetches): count them to read the figures.
const foreign = {events: 0, containers: new Set<string>()};
const watch = new AbortController();
const ours = new Set<string>();
void (async () => {
	try {
		for await (const event of other.events({signal: watch.signal})) {
			if (ours.has(event.Actor.ID)) continue;
			foreign.events++;
			if (event.Type === 'container') foreign.containers.add(event.Actor.ID);
		}
	} catch {
		// the bench is ending
	}
})();
const foreignSince = () => {
	const snapshot = {events: foreign.events, containers: foreign.containers.size};
	foreign.events = 0;
	foreign.containers.clear();
	return snapshot;
};
try {
	console.log(`dockhand sync bench — ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, daemon ${host}`);
	const t0 = performance.now();
	for (let i = 0; i < containerCount; i++) {
		const body = {Image: image, Cmd: ['sh', '-c', 'trap exit TERM; while :; do sleep 1; done'], Labels: {'dockhand.test': '1', 'dockhand.bench': runId}, HostConfig: {NetworkMode: 'none'}};
		const created = await request('POST', `/containers/create?name=dh-bench-${runId}-${i}`, body);
		if (created.status !== 201) throw new Error(`create → ${created.status} ${created.text}`);
		ids.push((JSON.parse(created.text) as {Id: string}).Id);
		ours.add(ids.at(-1)!);
	}
	for (let i = 0; i < ids.length; i += 10) await Promise.all(ids.slice(i, i + 10).map(id => other.startContainer(id)));
	console.log(`${containerCount} containers running after ${Math.round(performance.now() - t0)} ms`);

	const connectStarted = performance.now();
	store.start();
	await waitForState(store, state => state.connection.status === 'connected' && ids.every(id => state.containers.get(id)?.state === 'running'), 30_000);
	console.log(`store connected and showing all ${containerCount} running after ${Math.round(performance.now() - connectStarted)} ms; settling 2 s`);
	await new Promise(resolve => setTimeout(resolve, 2000));

	// Phase 1: idle.
	proxy.requests.length = 0;
	foreignSince();
	let notifications = 0;
	const unsubscribe = store.subscribe(() => notifications++);
	const cpuBefore = process.cpuUsage();
	const idleStarted = performance.now();
	await new Promise(resolve => setTimeout(resolve, idleSeconds * 1000));
	const idleCpu = process.cpuUsage(cpuBefore);
	const idleMinutes = (performance.now() - idleStarted) / 60_000;
	const idleRequests = [...proxy.requests];
	const idleForeign = foreignSince();
	console.log(`\nidle ${idleSeconds} s: ${idleRequests.length} daemon requests (${(idleRequests.length / idleMinutes).toFixed(1)}/min), ${notifications} notifications`);
	console.log(`  other clients meanwhile: ${idleForeign.events} events on ${idleForeign.containers} containers not ours (each may cost one targeted fetch)`);
	for (const [path, count] of countByPath(idleRequests)) console.log(`  ${String(count).padStart(4)}  ${path}`);
	console.log(`  CPU ${((idleCpu.user + idleCpu.system) / 1000).toFixed(0)} ms (user ${(idleCpu.user / 1000).toFixed(0)}, system ${(idleCpu.system / 1000).toFixed(0)}) = ${(((idleCpu.user + idleCpu.system) / 1000 / (idleSeconds * 1000)) * 100).toFixed(2)} % of a core (includes the in-process proxy)`);

	// Phase 2: latency from another client's pause/unpause to the notification showing it.
	proxy.requests.length = 0;
	const fromSend: number[] = [];
	const fromAnswer: number[] = [];
	const cpuLatency = process.cpuUsage();
	for (let i = 0; i < sampleCount; i++) {
		const id = ids[Math.floor(i / 2) % ids.length]!;
		const target = i % 2 === 0 ? 'paused' : 'running';
		const sent = performance.now();
		// resolves with the time of the notification itself, which may come before the client's answer
		const shown = waitForState(store, state => state.containers.get(id)?.state === target, 5000).then(ms => sent + ms);
		await (target === 'paused' ? other.pauseContainer(id) : other.unpauseContainer(id));
		const answered = performance.now();
		const notified = await shown;
		fromSend.push(notified - sent);
		fromAnswer.push(notified - answered);
		await new Promise(resolve => setTimeout(resolve, 400 + Math.random() * 200));
	}
	const latencyCpu = process.cpuUsage(cpuLatency);
	const latencyForeign = foreignSince();
	unsubscribe();
	const fmt = (values: number[]) => `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
	console.log(`\nlatency over ${sampleCount} pause/unpause samples by another client:`);
	console.log(`  request sent → store notification:     ${fmt(fromSend)}`);
	console.log(`  daemon answered → store notification:  ${fmt(fromAnswer)} (negative: the store knew before the client did)`);
	console.log(`  other clients meanwhile: ${latencyForeign.events} events on ${latencyForeign.containers} containers not ours`);
	console.log(`  requests by the store meanwhile: ${proxy.requests.length} (${countByPath(proxy.requests).map(([path, count]) => `${count}× ${path}`).join(', ') || 'none'})`);
	console.log(`  CPU during the latency phase ${((latencyCpu.user + latencyCpu.system) / 1000).toFixed(0)} ms (bench client included)`);
} finally {
	watch.abort();
	await store.stop();
	await cleanup();
	await engine.close();
	await other.close();
	await proxy.close();
}
