// UI benchmark: the built binary in tmux 200×50 against the shared test daemon with 50 running
// containers. Measures first screen (launch → names visible), key→frame latency for j/k (first
// output byte after the key), event→screen (another client pauses a container → its row shows it;
// and a mixed sequence at a person's pace: pause, unpause, stop, start, kill, restart; and a burst: 20
// containers paused at once), key→frame while scrolling (PgDn/PgUp), and over the idle window: CPU,
// terminal bytes, daemon requests (the measured session talks through a recording socket proxy), RSS.
// Usage: npm run bench:ui   (env: DOCKER_HOST or the test socket; IDLE_SECONDS=60; CONTAINERS=50;
//   QUICK=1: fewer samples, 10 s idle, no wait for uptimes to turn into minutes — for iterating)
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {dockerRequest} from '../test/support/docker-http.js';
import {ensureBuilt, startTmux, type TmuxSession} from '../test/e2e/tmux.js';
import {actionGapMs, mixedActions, percentile} from '../test/support/mixed-actions.js';
import {startSocketProxy, type SocketProxy} from '../test/support/socket-proxy.js';
import {cpuSeconds, memory} from '../test/support/process-usage.js';

const host = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';
const image = process.env.DOCKHAND_TEST_IMAGE ?? 'dockhand-test/busybox:1';
const count = Number(process.env.CONTAINERS ?? 50);
const quick = process.env.QUICK === '1';
const idleSeconds = Number(process.env.IDLE_SECONDS ?? (quick ? 10 : 60));
const prefix = `dh-uibench-${process.pid}`;
const ids: string[] = [];
const sessions: TmuxSession[] = [];
let proxy: SocketProxy | undefined;

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const median = (values: number[]) => percentile(values, 50);

async function createContainers() {
	for (let index = 0; index < count; index++) {
		const name = `${prefix}-${String(index).padStart(2, '0')}`;
		const body = {Image: image, Cmd: ['sh', '-c', 'trap exit TERM; while :; do sleep 1; done'], Labels: {'dockhand.test': '1'}, HostConfig: {NetworkMode: 'none'}};
		const created = await dockerRequest(host, 'POST', `/containers/create?name=${name}`, body);
		if (created.status !== 201) throw new Error(`create ${name}: ${created.status} ${created.body}`);
		const {Id} = JSON.parse(created.body) as {Id: string};
		ids.push(Id);
	}
	await Promise.all(ids.map(id => dockerRequest(host, 'POST', `/containers/${id}/start`)));
}

async function cleanup() {
	await Promise.all(sessions.map(session => session.kill()));
	await proxy?.close();
	await Promise.all(ids.map(id => dockerRequest(host, 'DELETE', `/containers/${id}?force=1`).catch(() => undefined)));
}

async function launch(through = host): Promise<{session: TmuxSession; firstScreenMs: number; pid: number}> {
	const started = performance.now();
	const session = await startTmux({columns: 200, rows: 50, exec: true, env: {DOCKER_HOST: through, NODE_COMPILE_CACHE: join(tmpdir(), 'dockhand-bench-cache')}});
	sessions.push(session);
	await session.waitForText(`${prefix}-00`, 20_000);
	const firstScreenMs = performance.now() - started;
	return {session, firstScreenMs, pid: Number(await session.display('#{pane_pid}'))};
}

/** Time from each key to the first byte of output after it; `keyOf(index)` names the key. */
async function keyLatencies(session: TmuxSession, file: string, presses: number, keyOf = (index: number): string => (index % 10 < 5 ? 'j' : 'k')): Promise<number[]> {
	const latencies: number[] = [];
	for (let index = 0; index < presses; index++) {
		const before = statSync(file).size;
		const started = performance.now();
		await session.sendKeys(keyOf(index));
		while (statSync(file).size === before) {
			if (performance.now() - started > 2000) throw new Error('no frame within 2 s of a key');
			await sleep(1);
		}
		latencies.push(performance.now() - started);
		await sleep(120);
	}
	return latencies;
}

/** Another client pauses (then unpauses) a visible container: time until its row shows the new state. */
async function eventLatencies(session: TmuxSession, samples: number): Promise<number[]> {
	const latencies: number[] = [];
	for (let index = 0; index < samples; index++) {
		const name = `${prefix}-${String(index % Math.min(count, 20)).padStart(2, '0')}`;
		for (const [action, word] of [['pause', 'paused'], ['unpause', 'running']] as const) {
			const started = performance.now();
			await dockerRequest(host, 'POST', `/containers/${ids[index % Math.min(count, 20)]}/${action}`);
			await session.waitUntil(screen => new RegExp(`${name}\\s+${word}`).test(screen), 5000);
			latencies.push(performance.now() - started);
			// one change at a time, as when something happens elsewhere
			await sleep(actionGapMs);
		}
	}
	return latencies;
}

/** Another client runs the mixed sequence on one visible container: from the daemon's answer (its event was sent before) until the row shows the state. */
async function mixedLatencies(session: TmuxSession, rounds: number): Promise<number[]> {
	const latencies: number[] = [];
	const index = Math.min(count - 1, 20); // visible, and not one the pause samples used
	const name = `${prefix}-${String(index).padStart(2, '0')}`;
	for (let round = 0; round < rounds; round++) {
		for (const {action, query = '', state} of mixedActions) {
			const answer = await dockerRequest(host, 'POST', `/containers/${ids[index]}/${action}${query}`);
			if (answer.status >= 300 && answer.status !== 304) throw new Error(`${action} ${name}: ${answer.status} ${answer.body}`);
			const answered = performance.now();
			await session.waitUntil(screen => new RegExp(`${name}\\s+${state}`).test(screen), 10_000);
			latencies.push(performance.now() - answered);
			await sleep(actionGapMs);
		}
	}
	return latencies;
}

