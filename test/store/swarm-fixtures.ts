// Bodies recorded from the real 3-node cluster (test/support/swarm.sh, Docker 20.10, API 1.41), and
// a FakeEngine that also answers the Swarm calls from them.
import {readFileSync} from 'node:fs';
import {DockerApiError} from '../../source/engine/errors.js';
import type {SwarmInfo, SwarmNode, SwarmService, SwarmTask} from '../../source/engine/swarm-types.js';
import type {DockerEvent, Engine, Info} from '../../source/engine/types.js';
import {FakeEngine} from './fake-engine.js';

const dir = new URL('../engine/fixtures/swarm/', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;

export const recorded = {
	services: () => read<SwarmService[]>('services-1.41.json'),
	tasks: () => read<SwarmTask[]>('tasks-1.41.json'),
	nodes: () => read<SwarmNode[]>('nodes-1.41.json'),
	swarmInfo: (role: 'manager' | 'worker' | 'inactive') => read<{Swarm: SwarmInfo}>(`info-${role}-1.41.json`).Swarm,
	/** service, node and container events of a scale, a drain and back, a create and a remove. */
	events: () =>
		readFileSync(new URL('events-1.41.jsonl', dir), 'utf8')
			.split('\n')
			.filter(Boolean)
			.map(line => JSON.parse(line) as DockerEvent),
};

/** IDs in the recorded bodies. */
export const ids = {api: 'zivqh8fbfhh2g0xdo9e2uk4nn', agent: 'lg70nw5aazsv1gqd4spbdpx88', web: 'qsrzr52j97bvhiysno2yt0xkd', manager: 'ks4uf5wwxjiuf49s1xn5sbp9e', node3: 'pmixzjk3hymd6anixyox8j6w1'};

export class FakeSwarmEngine extends FakeEngine {
	swarm: SwarmInfo = recorded.swarmInfo('manager');
	services = recorded.services();
	tasks = recorded.tasks();
	nodes = recorded.nodes();

	override asEngine(): Engine {
		const self = this;
		const engine = super.asEngine();
		const notManager = (path: string) => new DockerApiError(503, 'This node is not a swarm manager. Worker nodes can\'t be used to view or modify cluster state.', 'GET', path);
		const onManager = <T>(name: string, path: string, answer: () => T): T => {
			self.calls.push(name);
			if (self.swarm.ControlAvailable !== true) throw notManager(path);
			return structuredClone(answer());
		};
		const byId = <T extends {ID: string}>(items: T[], id: string, path: string) => {
			const found = items.find(item => item.ID === id);
			if (!found) throw new DockerApiError(404, `${path}: not found`, 'GET', path);
			return found;
		};
		return Object.assign(engine, {
			info: async () => (self.calls.push('info'), {ID: 'x', Name: 'fake', ServerVersion: '20.10.24', Swarm: self.swarm} as Info),
			listServices: async (options: {status?: boolean} = {}) => onManager(options.status ? 'listServices?status' : 'listServices', '/services', () => self.services),
			inspectService: async (id: string) => onManager(`inspectService:${id}`, `/services/${id}`, () => byId(self.services, id, `/services/${id}`)),
			listTasks: async () => onManager('listTasks', '/tasks', () => self.tasks),
			listNodes: async () => onManager('listNodes', '/nodes', () => self.nodes),
			inspectNode: async (id: string) => onManager(`inspectNode:${id}`, `/nodes/${id}`, () => byId(self.nodes, id, `/nodes/${id}`)),
		});
	}
}
