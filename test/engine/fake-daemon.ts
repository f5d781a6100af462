// A scripted HTTP server on a Unix socket standing in for dockerd in unit tests: records every
// request and connection, answers with the handler's response.
import {mkdtempSync, rmSync} from 'node:fs';
import http from 'node:http';
import type {Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach} from 'vitest';
import {createEngine} from '../../source/engine/create-engine.js';
import {parseHost} from '../../source/engine/endpoint.js';
import type {Engine} from '../../source/engine/types.js';

export type FakeRequest = {method: string; url: string; headers: http.IncomingHttpHeaders; body: string};

export type FakeDaemon = {
	host: string; // unix://…
	socketPath: string;
	requests: FakeRequest[];
	/** Connections ever accepted, and those still open. */
	connections: {total: number; open: number};
	close(): Promise<void>;
};

export type Handler = (request: FakeRequest, response: http.ServerResponse) => void;

/** Answers /_ping with the given Api-Version (null: no header) and everything else via `handler`. */
export async function startFakeDaemon(handler: Handler, options: {apiVersion?: string | null; versionHeader?: string} = {}): Promise<FakeDaemon> {
	const dir = mkdtempSync(join(tmpdir(), 'dh-fake-'));
	const socketPath = join(dir, 'docker.sock');
	const requests: FakeRequest[] = [];
	const connections = {total: 0, open: 0};
	const sockets = new Set<Socket>();
	const server = http.createServer((req, res) => {
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (chunk: string) => (body += chunk));
		req.on('end', () => {
			const request = {method: req.method ?? '', url: req.url ?? '', headers: req.headers, body};
			requests.push(request);
			if (request.url === '/_ping' && options.apiVersion !== undefined) {
				if (options.apiVersion !== null) res.setHeader(options.versionHeader ?? 'Api-Version', options.apiVersion);
				res.end('OK');
				return;
			}
			handler(request, res);
		});
	});
	server.on('connection', socket => {
		connections.total++;
		connections.open++;
		sockets.add(socket);
		socket.on('close', () => {
			connections.open--;
			sockets.delete(socket);
		});
	});
	await new Promise<void>(resolve => server.listen(socketPath, resolve));
	return {
		host: `unix://${socketPath}`,
		socketPath,
		requests,
		connections,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise(resolve => server.close(resolve));
			rmSync(dir, {recursive: true, force: true});
		},
	};
}

export function json(res: http.ServerResponse, status: number, value: unknown): void {
	res.writeHead(status, {'content-type': 'application/json'});
	res.end(JSON.stringify(value));
}

/** One frame of Docker's multiplexed log stream: [type,0,0,0,size BE] then the payload. */
export function logFrame(type: number, text: string | Buffer): Buffer {
	const payload = typeof text === 'string' ? Buffer.from(text) : text;
	const header = Buffer.alloc(8);
	header[0] = type;
	header.writeUInt32BE(payload.length, 4);
	return Buffer.concat([header, payload]);
}

/** Polls until `condition` holds or the deadline passes (then throws with `what`). */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise(resolve => setTimeout(resolve, 20));
	}
}

/**
 * For a test file whose tests each want an engine on their own fake daemon (API 1.41): returns the
 * function that starts one; the daemon is closed after each test.
 */
export function fakeEngines(): (handler: Handler, options?: Parameters<typeof createEngine>[1]) => Promise<{daemon: FakeDaemon; engine: Engine}> {
	let current: FakeDaemon | undefined;
	afterEach(async () => {
		await current?.close();
		current = undefined;
	});
	return async (handler, options = {}) => {
		current = await startFakeDaemon(handler, {apiVersion: '1.41'});
		return {daemon: current, engine: createEngine(parseHost(current.host, 'flag', undefined), {env: {}, ...options})};
	};
}

