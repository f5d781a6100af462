import {afterEach, describe, expect, it} from 'vitest';
import {CLIENT_MAX_API_VERSION, compareApiVersions, negotiateApiVersion} from '../../source/engine/api-version.js';
import {createEngine} from '../../source/engine/create-engine.js';
import {parseHost} from '../../source/engine/endpoint.js';
import {ApiVersionError} from '../../source/engine/errors.js';
import {json, startFakeDaemon, type FakeDaemon} from './fake-daemon.js';

let daemon: FakeDaemon | undefined;
afterEach(async () => {
	await daemon?.close();
	daemon = undefined;
});

const versionBody = {Version: '99.0', ApiVersion: '1.99', MinAPIVersion: '1.24', Os: 'linux', Arch: 'amd64'};
async function fake(apiVersion: string | null, versionHeader?: string) {
	daemon = await startFakeDaemon((request, res) => json(res, 200, request.url.endsWith('/version') ? versionBody : []), {apiVersion, versionHeader});
	return daemon;
}
const engineFor = (d: FakeDaemon, options: Parameters<typeof createEngine>[1] = {}) => createEngine(parseHost(d.host, 'flag', undefined), {env: {}, ...options});

describe('compareApiVersions / negotiateApiVersion', () => {
	it('compares numerically, not as text', () => {
		expect(compareApiVersions('1.9', '1.10')).toBeLessThan(0);
		expect(compareApiVersions('1.41', '1.41')).toBe(0);
		expect(compareApiVersions('2.0', '1.99')).toBeGreaterThan(0);
	});

	it('takes the lower of client max and daemon max', () => {
		expect(negotiateApiVersion('1.41')).toBe('1.41');
		expect(negotiateApiVersion('1.40')).toBe('1.40');
		expect(negotiateApiVersion('1.55')).toBe(CLIENT_MAX_API_VERSION);
		expect(negotiateApiVersion('1.44', '1.51')).toBe('1.44');
	});

	it('falls back to 1.24 when the daemon does not say, and refuses daemons below 1.24', () => {
		expect(negotiateApiVersion(null)).toBe('1.24');
		expect(() => negotiateApiVersion('1.23')).toThrow(ApiVersionError);
		expect(() => negotiateApiVersion('1.23')).toThrow(/older than 1\.24/);
		expect(() => negotiateApiVersion('banana')).toThrow(/unreadable/);
	});
});

describe('negotiation through the request core', () => {
	it('pings /_ping unversioned once, then prefixes every call with the negotiated version', async () => {
		const d = await fake('1.41');
		const engine = engineFor(d);
		expect(engine.apiVersion).toBeNull();
		await Promise.all([engine.listContainers(), engine.listImages(), engine.version()]);
		await engine.listNetworks();
		expect(engine.apiVersion).toBe('1.41');
		expect(d.requests.map(r => r.url)).toEqual(['/_ping', '/v1.41/containers/json', '/v1.41/images/json', '/v1.41/version', '/v1.41/networks']);
		await engine.close();
	});

	it('caps at the client maximum for a newer daemon (no hard-coded version)', async () => {
		const d = await fake('1.55');
		const engine = engineFor(d);
		await engine.listContainers();
		expect(d.requests.at(-1)?.url).toBe(`/v${CLIENT_MAX_API_VERSION}/containers/json`);
		await engine.close();
	});

	it('reads the Api-Version header case-insensitively', async () => {
		const d = await fake('1.40', 'API-VERSION');
		const engine = engineFor(d);
		expect(await engine.negotiate()).toBe('1.40');
		await engine.close();
	});

	it('is pinned by DOCKER_API_VERSION or options.apiVersion without a ping', async () => {
		const d = await fake('1.41');
		const pinnedByEnv = createEngine(parseHost(d.host, 'flag', undefined), {env: {DOCKER_API_VERSION: '1.40'}});
		await pinnedByEnv.listContainers();
		const pinnedByOption = createEngine(parseHost(d.host, 'flag', undefined), {env: {DOCKER_API_VERSION: '1.40'}, apiVersion: '1.43'});
		await pinnedByOption.listContainers();
		expect(d.requests.map(r => r.url)).toEqual(['/v1.40/containers/json', '/v1.43/containers/json']);
		expect(() => createEngine(parseHost(d.host, 'flag', undefined), {env: {DOCKER_API_VERSION: 'latest'}})).toThrow(/not an API version/);
		await pinnedByEnv.close();
		await pinnedByOption.close();
	});

	it('refuses a daemon older than 1.24 with a clear error before any other call', async () => {
		const d = await fake('1.19');
		const engine = engineFor(d);
		await expect(engine.listContainers()).rejects.toThrow(/Docker API 1\.19, older than 1\.24/);
		expect(d.requests.map(r => r.url)).toEqual(['/_ping']);
		await engine.close();
	});

	it('reads what /_ping tells about the server (Podman answers with Libpod headers)', async () => {
		daemon = await startFakeDaemon((request, res) => {
			if (request.url !== '/_ping') return json(res, 200, []);
			res.writeHead(200, {'Api-Version': '1.41', 'Libpod-Api-Version': '4.3.1', Server: 'Libpod/4.3.1 (linux)', Ostype: 'linux'});
			res.end('OK');
		});
		const engine = engineFor(daemon);
		expect(await engine.ping()).toEqual({apiVersion: '1.41', libpodApiVersion: '4.3.1', server: 'Libpod/4.3.1 (linux)', osType: 'linux', builderVersion: undefined});
		expect(engine.apiVersion).toBe('1.41'); // a ping settles negotiation: no second /_ping
		await engine.listContainers();
		expect(daemon.requests.map(r => r.url)).toEqual(['/_ping', '/v1.41/containers/json']);
		await engine.close();
	});

	it('retries negotiation after a failure (daemon came up later)', async () => {
		let up = false;
		daemon = await startFakeDaemon((request, res) => {
			if (request.url === '/_ping') {
				if (!up) return json(res, 500, {message: 'starting'});
				res.setHeader('Api-Version', '1.41');
				return res.end('OK');
			}
			json(res, 200, []);
		});
		const engine = engineFor(daemon);
		await expect(engine.listContainers()).rejects.toThrow(/starting/);
		up = true;
		await expect(engine.listContainers()).resolves.toEqual([]);
		expect(engine.apiVersion).toBe('1.41');
		await engine.close();
	});
});
