import {describe, expect, it} from 'vitest';
import {DockerApiError, ReadOnlyError, describeError} from '../../source/engine/errors.js';
import {fakeEngines, json} from './fake-daemon.js';

const engineWith = fakeEngines();

describe('read-only guard', () => {
	it('refuses every mutating call before a single byte is sent, and lets reads through', async () => {
		const {daemon, engine} = await engineWith((_, res) => json(res, 200, []), {readOnly: true});
		const refused = [
			() => engine.startContainer('c'),
			() => engine.stopContainer('c'),
			() => engine.restartContainer('c'),
			() => engine.killContainer('c'),
			() => engine.pauseContainer('c'),
			() => engine.unpauseContainer('c'),
			() => engine.removeContainer('c', {force: true}),
			() => engine.renameContainer('c', 'd'),
			() => engine.createContainer({Image: 'x'}),
			() => engine.pruneContainers(),
			() => engine.removeImage('i'),
			() => engine.pruneImages(),
			() => engine.removeVolume('v'),
			() => engine.pruneVolumes(),
			() => engine.removeNetwork('n'),
			() => engine.pruneNetworks(),
			() => engine.execCreate('c', {Cmd: ['sh']}),
			() => engine.execStart('e'),
			() => engine.execResize('e', {h: 24, w: 80}),
		];
		for (const call of refused) await expect(call()).rejects.toBeInstanceOf(ReadOnlyError);
		expect(daemon.connections.total).toBe(0);
		expect(daemon.requests).toEqual([]);
		await expect(engine.listContainers()).resolves.toEqual([]);
		expect(daemon.requests.map(r => r.method)).toEqual(['GET', 'GET']);
		await expect(engine.stopContainer('c')).rejects.toThrow('read-only mode: refused POST /containers/c/stop');
		await engine.close();
	});
});

describe('HTTP answers', () => {
	it('keeps the daemon message, status and request in DockerApiError', async () => {
		const {engine} = await engineWith((_, res) => json(res, 404, {message: 'No such container: ghost'}));
		const error = await engine.inspectContainer('ghost').catch(e => e);
		expect(error).toBeInstanceOf(DockerApiError);
		expect(error).toMatchObject({status: 404, daemonMessage: 'No such container: ghost', method: 'GET', path: '/containers/ghost/json'});
		expect(describeError(error)).toBe('No such container: ghost');
		await engine.close();
	});

	it('uses a plain-text error body as the message, and marks daemon-side failures', async () => {
		const {engine} = await engineWith((_, res) => {
			res.writeHead(500, {'content-type': 'text/plain'});
			res.end('runtime exploded\n');
		});
		const error = await engine.pauseContainer('c').catch(e => e);
		expect(error).toMatchObject({status: 500, daemonMessage: 'runtime exploded'});
		expect(describeError(error)).toBe('daemon error: runtime exploded');
		await engine.close();
	});

	it('treats 304 on start and stop as already started / already stopped', async () => {
		const {engine} = await engineWith((request, res) => {
			res.writeHead(request.url.includes('/c304/') ? 304 : 204);
			res.end();
		});
		expect(await engine.startContainer('c304')).toBe('already-started');
		expect(await engine.stopContainer('c304')).toBe('already-stopped');
		expect(await engine.startContainer('c204')).toBe('started');
		expect(await engine.stopContainer('c204', {t: 1})).toBe('stopped');
		await engine.close();
	});

	it('encodes ids, booleans and filters in the query', async () => {
		const {daemon, engine} = await engineWith((_, res) => json(res, 200, []));
		await engine.listContainers({all: true, filters: {label: ['dockhand.test=1'], status: ['exited']}});
		await engine.listContainers({all: false});
		await engine.removeContainer('a/b', {force: true, volumes: false}).catch(() => undefined);
		const urls = daemon.requests.slice(1).map(r => decodeURIComponent(r.url));
		expect(urls).toEqual(['/v1.41/containers/json?all=1&filters={"label":["dockhand.test=1"],"status":["exited"]}', '/v1.41/containers/json?all=0', '/v1.41/containers/a/b?force=1&v=0']);
		expect(daemon.requests.at(-1)?.url).toBe('/v1.41/containers/a%2Fb?force=1&v=0');
		await engine.close();
	});

	it('sends create bodies as JSON with the name in the query', async () => {
		const {daemon, engine} = await engineWith((_, res) => json(res, 201, {Id: 'abc', Warnings: []}));
		await expect(engine.createContainer({Image: 'busybox', Cmd: ['true']}, {name: 'web'})).resolves.toEqual({Id: 'abc', Warnings: []});
		const request = daemon.requests.at(-1)!;
		expect(request.url).toBe('/v1.41/containers/create?name=web');
		expect(request.headers['content-type']).toBe('application/json');
		expect(JSON.parse(request.body)).toEqual({Image: 'busybox', Cmd: ['true']});
		await engine.close();
	});
});
