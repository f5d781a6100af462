// Creates labelled, network-less test containers on the real daemon and removes them afterwards.
import {createEngine} from '../../source/engine/create-engine.js';
import {resolveEndpoint} from '../../source/engine/endpoint.js';
import type {ContainerCreateBody} from '../../source/engine/types.js';
import {testDockerHost, testImage, testLabel, uniqueName} from '../support/daemon.js';

export function testEngine(options: Parameters<typeof createEngine>[1] = {}, host = testDockerHost) {
	return createEngine(resolveEndpoint({host, env: {}}), {env: {}, ...options});
}

export type TestContainers = {
	create(prefix: string, script: string, options?: Partial<ContainerCreateBody>): Promise<{id: string; name: string}>;
	removeAll(): Promise<void>;
};

export function testContainers(engine = testEngine()): TestContainers {
	const ids: string[] = [];
	return {
		async create(prefix, script, options = {}) {
			const name = uniqueName(prefix);
			const {Id} = await engine.createContainer(
				{
					Image: testImage,
					Cmd: ['sh', '-c', script],
					...options,
					Labels: {[testLabel]: '1', ...options.Labels},
					HostConfig: {NetworkMode: 'none', ...options.HostConfig},
				},
				{name},
			);
			ids.push(Id);
			return {id: Id, name};
		},
		async removeAll() {
			await Promise.all(ids.map(id => engine.removeContainer(id, {force: true}).catch(() => undefined)));
			ids.length = 0;
			await engine.close();
		},
	};
}

/** A command that keeps running and exits promptly on SIGTERM (busybox sh as PID 1 ignores it otherwise). */
export const idleScript = 'trap exit TERM; while :; do sleep 0.1; done';
