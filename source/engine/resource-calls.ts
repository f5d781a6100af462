// Images, volumes, networks and system endpoints: plain request/response calls.
import {seg} from './container-calls.js';
import {introducedIn} from './api-features.js';
import type {RequestCore} from './request-core.js';
import {apiVersionAtLeast} from './api-version.js';
import type {Engine, ImageHistoryItem, ImageInspect, ImageSummary, Info, Network, SystemDf, SystemDfBody, Version, Volume} from './types.js';

type ResourceCalls = Pick<
	Engine,
	| 'version'
	| 'info'
	| 'systemDf'
	| 'diskUsage'
	| 'listImages'
	| 'inspectImage'
	| 'imageHistory'
	| 'removeImage'
	| 'pruneImages'
	| 'listVolumes'
	| 'inspectVolume'
	| 'removeVolume'
	| 'pruneVolumes'
	| 'listNetworks'
	| 'inspectNetwork'
	| 'removeNetwork'
	| 'pruneNetworks'
>;

export function resourceCalls(core: RequestCore, baseTimeoutMs: number): ResourceCalls {
	// Disk walks and prunes can take far longer than a list on a busy host.
	const slowMs = baseTimeoutMs * 10;
	return {
		version: () => core.json<Version>({method: 'GET', path: '/version'}),
		info: () => core.json<Info>({method: 'GET', path: '/info'}),
		systemDf: () => core.json<SystemDf>({method: 'GET', path: '/system/df', timeoutMs: slowMs, since: introducedIn.systemDf}),
		// From 1.52 the per-volume list comes only with verbose=1 (an older daemon would not know the flag).
		diskUsage: (options = {}) =>
			core.json<SystemDfBody>({
				method: 'GET',
				path: '/system/df',
				query: {verbose: options.verbose && apiVersionAtLeast(core.apiVersion, '1.52') ? true : undefined},
				timeoutMs: slowMs,
				since: introducedIn.systemDf,
			}),

		listImages: (options = {}) => core.json<ImageSummary[]>({method: 'GET', path: '/images/json', query: {all: options.all, filters: options.filters}}),
		inspectImage: id => core.json<ImageInspect>({method: 'GET', path: `/images/${seg(id)}/json`}),
		imageHistory: id => core.json<ImageHistoryItem[]>({method: 'GET', path: `/images/${seg(id)}/history`}),
		removeImage: (id, options = {}) =>
			core.json({method: 'DELETE', path: `/images/${seg(id)}`, query: {force: options.force, noprune: options.noprune}, timeoutMs: slowMs}),
		pruneImages: (options = {}) =>
			core.json({method: 'POST', path: '/images/prune', since: introducedIn.pruneImages, query: {filters: options.dangling === undefined ? undefined : {dangling: [String(options.dangling)]}}, timeoutMs: slowMs}),

		async listVolumes(options = {}) {
			const answer = await core.json<{Volumes: Volume[] | null}>({method: 'GET', path: '/volumes', query: {filters: options.filters}});
			return answer.Volumes ?? [];
		},
		inspectVolume: name => core.json<Volume>({method: 'GET', path: `/volumes/${seg(name)}`}),
		async removeVolume(name, options = {}) {
			await core.empty({method: 'DELETE', path: `/volumes/${seg(name)}`, query: {force: options.force}});
		},
		pruneVolumes: () => core.json({method: 'POST', path: '/volumes/prune', timeoutMs: slowMs, since: introducedIn.pruneVolumes}),

		listNetworks: (options = {}) => core.json<Network[]>({method: 'GET', path: '/networks', query: {filters: options.filters}}),
		inspectNetwork: id => core.json<Network>({method: 'GET', path: `/networks/${seg(id)}`}),
		async removeNetwork(id) {
			await core.empty({method: 'DELETE', path: `/networks/${seg(id)}`});
		},
		pruneNetworks: () => core.json({method: 'POST', path: '/networks/prune', timeoutMs: slowMs, since: introducedIn.pruneNetworks}),
	};
}
