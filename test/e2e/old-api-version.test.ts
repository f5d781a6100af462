// Pinned to API 1.24 (DOCKER_API_VERSION) against the real daemon: calls that came with 1.25
// (/system/df, the prune endpoints) are never sent — dockerd 20.10 would answer them anyway, an
// older daemon would refuse — and the UI says prune is not available instead of trying.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {introducedIn, supportsCall} from '../../source/engine/api-features.js';
import {createEngine} from '../../source/engine/create-engine.js';
import {parseHost} from '../../source/engine/endpoint.js';
import {UnsupportedCallError} from '../../source/engine/errors.js';
import {describeDaemon, testDockerHost} from '../support/daemon.js';
import {startSocketProxy, type SocketProxy} from '../support/socket-proxy.js';
import {startApp, type TmuxApp} from './actions-tmux.js';
import {ensureBuilt} from './tmux.js';

const newer = /\/(system\/df|containers\/prune|images\/prune|volumes\/prune|networks\/prune)/;
let proxy: SocketProxy;
let app: TmuxApp | undefined;

it('supportsCall follows the CHANGELOG: /system/df and prune came with 1.25, ServiceStatus with 1.41, server-side rollback with 1.28', () => {
	expect(introducedIn).toEqual({
		systemDf: '1.25',
		pruneContainers: '1.25',
		pruneImages: '1.25',
		pruneVolumes: '1.25',
		pruneNetworks: '1.25',
		serviceStatus: '1.41',
		serviceRollback: '1.28',
	});
	expect(supportsCall('1.40', 'serviceStatus')).toBe(false);
	expect(supportsCall('1.41', 'serviceStatus')).toBe(true);
	expect(supportsCall('1.27', 'serviceRollback')).toBe(false);
	expect(supportsCall('1.24', 'systemDf')).toBe(false);
	expect(supportsCall('1.25', 'pruneImages')).toBe(true);
	expect(supportsCall('1.41', 'pruneNetworks')).toBe(true);
	expect(supportsCall(null, 'pruneVolumes')).toBe(true);
});

describeDaemon('pinned to API 1.24 (real daemon, requests recorded)', () => {
	beforeAll(async () => {
		ensureBuilt();
		proxy = await startSocketProxy(testDockerHost.slice('unix://'.length));
	});
	afterAll(async () => {
		await app?.close();
		await proxy?.close();
	});

	it('the engine refuses 1.25 calls unsent and serves the rest at /v1.24', async () => {
		const engine = createEngine(parseHost(proxy.host, 'env', undefined), {env: {DOCKER_API_VERSION: '1.24'}});
		try {
			expect(Array.isArray(await engine.listContainers({all: true}))).toBe(true);
			for (const call of [() => engine.systemDf(), () => engine.pruneContainers(), () => engine.pruneImages({dangling: true}), () => engine.pruneVolumes(), () => engine.pruneNetworks()]) {
				const failure = await call().catch((error: unknown) => error);
				expect(failure).toBeInstanceOf(UnsupportedCallError);
				expect((failure as Error).message).toMatch(/needs Docker API 1\.25 \(this session speaks 1\.24\)$/);
			}
		} finally {
			await engine.close();
		}
		expect(proxy.requests.map(request => request.path).filter(path => newer.test(path))).toEqual([]);
		expect(proxy.requests.some(request => request.path.startsWith('/v1.24/containers/json'))).toBe(true);
	});

	it('X in the UI says prune needs 1.25 and sends no /system/df or prune request', async () => {
		const before = proxy.requests.length;
		app = await startApp({env: {DOCKER_HOST: proxy.host, DOCKER_API_VERSION: '1.24'}});
		await app.waitFor(/connected .*API 1\.24/);
		// help hides what this daemon cannot do
		await app.press('?');
		const help = await app.waitFor(/open a shell in the container/);
		expect(help).not.toContain('prune menu');
		await app.press('Escape');
		await app.waitUntil(screen => !screen.includes('open a shell in the container'));
		await app.press('X');
		await app.waitFor('prune needs Docker API 1.25 (this session speaks 1.24)');
		await app.press('2');
		await app.press('X');
		await app.waitFor('prune needs Docker API 1.25');
		const sent = proxy.requests.slice(before);
		expect(sent.filter(request => newer.test(request.path))).toEqual([]);
		// every versioned call of the session used the pinned version
		expect(sent.filter(request => /^\/v\d/.test(request.path) && !request.path.startsWith('/v1.24/'))).toEqual([]);
	});
});
