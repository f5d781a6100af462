// Logs benchmark: a real container writing as fast as it can, its logs open in dockhand in tmux
// 200×50 for 30 s. Measures key→frame latency (toggle timestamps with `t`, time until the screen
// shows the change), RSS at 10 s and 30 s, CPU, and lines/s consumed vs produced — for counter
// lines, 200-character lines and 100 KB lines.
// Usage: npm run bench:logs [-- --target app|pane|shell --seconds 30 --only counter,wide,huge,quiet]   (quiet: a 10 lines/s baseline)
//   app   (default) the built dockhand: filter the list to the container, Enter to open its logs
//   pane  the LogsPane alone, full screen (this script serves it), to separate its cost from the app's
//   shell the floor: a bare shell in the same tmux during the same flood; the key is a typed
//         character, the frame the one that echoes it (what any program could do at best here)
//   LOGS_BENCH_MEMORY_LOG=FILE (pane): the served pane appends its memory figures to FILE each second
//   LOGS_BENCH_NODE_OPTIONS='--cpu-prof …' (app/pane): NODE_OPTIONS for the measured process (a profile, a preload)
//   LOGS_BENCH_PRESSES=1: print every press's latency (ms) to stderr
import {appendFileSync} from 'node:fs';
import {dockerRequest as requestDaemon} from '../test/support/docker-http.js';
import {join} from 'node:path';
import {tmpdir} from 'node:os';
import {cliCommand, ensureBuilt, shellQuote, startTmux, type TmuxSession} from '../test/e2e/tmux.js';
import {percentile} from '../test/support/mixed-actions.js';
import {cpuSeconds, memory} from '../test/support/process-usage.js';

const host = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';
const image = process.env.DOCKHAND_TEST_IMAGE ?? 'dockhand-test/busybox:1';
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};

const scenarios = {
	counter: `i=0; while :; do i=$((i+1)); echo "line $i"; done`,
	wide: `p=$(head -c 190 /dev/zero | tr '\\0' w); i=0; while :; do i=$((i+1)); echo "line $i $p"; done`,
	quiet: `i=0; while :; do i=$((i+1)); echo "line $i"; sleep 0.1; done`,
	huge: `p=$(head -c 102400 /dev/zero | tr '\\0' h); i=0; while :; do i=$((i+1)); echo "line $i $p"; done`,
} as const;
type Scenario = keyof typeof scenarios;

// latin1: the logs answer is framed binary
const dockerRequest = (method: string, path: string, body?: unknown) =>
	requestDaemon(host, method, `/v1.41${path}`, body).then(({status, raw}) => ({status, body: raw.toString('latin1')}));

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const rssMb = (pid: number) => memory(pid).rss;

/** The newest "line N" on screen. */
const newestOnScreen = (screen: string) => Math.max(0, ...[...screen.matchAll(/line (\d+)/g)].map(match => Number(match[1])));
const timestamped = (screen: string) => /\d\d:\d\d:\d\d\.\d{3} line \d+/.test(screen);

/** The last line the container wrote, as the daemon has it (what was produced). */
async function producedSoFar(id: string): Promise<number> {
	const {body} = await dockerRequest('GET', `/containers/${id}/logs?stdout=1&tail=20`);
	return Math.max(0, ...[...body.matchAll(/line (\d+)/g)].map(match => Number(match[1])));
}

async function openLogs(target: string, id: string, name: string): Promise<{session: TmuxSession; pid: number}> {
	if (target === 'shell') {
		const session = await startTmux({columns: 200, rows: 50, shell: true});
		await session.waitForText('$', 5000);
		return {session, pid: Number(await session.display('#{pane_pid}'))};
	}
	const env = {NODE_ENV: 'production', DOCKER_HOST: host, NODE_COMPILE_CACHE: join(tmpdir(), 'dockhand-bench-cache'), LOGS_BENCH_MEMORY_LOG: process.env.LOGS_BENCH_MEMORY_LOG, NODE_OPTIONS: process.env.LOGS_BENCH_NODE_OPTIONS};
	if (target === 'pane') {
		// this very script (bundled by run-ts) serves the pane in the tmux session
		const session = await startTmux({columns: 200, rows: 50, exec: true, env, command: [process.execPath, process.argv[1]!, '--serve-pane', id].map(shellQuote).join(' ')});
		await session.waitForText('● live', 20_000);
		return {session, pid: Number(await session.display('#{pane_pid}'))};
	}
	const session = await startTmux({columns: 200, rows: 50, exec: true, env, command: cliCommand()});
	await session.waitForText(name, 20_000);
	await session.sendKeys('/');
	await session.waitForText(/^\/.*\(\d+\/\d+\)/m);
	await session.sendText(name);
	await session.waitForText(/\(1\/\d+\)/);
	// Enter keeps the filter and opens the container; under load a key can take a while, so check each step
	for (let attempt = 0; attempt < 5 && !/G follow/.test(await session.capture()); attempt++) {
		await session.sendKeys('Enter');
		await session.waitForText('G follow', 3000).catch(() => undefined);
	}
	await session.waitForText(/G follow[^\n]*\n?[^\n]*$/, 5000).catch(() => {
		throw new Error('the logs did not get the keyboard');
	});
	await session.waitForText('● live', 20_000);
	return {session, pid: Number(await session.display('#{pane_pid}'))};
}

