import {execFile} from 'node:child_process';
import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {toConnectionError} from '../../source/engine/connection-errors.js';
import {createEngine} from '../../source/engine/create-engine.js';
import {parseHost} from '../../source/engine/endpoint.js';
import {DockerConnectionError, describeError} from '../../source/engine/errors.js';
import type {Endpoint} from '../../source/engine/types.js';
import {cliPath, ensureBuilt} from '../e2e/tmux.js';
import {makeTlsFixtures, type TlsFixtures} from './tls-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'dh-conn-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

async function failure(endpoint: Endpoint, options: Parameters<typeof createEngine>[1] = {}): Promise<DockerConnectionError> {
	const engine = createEngine(endpoint, {env: {}, ...options});
	try {
		const error = await engine.ping().then(() => undefined, (e: unknown) => e);
		expect(error).toBeInstanceOf(DockerConnectionError);
		return error as DockerConnectionError;
	} finally {
		await engine.close();
	}
}

describe('connection failures on a Unix socket', () => {
	it('ENOENT: no daemon at that socket', async () => {
		const error = await failure(parseHost(`unix://${dir}/missing.sock`, 'flag', undefined));
		expect(error.code).toBe('ENOENT');
		expect(error.message).toBe(`no Docker daemon at unix://${dir}/missing.sock (socket missing) — is dockerd running? set DOCKER_HOST or -H`);
		expect(describeError(error)).toBe(error.message);
	});

	it('ECONNREFUSED: the path exists but nothing listens', async () => {
		const path = join(dir, 'stale.sock');
		writeFileSync(path, '');
		const error = await failure(parseHost(`unix://${path}`, 'env', undefined));
		expect(error.code).toBe('ECONNREFUSED');
		expect(error.message).toContain(`unix://${path} refused the connection`);
	});

	it('timeout: a daemon that accepts but never answers', async () => {
		const path = join(dir, 'silent.sock');
		const sockets: net.Socket[] = [];
		const server = net.createServer(socket => sockets.push(socket));
		await new Promise<void>(resolve => server.listen(path, resolve));
		const started = Date.now();
		const error = await failure(parseHost(`unix://${path}`, 'flag', undefined), {requestTimeoutMs: 400});
		expect(error.code).toBe('TIMEOUT');
		expect(error.message).toMatch(/did not answer within/);
		expect(Date.now() - started).toBeLessThan(3000);
		for (const socket of sockets) socket.destroy();
		await new Promise(resolve => server.close(resolve));
	});

	it('EACCES: permission denied names the docker group (root runs it as nobody, through the built binary)', async () => {
		const path = join(dir, 'locked.sock');
		const server = net.createServer();
		await new Promise<void>(resolve => server.listen(path, resolve));
		// the directory may be entered, the socket is its owner's alone: what a user outside the docker group meets
		chmodSync(dir, 0o755);
		chmodSync(path, 0o600);
		const denied = /permission denied on unix:\/\/\S+locked\.sock — add your user to the docker group or run with sudo/;
		try {
			if (process.getuid?.() !== 0) {
				expect((await failure(parseHost(`unix://${path}`, 'flag', undefined))).message).toMatch(denied);
				return;
			}
			// root may open any socket: the same attempt as the unprivileged user nobody (CI runs as root)
			ensureBuilt();
			const home = mkdtempSync(join(tmpdir(), 'dh-nobody-'));
			chmodSync(home, 0o777);
			const result = await new Promise<{code: number; stderr: string}>(resolve => {
				execFile('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cliPath, 'version', '-H', `unix://${path}`], {env: {PATH: process.env.PATH, HOME: home}}, (error, _stdout, stderr) => {
					resolve({code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr});
				});
			});
			rmSync(home, {recursive: true, force: true});
			expect(result.stderr).toMatch(denied);
			expect(result.code).toBe(1);
		} finally {
			await new Promise(resolve => server.close(resolve));
		}
	});
});

