import http from 'node:http';
import {existsSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {describeDaemon, testDockerHost} from './daemon.js';
import {createRequestParser, startSocketProxy, type ProxiedRequest, type SocketProxy} from './socket-proxy.js';

function parseAll(pieces: string[]): ProxiedRequest[] {
	const seen: ProxiedRequest[] = [];
	const parse = createRequestParser(request => seen.push(request));
	for (const piece of pieces) parse(Buffer.from(piece, 'latin1'));
	return seen;
}

describe('createRequestParser', () => {
	it('finds every request on a keep-alive connection, skipping bodies that look like requests', () => {
		const body = 'GET /not-a-request HTTP/1.1\r\n\r\n';
		const stream = `POST /containers/create?name=x HTTP/1.1\r\nHost: d\r\nContent-Length: ${body.length}\r\n\r\n${body}GET /_ping HTTP/1.1\r\nHost: d\r\n\r\n`;
		expect(parseAll([stream])).toEqual([
			{method: 'POST', path: '/containers/create?name=x'},
			{method: 'GET', path: '/_ping'},
		]);
	});

	it('handles heads and chunked bodies split across reads', () => {
		const stream = 'POST /build HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nGET /\r\n3;x=1\r\nabc\r\n0\r\n\r\nDELETE /containers/abc?force=1 HTTP/1.1\r\n\r\n';
		const pieces = stream.match(/[\s\S]{1,3}/g) ?? [];
		expect(parseAll(pieces)).toEqual([
			{method: 'POST', path: '/build'},
			{method: 'DELETE', path: '/containers/abc?force=1'},
		]);
	});

	it('stops parsing after an upgrade or a hijacked exec start', () => {
		const json = '{"Tty":true}';
		expect(parseAll([`POST /v1.41/exec/e1/start HTTP/1.1\r\nContent-Length: ${json.length}\r\n\r\n${json}GET /fake HTTP/1.1\r\n\r\n`])).toEqual([
			{method: 'POST', path: '/v1.41/exec/e1/start'},
		]);
		expect(parseAll(['GET /x HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n', 'GET /raw HTTP/1.1\r\n\r\n'])).toEqual([{method: 'GET', path: '/x'}]);
	});
});

function get(socketPath: string, path: string, agent: http.Agent): Promise<number> {
	return new Promise((resolve, reject) => {
		http.get({socketPath, path, agent}, response => {
			response.resume();
			response.on('end', () => resolve(response.statusCode ?? 0));
		}).on('error', reject);
	});
}

describeDaemon('startSocketProxy (real daemon)', () => {
	let proxy: SocketProxy;
	beforeAll(async () => {
		proxy = await startSocketProxy(testDockerHost.slice('unix://'.length));
	});
	afterAll(async () => {
		await proxy?.close();
	});

	it('forwards requests and records each one on a reused connection', async () => {
		const agent = new http.Agent({keepAlive: true, maxSockets: 1});
		expect(await get(proxy.socketPath, '/_ping', agent)).toBe(200);
		expect(await get(proxy.socketPath, '/containers/json?all=1', agent)).toBe(200);
		expect(await get(proxy.socketPath, '/containers/no-such-container-dh/json', agent)).toBe(404);
		agent.destroy();
		expect(proxy.requests).toEqual([
			{method: 'GET', path: '/_ping'},
			{method: 'GET', path: '/containers/json?all=1'},
			{method: 'GET', path: '/containers/no-such-container-dh/json'},
		]);
	});

	it('cut() ends an open event stream and the proxy still accepts new connections', async () => {
		const ended = new Promise<string>(resolve => {
			const request = http.get({socketPath: proxy.socketPath, path: '/events'}, response => {
				response.resume();
				response.on('close', () => resolve('closed'));
				response.on('error', () => resolve('error'));
				queueMicrotask(() => proxy.cut());
			});
			request.on('error', () => resolve('error'));
		});
		expect(['closed', 'error']).toContain(await ended);
		const agent = new http.Agent();
		expect(await get(proxy.socketPath, '/_ping', agent)).toBe(200);
		agent.destroy();
	});

	it('block() drops connections until unblock(); openConnections() counts live clients', async () => {
		const agent = new http.Agent({keepAlive: true});
		expect(await get(proxy.socketPath, '/_ping', agent)).toBe(200);
		expect(proxy.openConnections()).toBe(1);
		proxy.block();
		await expect(get(proxy.socketPath, '/_ping', new http.Agent())).rejects.toThrow();
		await expect.poll(() => proxy.openConnections()).toBe(0);
		proxy.unblock();
		expect(await get(proxy.socketPath, '/_ping', agent)).toBe(200);
		agent.destroy();
	});

	it('close() removes the socket file', async () => {
		const other = await startSocketProxy(testDockerHost.slice('unix://'.length));
		expect(existsSync(other.socketPath)).toBe(true);
		await other.close();
		expect(existsSync(other.socketPath)).toBe(false);
	});
});
