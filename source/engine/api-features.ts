// The API version that introduced each call dockhand makes which 1.24, the oldest version it speaks,
// does not have (engine-api-CHANGELOG.md, v1.25: /system/df and the four prune endpoints). A call
// the negotiated version lacks is refused before a byte is sent; the UI asks first and hides it.
import {apiVersionAtLeast} from './api-version.js';

export const introducedIn = {
	systemDf: '1.25',
	pruneContainers: '1.25',
	pruneImages: '1.25',
	pruneVolumes: '1.25',
	pruneNetworks: '1.25',
	/** GET /services?status=true (ServiceStatus: running/desired counts). */
	serviceStatus: '1.41',
	/** POST /services/{id}/update?rollback=previous (server-side rollback); older: the client sends PreviousSpec. */
	serviceRollback: '1.28',
} as const;

export type VersionedCall = keyof typeof introducedIn;

/** Whether the negotiated version has the call (unknown version: assume yes, the daemon will say). */
export function supportsCall(apiVersion: string | null | undefined, call: VersionedCall): boolean {
	return apiVersion === null || apiVersion === undefined || apiVersionAtLeast(apiVersion, introducedIn[call]);
}
