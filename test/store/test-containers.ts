// "Another client" for store integration tests: creates and changes test containers with plain
// HTTP on the daemon socket (the Engine has no create call, and must not be the one under test).
import {dockerRequest, type RawResponse} from '../support/docker-http.js';
import {testImage, testLabel, uniqueName} from '../support/daemon.js';

export {dockerRequest, type RawResponse} from '../support/docker-http.js';

async function ok(response: Promise<RawResponse>, what: string): Promise<RawResponse> {
	const answer = await response;
	if (answer.status >= 300 && answer.status !== 304) throw new Error(`${what} → ${answer.status} ${answer.body}`);
	return answer;
}

/** A busybox container that stops promptly on SIGTERM, labelled for cleanup, without network. */
export async function createContainer(
	host: string,
	prefix: string,
	extra: {name?: string; autoRemove?: boolean; env?: string[]; labels?: Record<string, string>; binds?: string[]} = {},
): Promise<{id: string; name: string}> {
	const name = extra.name ?? uniqueName(prefix);
	const body = {
		Image: testImage,
		Cmd: ['sh', '-c', 'trap exit TERM; while :; do sleep 1; done'],
		Env: extra.env,
		Labels: {...extra.labels, [testLabel]: '1'},
		HostConfig: {NetworkMode: 'none', AutoRemove: extra.autoRemove ?? false, Binds: extra.binds},
	};
	const answer = await ok(dockerRequest(host, 'POST', `/containers/create?name=${encodeURIComponent(name)}`, body), `create ${name}`);
	return {id: (JSON.parse(answer.body) as {Id: string}).Id, name};
}

export const containerAction = (host: string, id: string, action: string, query = '') => ok(dockerRequest(host, 'POST', `/containers/${id}/${action}${query}`), `${action} ${id}`);

export const removeContainer = (host: string, id: string) => ok(dockerRequest(host, 'DELETE', `/containers/${id}?force=1`), `remove ${id}`);

/** Removes every container carrying the test label whose name starts with the prefix. */
export async function removeTestContainers(host: string, ids: Iterable<string>): Promise<void> {
	await Promise.all([...ids].map(id => dockerRequest(host, 'DELETE', `/containers/${id}?force=1`).catch(() => undefined)));
}

/** Polls a condition until it holds or the deadline passes; returns the ms it took. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<number> {
	const started = performance.now();
	while (!condition()) {
		if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
		await new Promise(resolve => setTimeout(resolve, 2));
	}
	return performance.now() - started;
}
