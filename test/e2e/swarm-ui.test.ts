// The Swarm tabs in a real terminal: the built binary against the real 3-node cluster
// (test/support/swarm.sh): a manager, a worker, and the plain test daemon (outside any swarm).
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {dockerRequest} from '../support/docker-http.js';
import {describeDaemon, testDockerHost, uniqueName} from '../support/daemon.js';
import {createService, holdSwarmLayout, removeService, swarmHosts, swarmUnavailable} from '../support/swarm.js';
import {startApp, type TmuxApp} from './actions-tmux.js';

const wide = {columns: 200, rows: 40};

describe.skipIf(!swarmHosts)(`Swarm tabs on a real cluster${swarmUnavailable ? ` (${swarmUnavailable})` : ''}`, () => {
	let app: TmuxApp;
	let serviceId = '';
	const name = uniqueName('swarm');
	let nodeIds: string[] = [];
	let release = () => {};

	beforeAll(async () => {
		// its tasks are counted per node: no drain from another file meanwhile
		release = await holdSwarmLayout();
		app = await startApp({args: ['-H', swarmHosts!.manager], ...wide});
		const nodes = JSON.parse((await dockerRequest(swarmHosts!.manager, 'GET', '/nodes')).body) as Array<{ID: string}>;
		nodeIds = nodes.map(node => node.ID);
	});

	afterAll(async () => {
		await app?.close();
		if (serviceId) await removeService(swarmHosts!.manager, serviceId);
		release();
	});

	it('a service created by another client appears on the Services tab with its replicas running', async () => {
		await app.waitFor('swarm manager');
		await app.waitFor(/5 Services \d+ +6 Tasks \d+ +7 Nodes 3/);
		await app.press('5');
		// a cluster with no service yet shows 'no services' (empty columns are left out, REPLICAS too)
		await app.waitFor(/REPLICAS|no services/);
		serviceId = await createService(swarmHosts!.manager, name, 6);
		await app.filter(name);
		const screen = await app.waitFor(new RegExp(`${name} +replicated +● 6/6 +dockhand-test/busybox:1`), 30_000);
		expect(screen).toContain('filter: ');
	});

	it('the Tasks tab shows its six tasks running, spread over all three nodes', async () => {
		await app.press('6');
		await app.waitFor('DESIRED');
		await app.filter(name);
		const rows = (screen: string) => screen.split('\n').filter(line => new RegExp(`^ ?${name}\\.\\d`).test(line.trim()) || line.includes(`${name}.`));
		const screen = await app.waitUntil(text => rows(text).filter(line => /running +● running/.test(line)).length === 6, 20_000);
		const shown = new Set(rows(screen).map(line => nodeIds.find(id => line.includes(id.slice(0, 10)))).filter(Boolean));
		expect(shown.size).toBe(3);
	});

	it('the Nodes tab shows the three nodes, told apart by ID, with the leader', async () => {
		await app.press('7');
		const screen = await app.waitFor('AVAILABILITY');
		for (const id of nodeIds) expect(screen).toContain(id.slice(0, 12));
		expect(screen).toMatch(/manager +active +● ready +Leader/);
		expect(screen.match(/worker +active +● ready/g)).toHaveLength(2);
	});
});

describe.skipIf(!swarmHosts)(`a worker daemon${swarmUnavailable ? ` (${swarmUnavailable})` : ''}`, () => {
	let app: TmuxApp;
	beforeAll(async () => {
		app = await startApp({args: ['-H', swarmHosts!.nodes[1]!], ...wide});
	});
	afterAll(async () => app?.close());

	it('shows no Swarm tabs, the header says worker, and 5 stays on containers', async () => {
		const screen = await app.waitFor('swarm worker');
		expect(screen).toMatch(/4 Networks \d+ *$/m);
		expect(screen).not.toMatch(/Services|Tasks|Nodes/);
		await app.press('5');
		await app.press('2');
		await app.waitFor('SIZE');
		expect(await app.screen()).not.toContain('REPLICAS');
	});
});

// Choice: a daemon outside any swarm says so in the header ("swarm inactive") rather than nothing.
describeDaemon('a daemon outside any swarm', () => {
	let app: TmuxApp;
	beforeAll(async () => {
		app = await startApp({args: ['-H', testDockerHost], ...wide});
	});
	afterAll(async () => app?.close());

	it('shows no Swarm tabs and the header says inactive', async () => {
		const screen = await app.waitFor('swarm inactive');
		expect(screen).not.toMatch(/Services|Tasks|Nodes/);
	});
});
