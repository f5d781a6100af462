// Cost of the CPU/MEM columns: the built binary in tmux 200×50 against the test daemon with 50
// running containers, through the recording socket proxy, 60 s idle on the container list; once with
// the columns on (--stats-interval 5) and once off (0), plus the daemon alone for its baseline.
// Prints requests per minute (stats vs the rest), visible running rows, dockhand's CPU, the CPU of
// dockerd + containerd + shims, and bytes written to the terminal.
// Usage: npm run bench:stats   (env: DOCKER_HOST or the test socket, DOCKHAND_TEST_STATE; IDLE_SECONDS=60; CONTAINERS=50)
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cliCommand, ensureBuilt, startTmux, type TmuxSession} from '../test/e2e/tmux.js';
import {dockerRequest, startIdleContainers} from '../test/support/docker-http.js';
import {startSocketProxy} from '../test/support/socket-proxy.js';
import {cpuSeconds} from '../test/support/process-usage.js';

const host = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';
const state = process.env.DOCKHAND_TEST_STATE ?? '/var/lib/dockhand-test';
const image = process.env.DOCKHAND_TEST_IMAGE ?? 'dockhand-test/busybox:1';
const count = Number(process.env.CONTAINERS ?? 50);
const idleSeconds = Number(process.env.IDLE_SECONDS ?? 60);
const prefix = `dh-statsbench-${process.pid}`;
const ids: string[] = [];
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
/** A daemon process's CPU seconds, 0 when it exited meanwhile (a shim). */
function cpuSecondsOrZero(pid: number): number {
	try {
		return cpuSeconds(pid);
	} catch {
		return 0;
	}
}

/** dockerd, its containerd and the containers' shims: every process whose command line names this daemon's state. */
function daemonPids(): number[] {
	const pids: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
			if (/dockerd|containerd/.test(cmdline) && cmdline.includes(state)) pids.push(Number(entry));
		} catch {
			// exited while listing
		}
	}
	return pids;
}

const daemonCpu = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuSecondsOrZero(pid), 0);

const createContainers = () => startIdleContainers(host, {image, prefix, count, ids});

type Window = {requestsPerMinute: number; statsPerMinute: number; otherPerMinute: number; visibleRunningRows?: number; dockhandCpuPercent?: number; daemonCpuPercent: number; terminalBytesPerMinute?: number};

async function measure(interval: number | null): Promise<Window> {
	const pids = daemonPids();
	const perMinute = (value: number) => Math.round((value / idleSeconds) * 60 * 10) / 10;
	if (interval === null) {
		const before = daemonCpu(pids);
		await sleep(idleSeconds * 1000);
		return {requestsPerMinute: 0, statsPerMinute: 0, otherPerMinute: 0, daemonCpuPercent: +(((daemonCpu(pids) - before) / idleSeconds) * 100).toFixed(2)};
	}
	const proxy = await startSocketProxy(host.slice('unix://'.length));
	const dir = mkdtempSync(join(tmpdir(), 'dockhand-statsbench-'));
	let session: TmuxSession | undefined;
	try {
		session = await startTmux({columns: 200, rows: 50, exec: true, command: cliCommand(['--stats-interval', String(interval)]), env: {DOCKER_HOST: proxy.host}});
		const screen = await session.waitForText(`${prefix}-00`, 20_000);
		const pid = Number(await session.display('#{pane_pid}'));
		// the first samples and the uptime labels settle (they tick each second for a minute)
		await sleep(15_000);
		const visible = ids.filter((_, index) => screen.includes(`${prefix}-${String(index).padStart(2, '0')}`)).length;
		const output = join(dir, 'terminal.out');
		writeFileSync(output, '');
		await session.pipeOutput(output);
		const mark = proxy.requests.length;
		const cpuBefore = cpuSeconds(pid);
		const daemonBefore = daemonCpu(pids);
		await sleep(idleSeconds * 1000);
		const requests = proxy.requests.slice(mark);
		const stats = requests.filter(request => /\/stats\?/.test(request.path)).length;
		return {
			requestsPerMinute: perMinute(requests.length),
			statsPerMinute: perMinute(stats),
			otherPerMinute: perMinute(requests.length - stats),
			visibleRunningRows: visible,
			dockhandCpuPercent: +(((cpuSeconds(pid) - cpuBefore) / idleSeconds) * 100).toFixed(2),
			daemonCpuPercent: +(((daemonCpu(pids) - daemonBefore) / idleSeconds) * 100).toFixed(2),
			terminalBytesPerMinute: Math.round((statSync(output).size / idleSeconds) * 60),
		};
	} finally {
		await session?.kill();
		await proxy.close();
		rmSync(dir, {recursive: true, force: true});
	}
}

async function main() {
	ensureBuilt();
	const cleanup = () => Promise.all(ids.map(id => dockerRequest(host, 'DELETE', `/containers/${id}?force=1`).catch(() => undefined)));
	process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
	try {
		console.log(`creating ${count} running containers …`);
		await createContainers();
		// uptimes under a minute change every second: measure once they read in minutes
		await sleep(45_000);
		// ONLY_ON=1: the columns-on window alone (a quicker check while tuning)
		const quick = process.env.ONLY_ON === '1';
		const baseline = quick ? {daemonCpuPercent: NaN} as Window : await measure(null);
		const on = await measure(5);
		const off = quick ? on : await measure(0);
		const bound = on.visibleRunningRows! * 12;
		console.log(JSON.stringify({containers: count, idleSeconds, columnsOn: on, columnsOff: off, daemonAlone: baseline, statsRequestBound: `12 × ${on.visibleRunningRows} visible rows = ${bound}/min`}, null, 2));
		console.log(`| | columns on (5 s) | columns off |
|---|---|---|
| daemon requests/min: /stats | ${on.statsPerMinute} (bound ${bound}) | ${off.statsPerMinute} |
| daemon requests/min: the rest | ${on.otherPerMinute} | ${off.otherPerMinute} |
| visible running rows | ${on.visibleRunningRows} | ${off.visibleRunningRows} |
| dockhand CPU | ${on.dockhandCpuPercent} % | ${off.dockhandCpuPercent} % |
| dockerd + containerd + shims CPU (alone: ${baseline.daemonCpuPercent} %) | ${on.daemonCpuPercent} % (caused ${(on.daemonCpuPercent - baseline.daemonCpuPercent).toFixed(2)} %) | ${off.daemonCpuPercent} % (caused ${(off.daemonCpuPercent - baseline.daemonCpuPercent).toFixed(2)} %) |
| terminal bytes/min | ${on.terminalBytesPerMinute} | ${off.terminalBytesPerMinute} |`);
	} finally {
		await cleanup();
	}
}

await main();
