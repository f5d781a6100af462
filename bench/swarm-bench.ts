// Swarm benchmark: the built binary in tmux 200×50 against the real 3-node cluster's manager
// (test/support/swarm.sh) through the recording socket proxy, with 50 services × 2 replicas (quiet:
// the selected service's detail follows its logs).
// For each tab (Containers, Services, Tasks, Nodes) left idle for IDLE_SECONDS: dockhand's CPU
// (share of one core) and the daemon requests it made, per minute and by path.
// Usage: npm run bench:swarm   (env: IDLE_SECONDS=60, SERVICES=50; the cluster must be up)
import {readFileSync} from 'node:fs';
import {dockerRequest} from '../test/support/docker-http.js';
import {cpuSeconds} from '../test/support/process-usage.js';
import {startSocketProxy, type ProxiedRequest} from '../test/support/socket-proxy.js';
import {createService, holdSwarmLayout, removeService, swarmHosts, swarmUnavailable} from '../test/support/swarm.js';
import {ensureBuilt, startTmux, type TmuxSession} from '../test/e2e/tmux.js';

const idleSeconds = Number(process.env.IDLE_SECONDS ?? 60);
const serviceCount = Number(process.env.SERVICES ?? 50);
const prefix = `dh-swarmbench-${process.pid}`;
const created: string[] = [];
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
/** `GET /tasks`, `GET /containers/json`: version prefix, query and IDs left out. */
function byPath(requests: readonly ProxiedRequest[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const {method, path} of requests) {
		const key = `${method} ${path.replace(/^\/v\d+\.\d+/, '').replace(/\?.*$/, '').replace(/\/[0-9a-z]{25,64}(?=\/|$)/g, '/{id}')}`;
		counts[key] = (counts[key] ?? 0) + 1;
	}
	return counts;
}

async function runningReplicas(manager: string): Promise<number> {
	const services = JSON.parse((await dockerRequest(manager, 'GET', '/services?status=true')).body) as Array<{Spec: {Name: string}; ServiceStatus?: {RunningTasks: number}}>;
	return services.filter(service => service.Spec.Name.startsWith(prefix)).reduce((sum, service) => sum + (service.ServiceStatus?.RunningTasks ?? 0), 0);
}

async function main() {
	if (!swarmHosts) throw new Error(swarmUnavailable ?? 'no swarm');
	const manager = swarmHosts.manager;
	ensureBuilt();
	let session: TmuxSession | undefined;
	// Tests that drain nodes or count tasks per node wait meanwhile (their events would be counted here).
	const release = await holdSwarmLayout(600_000);
	const proxy = await startSocketProxy(manager.slice('unix://'.length));
	try {
		console.log(`creating ${serviceCount} services × 2 replicas …`);
		// Quiet replicas: the selected service's detail follows its logs, and idle means nothing to show.
		const quiet = ['sh', '-c', 'while :; do sleep 5; done'];
		for (let index = 0; index < serviceCount; index++) created.push(await createService(manager, `${prefix}-${String(index).padStart(2, '0')}`, 2, {}, quiet));
		const started = Date.now();
		while ((await runningReplicas(manager)) < serviceCount * 2) {
			if (Date.now() - started > 180_000) throw new Error('replicas not all running within 3 minutes');
			await sleep(1000);
		}
		console.log(`all ${serviceCount * 2} replicas running after ${Math.round((Date.now() - started) / 1000)} s`);

		session = await startTmux({columns: 200, rows: 50, exec: true, env: {DOCKER_HOST: proxy.host}});
		const pid = Number(await session.display('#{pane_pid}'));
		await session.waitForText(/5 Services \d+/, 20_000);
		const tabs: Array<[string, string, RegExp]> = [
			['1', 'Containers', /NAME/],
			['5', 'Services', new RegExp(`${prefix}-00 +replicated +● 2/2`)],
			['6', 'Tasks', new RegExp(`${prefix}-00\\.1`)],
			['7', 'Nodes', /Leader/],
		];
		const results: Record<string, unknown> = {};
		for (const [key, name, shown] of tabs) {
			await session.sendKeys(key);
			await session.waitForText(shown, 20_000);
			await sleep(5000); // what switching tabs asks for (a first task list) is not idle
			proxy.requests.length = 0;
			const cpuBefore = cpuSeconds(pid);
			await sleep(idleSeconds * 1000);
			const cpu = cpuSeconds(pid) - cpuBefore;
			const requests = [...proxy.requests];
			results[name] = {
				cpuPercent: +((cpu / idleSeconds) * 100).toFixed(2),
				requestsPerMinute: +((requests.length / idleSeconds) * 60).toFixed(1),
				byPath: byPath(requests),
			};
			console.log(name, JSON.stringify(results[name]));
		}
		const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
		console.log(JSON.stringify({services: serviceCount, replicas: serviceCount * 2, idleSeconds, loadAverage: load, tabs: results}, null, 2));
	} finally {
		await session?.kill();
		await proxy.close();
		await Promise.all(created.map(id => removeService(manager, id).catch(() => undefined)));
		release();
	}
}

await main();
