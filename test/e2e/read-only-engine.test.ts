// The engine's read-only guard, proven at the socket: every mutating call is refused before a
// byte leaves, reads still work, and the container the calls aimed at is untouched.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {createEngine} from '../../source/engine/create-engine.js';
import {resolveEndpoint} from '../../source/engine/endpoint.js';
import {ReadOnlyError} from '../../source/engine/errors.js';
import type {Engine} from '../../source/engine/types.js';
import {describeDaemon, testDockerHost, testImage, testLabel, uniqueName} from '../support/daemon.js';
import {startSocketProxy, type SocketProxy} from '../support/socket-proxy.js';
import {createTestContainer} from './actions-fixtures.js';

describeDaemon('read-only engine', () => {
	let admin: Engine;
	let proxy: SocketProxy;
	let guarded: Engine;
	let id: string;

	beforeAll(async () => {
		admin = createEngine(resolveEndpoint({host: testDockerHost}));
		id = await createTestContainer(uniqueName('ro-engine'), {start: true});
		proxy = await startSocketProxy(testDockerHost.slice('unix://'.length));
		guarded = createEngine(resolveEndpoint({host: proxy.host}), {readOnly: true});
	});

	afterAll(async () => {
		await guarded?.close();
		await proxy?.close();
		await admin?.removeContainer(id, {force: true}).catch(() => {});
		await admin?.close();
	});

	it('refuses every mutating call with ReadOnlyError and sends nothing for it', async () => {
		const mutating: Array<[string, () => Promise<unknown>]> = [
			['start', () => guarded.startContainer(id)],
			['stop', () => guarded.stopContainer(id, {t: 1})],
			['restart', () => guarded.restartContainer(id, {t: 1})],
			['kill', () => guarded.killContainer(id, 'SIGKILL')],
			['pause', () => guarded.pauseContainer(id)],
			['unpause', () => guarded.unpauseContainer(id)],
			['remove', () => guarded.removeContainer(id, {force: true})],
			['rename', () => guarded.renameContainer(id, uniqueName('renamed'))],
			['prune containers', () => guarded.pruneContainers({label: [testLabel]})],
			['remove image', () => guarded.removeImage(testImage, {force: true})],
			['prune images', () => guarded.pruneImages()],
			['remove volume', () => guarded.removeVolume('nope')],
			['prune volumes', () => guarded.pruneVolumes()],
			['remove network', () => guarded.removeNetwork('nope')],
			['prune networks', () => guarded.pruneNetworks()],
			['exec create', () => guarded.execCreate(id, {Cmd: ['true']})],
			['exec start', () => guarded.execStart('0123456789ab', {tty: true})],
			['exec resize', () => guarded.execResize('0123456789ab', {h: 10, w: 10})],
		];
		for (const [name, call] of mutating) {
			await expect(call(), name).rejects.toBeInstanceOf(ReadOnlyError);
		}
		expect(proxy.requests.filter(request => request.method !== 'GET' && request.method !== 'HEAD')).toEqual([]);
		// Reads still pass the guard and reach the daemon.
		expect((await guarded.inspectContainer(id)).State.Running).toBe(true);
		expect(proxy.requests.some(request => request.method === 'GET' && request.path.includes(`/containers/${id}/json`))).toBe(true);
		expect((await admin.inspectContainer(id)).Name).not.toMatch(/renamed/);
	});
});
