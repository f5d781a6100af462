// Idle memory: the built binary in tmux 200×50 against the test daemon with 50 running containers.
// Several sessions side by side (single runs vary by a few MB with when glibc and V8 return memory),
// with the CPU/MEM columns on (the default) and off: VmRSS / RssAnon / RssFile 30 s after the list
// showed (and once the containers' uptimes tick in minutes, not seconds), then after activity (40
// selection moves, each showing that container's logs) and 60 s idle.
// Usage: npm run bench:memory   (env: DOCKER_HOST or the test socket; SESSIONS=3; CONTAINERS=50;
//   SETTLE_SECONDS=30; MOVES=40; IDLE_SECONDS=60; COLUMNS=both|on|off;
//   NODE_FLAGS='…' adds Node flags after the CLI's own, to compare settings without a rebuild)
import {loadavg} from 'node:os';
import {cliCommand, cliShebang, ensureBuilt, startTmux, type TmuxSession} from '../test/e2e/tmux.js';
import {dockerRequest, startIdleContainers} from '../test/support/docker-http.js';
import {memory} from '../test/support/process-usage.js';

const host = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';
const image = process.env.DOCKHAND_TEST_IMAGE ?? 'dockhand-test/busybox:1';
const count = Number(process.env.CONTAINERS ?? 50);
const sessionCount = Number(process.env.SESSIONS ?? 3);
const settleSeconds = Number(process.env.SETTLE_SECONDS ?? 30);
const moves = Number(process.env.MOVES ?? 40);
const idleSeconds = Number(process.env.IDLE_SECONDS ?? 60);
const modes = process.env.COLUMNS === 'on' ? ['on'] : process.env.COLUMNS === 'off' ? ['off'] : ['on', 'off'];
const extraFlags = (process.env.NODE_FLAGS ?? '').split(' ').filter(Boolean);
const prefix = `dh-membench-${process.pid}`;
const ids: string[] = [];
const sessions: TmuxSession[] = [];
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

type Reading = {rss: number; anon: number; file: number};

const command = (statsInterval: number) => cliCommand(['--stats-interval', String(statsInterval)], extraFlags);

const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
const describe = (readings: Reading[]) => ({rssMb: range(readings.map(r => r.rss)), anonMb: range(readings.map(r => r.anon)), fileMb: range(readings.map(r => r.file)), runs: readings.map(r => +r.rss.toFixed(1))});

async function measure(mode: string, createdAt: number) {
	const started: {session: TmuxSession; pid: number; shownAt: number}[] = [];
	for (let index = 0; index < sessionCount; index++) {
		const session = await startTmux({columns: 200, rows: 50, exec: true, command: command(mode === 'on' ? 5 : 0), env: {DOCKER_HOST: host}});
		sessions.push(session);
		await session.waitForText(`${prefix}-00`, 20_000);
		started.push({session, pid: Number(await session.display('#{pane_pid}')), shownAt: Date.now()});
		await sleep(1000);
	}
	// uptimes under a minute tick every second (a render each): idle is measured after that
	await sleep(Math.max(0, started[0]!.shownAt + settleSeconds * 1000 - Date.now(), createdAt + 65_000 - Date.now()));
	const idle = started.map(({pid}) => memory(pid));
	// each session in turn, a person's pace: every move shows another container's logs
	for (let move = 0; move < moves; move++) {
		for (const {session} of started) await session.sendKeys('j');
		await sleep(150);
	}
	await sleep(idleSeconds * 1000);
	const after = started.map(({pid}) => memory(pid));
	await Promise.all(started.map(({session}) => session.kill()));
	return {columns: mode, [`idle${settleSeconds}s`]: describe(idle), [`after${moves}MovesAnd${idleSeconds}sIdle`]: describe(after)};
}

async function main() {
	ensureBuilt();
	process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
	try {
		console.log(`creating ${count} running containers …`);
		await startIdleContainers(host, {image, prefix, count, ids});
		const createdAt = Date.now();
		const results = [];
		for (const mode of modes) results.push(await measure(mode, createdAt));
		console.log(JSON.stringify({sessions: sessionCount, containers: count, nodeFlags: [...cliShebang().flags, ...extraFlags].join(' '), loadAverage: loadavg().map(load => +load.toFixed(2)), results}, null, 2));
	} finally {
		await cleanup();
	}
}

async function cleanup() {
	await Promise.all(sessions.map(session => session.kill().catch(() => undefined)));
	await Promise.all(ids.map(id => dockerRequest(host, 'DELETE', `/containers/${id}?force=1`).catch(() => undefined)));
}

await main();
