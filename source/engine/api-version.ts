// API version arithmetic for negotiation: the client speaks up to CLIENT_MAX_API_VERSION, the daemon
// tells its own maximum in /_ping's Api-Version header, and the lower one prefixes every call.
import {ApiVersionError} from './errors.js';

/** Newest API version whose response fields dockhand's types were checked against (specs 1.40–1.55):
 * 1.52 drops legacy event fields and 1.53 drops the legacy /system/df fields dockhand reads. */
export const CLIENT_MAX_API_VERSION = '1.51';
/** Oldest version dockhand accepts: the docker CLI's own floor, what Podman reports as its minimum. */
export const CLIENT_MIN_API_VERSION = '1.24';
/** Assumed when /_ping carries no Api-Version header (the docker CLI does the same). */
export const FALLBACK_API_VERSION = '1.24';

const pattern = /^(\d+)\.(\d+)$/;

export function isApiVersion(text: string): boolean {
	return pattern.test(text.trim());
}

/** Negative when a < b, 0 when equal, positive when a > b ("1.9" < "1.10"). */
export function compareApiVersions(a: string, b: string): number {
	const [, aMajor = '0', aMinor = '0'] = pattern.exec(a.trim()) ?? [];
	const [, bMajor = '0', bMinor = '0'] = pattern.exec(b.trim()) ?? [];
	return Number(aMajor) - Number(bMajor) || Number(aMinor) - Number(bMinor);
}

export function apiVersionAtLeast(version: string | null, minimum: string): boolean {
	return version !== null && compareApiVersions(version, minimum) >= 0;
}

/** The version to use given the daemon's maximum (null when it did not say). */
export function negotiateApiVersion(daemonMax: string | null, clientMax = CLIENT_MAX_API_VERSION): string {
	if (daemonMax === null || daemonMax.trim() === '') return FALLBACK_API_VERSION;
	if (!isApiVersion(daemonMax)) throw new ApiVersionError(`daemon reported an unreadable API version "${daemonMax}"`);
	const daemon = daemonMax.trim();
	if (compareApiVersions(daemon, CLIENT_MIN_API_VERSION) < 0) {
		throw new ApiVersionError(`the daemon speaks Docker API ${daemon}, older than ${CLIENT_MIN_API_VERSION} which dockhand needs — upgrade Docker`);
	}
	return compareApiVersions(daemon, clientMax) < 0 ? daemon : clientMax;
}

/** Validates a pinned version (DOCKER_API_VERSION or options.apiVersion). */
export function checkPinnedApiVersion(version: string, from: string): string {
	const trimmed = version.trim().replace(/^v/, '');
	if (!isApiVersion(trimmed)) throw new ApiVersionError(`${from}="${version}" is not an API version like 1.41`);
	if (compareApiVersions(trimmed, CLIENT_MIN_API_VERSION) < 0) {
		throw new ApiVersionError(`${from}=${trimmed} is older than ${CLIENT_MIN_API_VERSION}, the oldest API dockhand speaks`);
	}
	return trimmed;
}
