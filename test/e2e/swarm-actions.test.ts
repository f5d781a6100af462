// Swarm actions, service logs and read-only in a real terminal: the built binary against the real
// 3-node cluster (test/support/swarm.sh), driven by its keys as a user would.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {dockerRequest} from '../support/docker-http.js';
import {uniqueName} from '../support/daemon.js';
import {startSocketProxy, type SocketProxy} from '../support/socket-proxy.js';
import {createService, holdSwarmLayout, removeService, serviceTasks, setNodeAvailability, swarmHosts, swarmUnavailable} from '../support/swarm.js';
import {startApp, type TmuxApp} from './actions-tmux.js';

const wide = {columns: 200, rows: 45};
const skipReason = swarmUnavailable ? ` (${swarmUnavailable})` : '';

async function listNodes(host: string): Promise<Array<{ID: string; Spec: {Role: string; Availability: string}}>> {
	return JSON.parse((await dockerRequest(host, 'GET', '/nodes')).body);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(!swarmHosts)(`Swarm actions from the keyboard on a real cluster${skipReason}`, () => {
	let app: TmuxApp;
	let release = () => {};
	let serviceId = '';
	let node3 = '';
	const name = `ui-${uniqueName('scale')}`;
	const manager = () => swarmHosts!.manager;

	beforeAll(async () => {
		// tasks are counted per node and a node is drained: no other file's checks meanwhile
		release = await holdSwarmLayout();
		const workers = (await listNodes(manager())).filter(node => node.Spec.Role === 'worker');
		// node 3 of swarm.sh advertises 127.0.0.3
		const described = await Promise.all(workers.map(async node => ({id: node.ID, addr: (JSON.parse((await dockerRequest(manager(), 'GET', `/nodes/${node.ID}`)).body) as {Status: {Addr: string}}).Status.Addr})));
		node3 = (described.find(node => node.addr === '127.0.0.3') ?? described.at(-1)!).id;
		serviceId = await createService(manager(), name, 3);
		app = await startApp({args: ['-H', manager()], ...wide});
	});

	afterAll(async () => {
		await app?.close();
		if (serviceId) await removeService(manager(), serviceId);
		if (node3) await setNodeAvailability(manager(), node3, 'active');
		release();
	});

	it('= 6 Enter scales the service: the row converges to 6/6 and its tasks run on all three nodes', async () => {
		await app.waitFor('swarm manager', 20_000);
		await app.waitFor(/5 Services \d+/);
		await app.press('5');
		await app.waitFor('REPLICAS');
		await app.filter(name);
		const row = new RegExp(`${escapeRegExp(name)} +replicated +(\\S+ \\d+/\\d+)`);
		await app.waitUntil(screen => row.exec(screen)?.[1] === '● 3/3', 60_000);
		await app.press('=');
		await app.waitFor('replicas? (now 3)');
		await app.type('6');
		await app.waitFor('> 6');
		await app.press('Enter');
		await app.waitFor(`scaling service ${name}: 3 → 6 replicas`, 20_000);
		// the row follows the daemon: the service event brings desired 6 at once (new tasks take a
		// second or more to start), the task lists bring running up to 6
		const seen: string[] = [];
		await app.waitUntil(screen => {
			const cell = row.exec(screen)?.[1];
			if (cell && cell !== seen.at(-1)) seen.push(cell);
			return cell === '● 6/6';
		}, 60_000);
		expect(seen.some(cell => /^◐ [3-5]\/6$/.test(cell))).toBe(true);
		await app.press('6');
		await app.waitFor('DESIRED');
		await app.filter(name);
		const nodeIds = (await listNodes(manager())).map(node => node.ID);
		const running = (screen: string) => screen.split('\n').filter(line => line.includes(`${name}.`) && /running +● running/.test(line));
		const screen = await app.waitUntil(text => running(text).length === 6, 30_000);
		const nodesShown = new Set(running(screen).map(line => nodeIds.find(id => line.includes(id.slice(0, 10)))));
		expect(nodesShown.size).toBe(3);
	});

	it('service logs in its detail show lines from replicas on different nodes, each named task@node', async () => {
		await app.press('5');
		await app.waitFor('REPLICAS');
		await app.filter(name);
		await app.press('Enter');
		// a long service name gives way in the name column (…NAME-TAIL.slot@node): the slot and node stay
		const logLine = new RegExp(`\\.(\\d)@(\\w{10}) +${escapeRegExp(name)} on \\w+`, 'g');
		const origins = (screen: string) => new Set([...screen.matchAll(logLine)].map(match => match[2]));
		const screen = await app.waitUntil(text => origins(text).size >= 2, 30_000);
		expect(screen).toContain(`service ${name}`);
		expect(origins(screen).size).toBeGreaterThanOrEqual(2);
		await app.press('Escape');
	});

	it('ctrl+d on node 3 asks, then drains it: the Tasks tab shows its tasks shut down there and running elsewhere', async () => {
		const before = (await serviceTasks(manager(), serviceId)).filter(task => task.DesiredState === 'running' && task.NodeID === node3);
		expect(before.length).toBeGreaterThan(0);
		await app.press('7');
		await app.waitFor('AVAILABILITY');
		await app.filter(node3.slice(0, 12));
		await app.waitFor(new RegExp(`${node3.slice(0, 12)} +worker +active`));
		await app.press('C-d');
		await app.waitFor(/Drain node .* \(\w{12}\)\?/);
		await app.press('y');
		await app.waitFor(/draining node .*: its tasks move to other nodes/, 20_000);
		await app.waitFor(new RegExp(`${node3.slice(0, 12)} +worker +drain`), 20_000);
		await app.press('6');
		await app.waitFor('DESIRED');
		await app.filter(name);
		const short = node3.slice(0, 10);
		const lines = (screen: string) => screen.split('\n').filter(line => line.includes(`${name}.`));
		const screen = await app.waitUntil(text => {
			const rows = lines(text);
			const runningElsewhere = rows.filter(line => !line.includes(short) && /running +● running/.test(line)).length;
			const shutDownOn3 = rows.filter(line => line.includes(short) && /shutdown +○ shutdown/.test(line)).length;
			return runningElsewhere === 6 && shutDownOn3 >= before.length;
		}, 60_000);
		expect(lines(screen).some(line => line.includes(short) && /running +● running/.test(line))).toBe(false);
		// and back: ctrl+d on a drained node activates it, without asking
		await app.press('7');
		await app.waitFor(new RegExp(`${node3.slice(0, 12)} +worker +drain`));
		await app.press('C-d');
		await app.waitFor(new RegExp(`${node3.slice(0, 12)} +worker +active`), 20_000);
		expect((await listNodes(manager())).find(node => node.ID === node3)!.Spec.Availability).toBe('active');
	});
});

describe.skipIf(!swarmHosts)(`--read-only on a swarm manager${skipReason}`, () => {
	let proxy: SocketProxy;
	let app: TmuxApp;
	let serviceId = '';
	const name = `ui-${uniqueName('ro')}`;

	beforeAll(async () => {
		serviceId = await createService(swarmHosts!.manager, name, 1);
		proxy = await startSocketProxy(swarmHosts!.manager.slice('unix://'.length));
		app = await startApp({args: ['--read-only', '-H', proxy.host], ...wide});
	});

	afterAll(async () => {
		await app?.close();
		await proxy?.close();
		if (serviceId) await removeService(swarmHosts!.manager, serviceId);
	});

	it('every Swarm action key is refused in plain words and no mutating request reaches the socket', async () => {
		await app.waitFor('READ-ONLY', 20_000);
		await app.waitFor('swarm manager', 20_000);
		await app.press('5');
		await app.waitFor('REPLICAS');
		await app.filter(name);
		await app.waitFor(new RegExp(`${escapeRegExp(name)} +replicated`), 30_000);
		// no two keys in a row share a refusal, so each wait sees its own key's refusal drawn
		const serviceKeys: Array<[string, string]> = [['+', 'scale'], ['u', 'roll back'], ['-', 'scale'], ['r', 'restart'], ['=', 'scale'], ['d', 'remove']];
		for (const [key, verb] of serviceKeys) {
			await app.press(key);
			await app.waitFor(`read-only session: ${verb} is disabled`);
			await app.press('y'); // a dialog, had one opened, would be confirmed
		}
		expect(await app.screen()).not.toContain('how many replicas');
		await app.press('7');
		await app.waitFor('AVAILABILITY');
		const nodeKeys: Array<[string, string]> = [['C-d', 'drain/activate node'], ['p', 'pause/activate node']];
		for (const [key, verb] of nodeKeys) {
			await app.press(key);
			await app.waitFor(`read-only session: ${verb} is disabled`);
			await app.press('y');
		}
		const mutating = proxy.requests.filter(request => request.method !== 'GET' && request.method !== 'HEAD');
		expect(mutating).toEqual([]);
		expect(proxy.requests.some(request => /\/services(\?|$)/.test(request.path))).toBe(true);
		const tasks = (await serviceTasks(swarmHosts!.manager, serviceId)).filter(task => task.DesiredState === 'running');
		expect(tasks).toHaveLength(1);
	});
});