async function runScenario(scenario: Scenario, target: string, seconds: number) {
	const name = `dh-logsbench-${process.pid}-${scenario}`;
	const created = await dockerRequest('POST', `/containers/create?name=${name}`, {
		Image: image, Cmd: ['sh', '-c', `trap exit TERM; ${scenarios[scenario]}`], Labels: {'dockhand.test': '1'}, HostConfig: {NetworkMode: 'none'},
	});
	if (created.status !== 201) throw new Error(`create: ${created.status} ${created.body}`);
	const id = (JSON.parse(created.body) as {Id: string}).Id;
	let session: TmuxSession | undefined;
	try {
		await dockerRequest('POST', `/containers/${id}/start`);
		const containerStarted = performance.now();
		const opened = await openLogs(target, id, name);
		session = opened.session;
		const {pid} = opened;
		const started = performance.now();
		const cpuStart = cpuSeconds(pid);
		const latencies: number[] = [];
		const consumed: Array<{at: number; line: number}> = [];
		const rss: Record<string, number> = {};
		let timestamps = false;
		let timeouts = 0;
		while (performance.now() - started < seconds * 1000) {
			const elapsed = (performance.now() - started) / 1000;
			const mark = `${Math.floor(elapsed / 10) * 10}s`; // RSS every 10 s: flat, or growing?
			if (elapsed >= 10 && rss[mark] === undefined) rss[mark] = +rssMb(pid).toFixed(1);
			const pressed = performance.now();
			const typed = `k${latencies.length}x`;
			if (target === 'shell') await session.sendText(typed);
			else await session.sendKeys('t');
			timestamps = !timestamps;
			let screen = '';
			for (;;) {
				screen = await session.capture();
				if (target === 'shell' ? screen.includes(typed) : timestamped(screen) === timestamps) break;
				if (performance.now() - pressed > 5000) {
					timeouts++;
					break;
				}
				// each capture runs a tmux client: poll gently so the probe does not steal the CPU it measures
				await sleep(4);
			}
			latencies.push(performance.now() - pressed);
			consumed.push({at: performance.now(), line: newestOnScreen(screen)});
			if (target === 'shell') await session.sendKeys('C-u');
			await sleep(500);
		}
		if (process.env.LOGS_BENCH_PRESSES) console.error(JSON.stringify(latencies.map(Math.round)));
		rss[`${seconds}s`] = +rssMb(pid).toFixed(1);
		const cpu = cpuSeconds(pid) - cpuStart;
		const finalScreen = await session.capture();
		const header = finalScreen.split('\n').find(line => line.includes('tail ')) ?? '';
		if (timeouts > 0) console.error(`${scenario}: ${timeouts} presses showed nothing within 5 s; the screen:\n${finalScreen}`);
		const produced = await producedSoFar(id);
		const producedSeconds = (performance.now() - containerStarted) / 1000;
		const first = consumed.find(sample => sample.line > 0) ?? consumed[0]!;
		const last = consumed.at(-1)!;
		return {
			scenario,
			keyToFrameMs: {p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)), max: Math.round(Math.max(...latencies)), presses: latencies.length, timeouts},
			rssMb: rss,
			cpuPercent: +((cpu / seconds) * 100).toFixed(1),
			linesPerSecond: {
				shown: Math.round((last.line - first.line) / ((last.at - first.at) / 1000)),
				produced: Math.round(produced / producedSeconds),
				newestShown: last.line,
				newestProduced: produced,
			},
			header: header.trim().replace(/\s+/g, ' '),
		};
	} finally {
		await session?.kill();
		await dockerRequest('DELETE', `/containers/${id}?force=1`).catch(() => undefined);
	}
}

async function servePane(id: string) {
	const [{render}, React, {createEngine}, {resolveEndpoint}, {createDaemonStore}, {createLogService}, {CommandRouter}, {LogsPane}, {ServicesProvider}] = await Promise.all([
		import('ink'), import('react'), import('../source/engine/create-engine.js'), import('../source/engine/endpoint.js'), import('../source/store/daemon-store.js'),
		import('../source/store/logs/log-service.js'), import('../source/ui/hooks/use-commands.js'), import('../source/ui/logs/logs-pane.js'), import('../source/ui/services-context.js'),
	]);
	const engine = createEngine(resolveEndpoint({host}));
	const store = createDaemonStore(engine);
	store.start();
	const logs = createLogService(engine, store);
	const services = {store, logs, actions: undefined as never, readOnly: false, endpoint: engine.endpoint, runExternal: <T,>(fn: () => Promise<T>) => fn(), inspectImage: engine.inspectImage, imageHistory: engine.imageHistory};
	const memoryLog = process.env.LOGS_BENCH_MEMORY_LOG;
	if (memoryLog) {
		// once a second: RSS, V8 heap used/total, external and ArrayBuffer memory (MB)
		setInterval(() => {
			const m = process.memoryUsage();
			appendFileSync(memoryLog, `${[m.rss, m.heapUsed, m.heapTotal, m.external, m.arrayBuffers].map(value => Math.round(value / 1e6)).join(' ')}\n`);
		}, 1000).unref();
	}
	const h = React.createElement;
	render(h(ServicesProvider, {services}, h(CommandRouter, {focused: ['logs', 'detail']}, h(LogsPane, {containerIds: [id], width: process.stdout.columns, height: process.stdout.rows, focused: true}))), {
		alternateScreen: true, exitOnCtrlC: true, incrementalRendering: true,
	});
}

async function main() {
	const serve = args.indexOf('--serve-pane');
	if (serve >= 0) return servePane(args[serve + 1]!);
	const target = option('target', 'app');
	const seconds = Number(option('seconds', '30'));
	const only = option('only', 'counter,wide,huge').split(',') as Scenario[];
	if (target === 'app') ensureBuilt();
	const results = [];
	for (const scenario of only) {
		console.error(`${scenario}: ${seconds} s …`);
		results.push(await runScenario(scenario, target, seconds));
	}
	console.log(JSON.stringify({target, seconds, results}, null, 2));
}

await main();
