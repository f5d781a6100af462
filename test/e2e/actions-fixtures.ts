// Containers and images for the action tests, created straight through the daemon's API with the
// test label, no network, and a PID 1 that stops promptly on SIGTERM.
import {Agent, request} from 'undici';
import {testDockerHost, testImage, testLabel} from '../support/daemon.js';

type ContainerState = {Status: string; Running: boolean; Paused: boolean; StartedAt: string; ExitCode: number};

/** The fixtures on one engine (the integration tests run on dockerd and on Podman). */
export function fixturesOn(host: string) {
	let agent: Agent | undefined;
	const dispatcher = () => (agent ??= new Agent({connect: {socketPath: host.slice('unix://'.length)}}));

	/** One call to the test daemon; throws with the daemon's message on an error status. */
	async function api<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<{status: number; json: T}> {
		const response = await request(`http://docker/v1.41${path}`, {
			method,
			dispatcher: dispatcher(),
			headers: body === undefined ? {} : {'content-type': 'application/json'},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.body.text();
		const json = (text ? JSON.parse(text) : null) as T;
		if (response.statusCode >= 400) throw new Error(`${method} ${path} → ${response.statusCode}: ${text}`);
		return {status: response.statusCode, json};
	}

	async function createTestContainer(name: string, options: {start?: boolean; image?: string; cmd?: string[]} = {}): Promise<string> {
		const {json} = await api<{Id: string}>('POST', `/containers/create?name=${encodeURIComponent(name)}`, {
			Image: options.image ?? testImage,
			Cmd: options.cmd ?? ['sh', '-c', 'trap exit TERM; while :; do sleep 1; done'],
			Labels: {[testLabel]: '1'},
			HostConfig: {NetworkMode: 'none'},
		});
		if (options.start) await api('POST', `/containers/${json.Id}/start`);
		return json.Id;
	}

	async function containerState(id: string): Promise<ContainerState | null> {
		try {
			return (await api<{State: ContainerState}>('GET', `/containers/${id}/json`)).json.State;
		} catch (error) {
			if (/→ 404/.test(String(error))) return null;
			throw error;
		}
	}

	async function removeContainers(ids: readonly string[]): Promise<void> {
		await Promise.all(ids.map(id => api('DELETE', `/containers/${id}?force=1&v=1`).catch(() => {})));
	}

	return {api, createTestContainer, containerState, removeContainers};
}

export const {api, createTestContainer, containerState, removeContainers} = fixturesOn(testDockerHost);

/** Polls until `check` holds (or the deadline passes, returning the last value for the assertion). */
export async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let value = await read();
	while (!check(value) && Date.now() < deadline) {
		await new Promise(resolve => setTimeout(resolve, 100));
		value = await read();
	}
	return value;
}
