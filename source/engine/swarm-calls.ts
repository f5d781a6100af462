// Swarm reads on a manager: services (with their running/desired counts where the API has them),
// tasks and nodes. Plain request/response calls; the store decides when to make them.
import {seg} from './container-calls.js';
import {introducedIn} from './api-features.js';
import {apiVersionAtLeast} from './api-version.js';
import type {RequestCore} from './request-core.js';
import type {SwarmCalls, SwarmNode, SwarmService, SwarmTask} from './swarm-types.js';

export function swarmCalls(core: RequestCore): SwarmCalls {
	return {
		listServices: (options = {}) =>
			core.json<SwarmService[]>({
				method: 'GET',
				path: '/services',
				// An older daemon would refuse the unknown parameter: without it, running is counted from tasks.
				query: {filters: options.filters, status: options.status && apiVersionAtLeast(core.apiVersion ?? '0', introducedIn.serviceStatus) ? true : undefined},
			}),
		inspectService: id => core.json<SwarmService>({method: 'GET', path: `/services/${seg(id)}`}),
		listTasks: (options = {}) => core.json<SwarmTask[]>({method: 'GET', path: '/tasks', query: {filters: options.filters}}),
		listNodes: (options = {}) => core.json<SwarmNode[]>({method: 'GET', path: '/nodes', query: {filters: options.filters}}),
		inspectNode: id => core.json<SwarmNode>({method: 'GET', path: `/nodes/${seg(id)}`}),
	};
}
