// Swarm changes on a manager: update a service (scale, force restart, roll back) and a node
// (availability), each against the object's version.Index as read; remove a service. The spec sent
// is the whole one the daemon gave (unknown fields kept), so nothing else in it changes.
import {seg} from './container-calls.js';
import {introducedIn} from './api-features.js';
import {apiVersionAtLeast} from './api-version.js';
import {DockerApiError} from './errors.js';
import type {RequestCore} from './request-core.js';
import type {NodeSpec, ServiceSpec, SwarmWriteCalls} from './swarm-types.js';

export function swarmWriteCalls(core: RequestCore): SwarmWriteCalls {
	return {
		async updateService(id, version, spec, options = {}) {
			// rollback=previous is the server-side rollback (API 1.28); an older daemon is sent the previous spec itself
			const serverRollback = options.rollback !== undefined && apiVersionAtLeast(await core.negotiate(), introducedIn.serviceRollback);
			const body = options.rollback !== undefined && !serverRollback ? options.rollback : spec;
			const answer = await core.json<{Warnings?: string[] | null} | null>({
				method: 'POST',
				path: `/services/${seg(id)}/update`,
				query: {version, rollback: serverRollback ? 'previous' : undefined},
				body,
			});
			return answer?.Warnings ?? [];
		},
		async removeService(id) {
			await core.empty({method: 'DELETE', path: `/services/${seg(id)}`});
		},
		async updateNode(id, version, spec) {
			await core.empty({method: 'POST', path: `/nodes/${seg(id)}/update`, query: {version}, body: spec});
		},
	};
}

/**
 * Another client changed the object between our read and our write: dockerd (swarmkit) answers 500
 * "rpc error: code = Unknown desc = update out of sequence" (verified on 20.10, API 1.41).
 */
export function isVersionConflict(error: unknown): boolean {
	return error instanceof DockerApiError && /update out of sequence/i.test(error.daemonMessage);
}

export type {NodeSpec, ServiceSpec};
