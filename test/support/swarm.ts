// The real 3-node swarm of test/support/swarm.sh for Swarm tests and benchmarks: its hosts when it
// is up (else the reason, printed once, and the tests skip), and services made by "another client"
// (plain HTTP on the manager's socket). No vitest imports: benchmarks use it too.
import {execFileSync} from 'node:child_process';
import {mkdirSync, rmSync, statSync} from 'node:fs';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {dockerRequest} from './docker-http.js';

export type SwarmHosts = {manager: string; nodes: string[]};

// Beside this file, or (bundled into a benchmark elsewhere) under the project run from.
const script = [fileURLToPath(new URL('swarm.sh', import.meta.url)), join(process.cwd(), 'test/support/swarm.sh')].find(path => existsSync(path)) ?? 'test/support/swarm.sh';

function findSwarm(): SwarmHosts | string {
	try {
		const out = execFileSync('bash', [script, 'hosts'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000});
		const value = (name: string) => out.match(new RegExp(`^${name}=(.*)$`, 'm'))?.[1];
		const manager = value('MANAGER_HOST');
		const nodes = [1, 2, 3].map(k => value(`NODE${k}_HOST`)).filter((host): host is string => Boolean(host));
		return manager && nodes.length === 3 ? {manager, nodes} : 'swarm.sh hosts printed no 3-node cluster';
	} catch (error) {
		const stderr = (error as {stderr?: string}).stderr?.trim();
		return stderr || (error as Error).message;
	}
}

const found = findSwarm();
/** The cluster, or null (with the reason printed) when it is not up: start it with `bash test/support/swarm.sh start`. */
export const swarmHosts: SwarmHosts | null = typeof found === 'string' ? null : found;
export const swarmUnavailable: string | null = typeof found === 'string' ? `Swarm tests skipped: ${found} (start it: bash test/support/swarm.sh start)` : null;
if (swarmUnavailable) console.warn(swarmUnavailable);

export const swarmImage = 'dockhand-test/busybox:1';

/** Creates a replicated service of a shell loop (by default one that logs a line every 2 s); resolves with its ID. */
export async function createService(host: string, name: string, replicas: number, labels: Record<string, string> = {}, command = ['sh', '-c', `while :; do echo "${name} on $(hostname)"; sleep 2; done`]): Promise<string> {
	const body = {
		Name: name,
		Labels: {'dockhand.test': '1', ...labels},
		TaskTemplate: {ContainerSpec: {Image: swarmImage, Command: command}},
		Mode: {Replicated: {Replicas: replicas}},
	};
	const answer = await dockerRequest(host, 'POST', '/services/create', body);
	if (answer.status !== 201) throw new Error(`service create answered ${answer.status}: ${answer.body}`);
	return (JSON.parse(answer.body) as {ID: string}).ID;
}

export async function removeService(host: string, idOrName: string): Promise<void> {
	const answer = await dockerRequest(host, 'DELETE', `/services/${encodeURIComponent(idOrName)}`);
	if (answer.status !== 200 && answer.status !== 404) throw new Error(`service remove answered ${answer.status}: ${answer.body}`);
}

/** Tasks of a service (running or not) as the manager lists them. */
export async function serviceTasks(host: string, serviceId: string): Promise<Array<{ID: string; NodeID?: string; Slot?: number; DesiredState: string; Status: {State: string}}>> {
	const filters = encodeURIComponent(JSON.stringify({service: [serviceId]}));
	const answer = await dockerRequest(host, 'GET', `/tasks?filters=${filters}`);
	return JSON.parse(answer.body);
}

const layoutLock = '/tmp/dockhand-swarm-layout.lock';

/**
 * Held by a test file that changes or counts where tasks run (a drain moves every service's tasks
 * off a node; a "spread over three nodes" check must not see that), from its first service to its
 * last check: test files run side by side. Resolves with the release. The lock is a directory
 * (mkdir is atomic); one left behind by a killed run is taken over after 5 minutes.
 */
export async function holdSwarmLayout(waitMs = 240_000): Promise<() => void> {
	const deadline = Date.now() + waitMs;
	for (;;) {
		try {
			mkdirSync(layoutLock);
			return () => rmSync(layoutLock, {recursive: true, force: true});
		} catch {
			const age = Date.now() - (statSync(layoutLock, {throwIfNoEntry: false})?.mtimeMs ?? Date.now());
			if (age > 300_000) rmSync(layoutLock, {recursive: true, force: true});
			else if (Date.now() > deadline) throw new Error(`the swarm layout lock ${layoutLock} was held for over ${waitMs / 1000} s`);
			await new Promise(resolve => setTimeout(resolve, 250));
		}
	}
}

/** Sets a node's availability over HTTP (what a test restores after draining from the UI). */
export async function setNodeAvailability(host: string, nodeId: string, availability: 'active' | 'pause' | 'drain'): Promise<void> {
	const node = JSON.parse((await dockerRequest(host, 'GET', `/nodes/${nodeId}`)).body) as {Version: {Index: number}; Spec: Record<string, unknown>};
	const answer = await dockerRequest(host, 'POST', `/nodes/${nodeId}/update?version=${node.Version.Index}`, {...node.Spec, Availability: availability});
	if (answer.status !== 200) throw new Error(`node update answered ${answer.status}: ${answer.body}`);
}
