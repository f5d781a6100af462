// ssh:// against the Unix socket: the built binary in tmux 200×50, the same daemon reached directly
// and through a private sshd on 127.0.0.1 (test/support/sshd.sh; plain ssh per connection, and
// with ControlMaster from the ssh config). Measures first screen (launch → names visible) and
// event → screen (another client pauses/unpauses a visible container → its row shows it); over
// ssh also the ssh processes of a settled session and the logins it makes while idle.
// Usage: npm run bench:ssh   (env: DOCKER_HOST = the test daemon's unix:// socket; CONTAINERS=20; RUNS=5; SAMPLES=10)
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {dockerRequest, startIdleContainers} from '../test/support/docker-http.js';
import {startSshd, type SshClientSetup, type TestSshd} from '../test/support/sshd.js';
import {ensureBuilt, startTmux, type TmuxSession} from '../test/e2e/tmux.js';
import {actionGapMs, percentile} from '../test/support/mixed-actions.js';

const host = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';
const image = process.env.DOCKHAND_TEST_IMAGE ?? 'dockhand-test/busybox:1';
const count = Number(process.env.CONTAINERS ?? 20);
const runs = Number(process.env.RUNS ?? 5);
const samples = Number(process.env.SAMPLES ?? 10);
const prefix = `dh-sshbench-${process.pid}`;
const ids: string[] = [];
const cache = mkdtempSync(join(tmpdir(), 'dockhand-sshbench-cache-'));

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const summary = (values: number[]) => ({p50: Math.round(percentile(values, 50)), p95: Math.round(percentile(values, 95)), max: Math.round(Math.max(...values)), n: values.length});

const createContainers = () => startIdleContainers(host, {image, prefix, count, ids});

async function launch(env: Record<string, string>): Promise<{session: TmuxSession; ms: number}> {
	const started = performance.now();
	const session = await startTmux({columns: 200, rows: 50, exec: true, env: {...env, NODE_COMPILE_CACHE: cache}});
	await session.waitForText(`${prefix}-00`, 30_000);
	return {session, ms: performance.now() - started};
}

async function eventLatencies(session: TmuxSession): Promise<number[]> {
	const latencies: number[] = [];
	for (let index = 0; index < samples; index++) {
		const slot = index % Math.min(count, 10);
		for (const [action, word] of [['pause', 'paused'], ['unpause', 'running']] as const) {
			const started = performance.now();
			await dockerRequest(host, 'POST', `/containers/${ids[slot]}/${action}`);
			await session.waitUntil(screen => new RegExp(`${prefix}-${String(slot).padStart(2, '0')}\\s+${word}`).test(screen), 5000);
			latencies.push(performance.now() - started);
			await sleep(actionGapMs);
		}
	}
	return latencies;
}

async function measure(env: Record<string, string>, sshd?: TestSshd) {
	const firstScreens: number[] = [];
	for (let run = 0; run < runs; run++) {
		const {session, ms} = await launch(env);
		firstScreens.push(ms);
		await session.kill();
	}
	const {session} = await launch(env);
	await sleep(1500);
	const events = await eventLatencies(session);
	const idle = sshd ? await idleLogins(session, sshd) : {};
	await session.kill();
	return {firstScreenMs: summary(firstScreens), eventToScreenMs: summary(events), ...idle};
}

/** After the first minute (start-up connections and unused spares have ended): ssh processes, and logins over 30 s. */
async function idleLogins(session: TmuxSession, sshd: TestSshd) {
	await sleep(65_000);
	const before = sshd.logins();
	await sleep(30_000);
	return {sshProcessesSettled: sshd.clientPids().length, idleLoginsPerMinute: (sshd.logins() - before) * 2, screenStillLive: (await session.capture()).includes(prefix)};
}

async function main() {
	ensureBuilt();
	const sshd = await startSshd();
	const socket = host.slice('unix://'.length);
	const over = (setup: SshClientSetup) => ({DOCKER_HOST: sshd.url(socket), PATH: sshd.path(setup)});
	try {
		console.log(`creating ${count} running containers …`);
		await createContainers();
		const results = {
			unix: await measure({DOCKER_HOST: host}),
			ssh: await measure(over('good'), sshd),
			sshControlMaster: await measure(over('multiplexed')),
		};
		console.log(JSON.stringify(results, null, 2));
	} finally {
		await Promise.all(ids.map(id => dockerRequest(host, 'DELETE', `/containers/${id}?force=1`).catch(() => undefined)));
		await sshd.stop();
	}
}

await main();