describe('error mapping table', () => {
	const unix = parseHost('unix:///var/run/docker.sock', 'default', undefined);
	const tcp = parseHost('tcp://h:2375', 'env', undefined);
	const tls = parseHost('tcp://h:2376', 'context', {verify: true, files: {}}, 'prod');
	const cases: Array<[string, Endpoint, RegExp]> = [
		['EACCES', unix, /^permission denied on unix:\/\/\/var\/run\/docker\.sock — add your user to the docker group or run with sudo$/],
		['ENOENT', unix, /socket missing/],
		['ECONNREFUSED', tcp, /connection refused by tcp:\/\/h:2375 — is the daemon listening/],
		['ENOTFOUND', tcp, /cannot resolve host of tcp:\/\/h:2375/],
		['UND_ERR_CONNECT_TIMEOUT', tcp, /timed out connecting to tcp:\/\/h:2375/],
		['ECONNRESET', tcp, /closed unexpectedly .*DOCKER_TLS_VERIFY=1/],
		['SELF_SIGNED_CERT_IN_CHAIN', tls, /could not be verified \(SELF_SIGNED_CERT_IN_CHAIN\) — point the ca\.pem of context "prod"/],
		['CERT_HAS_EXPIRED', tls, /expired or not yet valid/],
		['ERR_SSL_WRONG_VERSION_NUMBER', tls, /^tcp:\/\/h:2376 does not speak TLS \(a plain HTTP port\?\)/],
		['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', tls, /TLS server at tcp:\/\/h:2376 wants a client certificate/],
		['ERR_SSL_NO_CIPHERS_AVAILABLE', tls, /TLS handshake with tcp:\/\/h:2376 failed/],
	];
	for (const [code, endpoint, message] of cases) {
		it(`${code} on ${endpoint.url}`, () => {
			const mapped = toConnectionError(Object.assign(new Error('low level'), {code}), endpoint);
			expect(mapped?.message).toMatch(message);
		});
	}

	it('leaves errors that are not about the connection alone', () => {
		expect(toConnectionError(new Error('boom'), unix)).toBeUndefined();
		expect(toConnectionError(Object.assign(new Error('x'), {code: 'UND_ERR_INVALID_ARG'}), unix)).toBeUndefined();
	});

	it('finds the code on the cause of a wrapped error', () => {
		const wrapped = Object.assign(new Error('other side closed'), {code: 'UND_ERR_SOCKET', cause: Object.assign(new Error('x'), {code: 'ECONNRESET'})});
		expect(toConnectionError(wrapped, unix)?.code).toBe('CLOSED');
	});
});

describe('TLS over tcp:// (loopback)', () => {
	let fixtures: TlsFixtures;
	let good: https.Server;
	let wrongName: https.Server;
	let port = 0;
	let wrongPort = 0;

	const listen = async (server: https.Server) => {
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		return (server.address() as AddressInfo).port;
	};
	beforeAll(async () => {
		fixtures = makeTlsFixtures();
		const answer = (_: unknown, res: import('node:http').ServerResponse) => {
			res.setHeader('Api-Version', '1.41');
			res.end('OK');
		};
		good = https.createServer({cert: fixtures.serverCert, key: fixtures.serverKey}, answer);
		wrongName = https.createServer({cert: fixtures.wrongNameCert, key: fixtures.wrongNameKey}, answer);
		port = await listen(good);
		wrongPort = await listen(wrongName);
	});
	afterAll(async () => {
		good.closeAllConnections();
		wrongName.closeAllConnections();
		await Promise.all([new Promise(r => good.close(r)), new Promise(r => wrongName.close(r))]);
		rmSync(fixtures.dir, {recursive: true, force: true});
	});

	it('verifies against the configured CA and talks to the daemon', async () => {
		const engine = createEngine(parseHost(`tcp://127.0.0.1:${port}`, 'env', {verify: true, files: {ca: fixtures.ca}}), {env: {}});
		expect((await engine.ping()).apiVersion).toBe('1.41');
		await engine.close();
	});

	it('fails verification against the wrong CA and names --tlscacert and DOCKER_CERT_PATH', async () => {
		const error = await failure(parseHost(`tcp://127.0.0.1:${port}`, 'env', {verify: true, files: {ca: fixtures.otherCa}}));
		expect(error.code).toBe('TLS');
		expect(error.message).toMatch(new RegExp(`TLS certificate of tcp://127\\.0\\.0\\.1:${port} could not be verified \\(.+\\) — point --tlscacert or DOCKER_CERT_PATH`));
	});

	it('reports a certificate issued for another name', async () => {
		const error = await failure(parseHost(`tcp://127.0.0.1:${wrongPort}`, 'env', {verify: true, files: {ca: fixtures.ca}}));
		expect(error.message).toMatch(/not valid for that host name/);
	});

	it('skips verification when told to (SkipTLSVerify), marked insecure', async () => {
		const endpoint = parseHost(`tcp://127.0.0.1:${wrongPort}`, 'context', {verify: false, files: {}}, 'lax');
		expect(endpoint.insecure).toBe(true);
		const engine = createEngine(endpoint, {env: {}});
		expect((await engine.ping()).apiVersion).toBe('1.41');
		await engine.close();
	});
});
