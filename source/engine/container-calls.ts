// Container endpoints: list, inspect, top, lifecycle (304 on start/stop is an answer), create, remove, prune.
import {introducedIn} from './api-features.js';
import type {RequestCore} from './request-core.js';
import type {ContainerCreateBody, ContainerInspect, ContainerSummary, Engine, Filters} from './types.js';

/** Path segment for an id or name. */
export const seg = (id: string) => encodeURIComponent(id);

type ContainerCalls = Pick<
	Engine,
	| 'listContainers'
	| 'inspectContainer'
	| 'topContainer'
	| 'startContainer'
	| 'stopContainer'
	| 'restartContainer'
	| 'killContainer'
	| 'pauseContainer'
	| 'unpauseContainer'
	| 'removeContainer'
	| 'renameContainer'
	| 'createContainer'
	| 'waitContainer'
	| 'pruneContainers'
>;

/** Grace for a stop: the daemon waits up to t seconds before it kills; unknown t means the container's own timeout. */
const stopBudgetMs = (baseMs: number, t: number | undefined) => baseMs + (t ?? 60) * 1000;

export function containerCalls(core: RequestCore, baseTimeoutMs: number): ContainerCalls {
	return {
		listContainers: (options = {}) =>
			core.json<ContainerSummary[]>({method: 'GET', path: '/containers/json', query: {all: options.all, size: options.size, filters: options.filters}}),
		inspectContainer: id => core.json<ContainerInspect>({method: 'GET', path: `/containers/${seg(id)}/json`}),
		topContainer: (id, psArgs) => core.json({method: 'GET', path: `/containers/${seg(id)}/top`, query: {ps_args: psArgs}}),
		async startContainer(id) {
			const status = await core.empty({method: 'POST', path: `/containers/${seg(id)}/start`, okStatuses: [304]});
			return status === 304 ? 'already-started' : 'started';
		},
		async stopContainer(id, options = {}) {
			const status = await core.empty({method: 'POST', path: `/containers/${seg(id)}/stop`, query: {t: options.t, signal: options.signal}, okStatuses: [304], timeoutMs: stopBudgetMs(baseTimeoutMs, options.t)});
			return status === 304 ? 'already-stopped' : 'stopped';
		},
		async restartContainer(id, options = {}) {
			await core.empty({method: 'POST', path: `/containers/${seg(id)}/restart`, query: {t: options.t}, timeoutMs: stopBudgetMs(baseTimeoutMs, options.t)});
		},
		async killContainer(id, signal) {
			await core.empty({method: 'POST', path: `/containers/${seg(id)}/kill`, query: {signal}});
		},
		async pauseContainer(id) {
			await core.empty({method: 'POST', path: `/containers/${seg(id)}/pause`});
		},
		async unpauseContainer(id) {
			await core.empty({method: 'POST', path: `/containers/${seg(id)}/unpause`});
		},
		async removeContainer(id, options = {}) {
			await core.empty({method: 'DELETE', path: `/containers/${seg(id)}`, query: {force: options.force, v: options.volumes}, timeoutMs: stopBudgetMs(baseTimeoutMs, 10)});
		},
		async renameContainer(id, name) {
			await core.empty({method: 'POST', path: `/containers/${seg(id)}/rename`, query: {name}});
		},
		createContainer: (body: ContainerCreateBody, options = {}) =>
			core.json<{Id: string; Warnings: string[] | null}>({method: 'POST', path: '/containers/create', query: {name: options.name}, body}),
		waitContainer: (id, options = {}) =>
			core.json<{StatusCode: number}>({method: 'POST', path: `/containers/${seg(id)}/wait`, query: {condition: options.condition}, signal: options.signal, stream: true}),
		pruneContainers: (filters?: Filters) =>
			core.json({method: 'POST', path: '/containers/prune', query: {filters}, timeoutMs: baseTimeoutMs * 10, since: introducedIn.pruneContainers}),
	};
}