/**
 * A burst: another client pauses 20 visible containers at once (then unpauses them): for each row,
 * the time from the daemon's answer for it until the screen shows its new state.
 */
async function burstLatencies(session: TmuxSession, rounds: number): Promise<{latencies: number[]; missed: number}> {
	const size = Math.min(count, 20);
	const latencies: number[] = [];
	let missed = 0;
	for (let round = 0; round < rounds; round++) {
		for (const [action, word] of [['pause', 'paused'], ['unpause', 'running']] as const) {
			const rows = ids.slice(0, size).map((_, index) => new RegExp(`${prefix}-${String(index).padStart(2, '0')}\\s+${word}`));
			const seen = new Map<number, number>();
			const answered = new Map<number, number>();
			const started = performance.now();
			const answers = Promise.all(ids.slice(0, size).map(async (id, index) => {
				const answer = await dockerRequest(host, 'POST', `/containers/${id}/${action}`);
				if (answer.status >= 300) throw new Error(`burst ${action} ${id}: ${answer.status} ${answer.body}`);
				answered.set(index, performance.now());
			}));
			while (seen.size < size) {
				if (performance.now() - started > 10_000) {
					// counted, not fatal: the table says how many rows never showed the change
					missed += size - seen.size;
					console.error(`burst ${action}: ${size - seen.size} rows not shown within 10 s`);
					break;
				}
				const screen = await session.capture();
				const now = performance.now();
				rows.forEach((row, index) => {
					if (!seen.has(index) && row.test(screen)) seen.set(index, now);
				});
			}
			await answers;
			// from each container's answer (its event came before it), as the mixed sequence; 0 when the row changed first
			for (const [index, at] of seen) latencies.push(Math.max(0, at - answered.get(index)!));
			await sleep(actionGapMs * 3);
		}
	}
	return {latencies, missed};
}

const summary = (values: number[]) => ({p50: +percentile(values, 50).toFixed(1), p95: +percentile(values, 95).toFixed(1), max: +Math.max(...values).toFixed(1), samples: values.length});

async function main() {
	ensureBuilt();
	const dir = mkdtempSync(join(tmpdir(), 'dockhand-uibench-'));
	process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
	try {
		console.log(`creating ${count} running containers …`);
		await createContainers();
		const createdAt = Date.now();

		const firstScreens: number[] = [];
		for (let run = 0; run < (quick ? 1 : 3); run++) {
			const {session, firstScreenMs} = await launch();
			firstScreens.push(firstScreenMs);
			await session.kill();
		}

		// the measured session talks through a recording proxy: its daemon requests are counted
		proxy = await startSocketProxy(host.replace(/^unix:\/\//, ''));
		const {session, pid} = await launch(proxy.host);
		await sleep(1000);
		const output = join(dir, 'terminal.out');
		writeFileSync(output, '');
		await session.pipeOutput(output);
		const latencies = await keyLatencies(session, output, quick ? 20 : 40);
		// PgDn/PgUp: every press moves the list by a page, so each frame redraws every visible row
		const scrolling = await keyLatencies(session, output, quick ? 10 : 30, index => (index % 2 === 0 ? 'NPage' : 'PPage'));
		await session.sendKeys('g');
		const events = await eventLatencies(session, quick ? 5 : 15);
		const mixed = await mixedLatencies(session, quick ? 1 : 3);
		const burst = await burstLatencies(session, quick ? 1 : 3);

		// Uptimes under a minute tick every second; measure idle once they changed to minutes.
		const settle = quick ? 3000 : Math.max(3000, createdAt + 65_000 - Date.now());
		console.log(`waiting ${Math.round(settle / 1000)} s for the screen to settle …`);
		await sleep(settle);
		const bytesBefore = statSync(output).size;
		const cpuBefore = cpuSeconds(pid);
		const requestsBefore = proxy.requests.length;
		await sleep(idleSeconds * 1000);
		const cpu = cpuSeconds(pid) - cpuBefore;
		const bytes = statSync(output).size - bytesBefore;
		const requests = proxy.requests.length - requestsBefore;
		const {rss, peak, anon, file} = memory(pid);

		const results = {
			containersOnDaemon: ids.length,
			firstScreenMs: {median: Math.round(median(firstScreens)), runs: firstScreens.map(Math.round)},
			keyToFrameMs: {...summary(latencies), presses: latencies.length},
			scrollKeyToFrameMs: {...summary(scrolling), presses: scrolling.length},
			eventToScreenMs: summary(events),
			mixedEventToScreenMs: summary(mixed),
			burstEventToScreenMs: {...summary(burst.latencies), size: Math.min(count, 20), missed: burst.missed},
			idle: {
				seconds: idleSeconds, cpuSeconds: +cpu.toFixed(3), cpuPercent: +((cpu / idleSeconds) * 100).toFixed(2), terminalBytes: bytes, bytesPerMinute: Math.round((bytes / idleSeconds) * 60),
				requests, requestsPerMinute: +((requests / idleSeconds) * 60).toFixed(1),
			},
			rssMb: +rss.toFixed(1),
			rssAnonMb: +anon.toFixed(1),
			rssFileMb: +file.toFixed(1),
			peakRssMb: +peak.toFixed(1),
		};
		console.log(JSON.stringify(results, null, 2));
	} finally {
		await cleanup();
		rmSync(dir, {recursive: true, force: true});
	}
}

await main();
