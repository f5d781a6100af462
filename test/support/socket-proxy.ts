// A Unix-socket proxy in front of a real daemon socket: records every HTTP request head sent
// client→daemon and can cut all open connections, so tests see what a client asked and how it
// copes with a dropped stream.
import {mkdtempSync, rmSync} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export type ProxiedRequest = {method: string; path: string};

export type SocketProxy = {
	socketPath: string;
	host: string; // unix://…
	requests: ProxiedRequest[];
	/** Destroys every open connection (both sides); the proxy keeps accepting new ones. */
	cut(): void;
	/** cut(), and until unblock() every new connection is dropped at once (the daemon looks gone). */
	block(): void;
	unblock(): void;
	/** Client connections open right now. */
	openConnections(): number;
	close(): Promise<void>;
};

const headEnd = Buffer.from('\r\n\r\n');
const lineEnd = Buffer.from('\r\n');
// Docker hijacks these connections even without an Upgrade header: what follows is raw stream.
const hijackedPath = /\/(exec\/[^/]+\/start|containers\/[^/]+\/attach)(\?|$)/;

type Phase = {kind: 'head'} | {kind: 'body'; remaining: number} | {kind: 'chunk-size'} | {kind: 'chunk-data'; remaining: number} | {kind: 'trailer'} | {kind: 'raw'};

/** Parses the client→daemon byte stream of one connection and reports each request head. */
export function createRequestParser(onRequest: (request: ProxiedRequest) => void): (data: Buffer) => void {
	let buffer: Buffer = Buffer.alloc(0);
	let phase: Phase = {kind: 'head'};
	let upgradeAfterBody = false;

	const step = (): boolean => {
		switch (phase.kind) {
			case 'raw': {
				buffer = Buffer.alloc(0);
				return false;
			}
			case 'head': {
				const end = buffer.indexOf(headEnd);
				if (end < 0) return false;
				const head = buffer.subarray(0, end).toString('latin1');
				buffer = buffer.subarray(end + headEnd.length);
				const [requestLine = '', ...headerLines] = head.split('\r\n');
				const [method = '', path = ''] = requestLine.split(' ');
				if (!method) return true; // stray CRLF between requests
				onRequest({method, path});
				const headers = new Map<string, string>();
				for (const line of headerLines) {
					const colon = line.indexOf(':');
					if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
				}
				const upgrade = headers.has('upgrade') || /upgrade/i.test(headers.get('connection') ?? '') || hijackedPath.test(path);
				const chunked = /chunked/i.test(headers.get('transfer-encoding') ?? '');
				const length = Number(headers.get('content-length') ?? 0) || 0;
				// A hijacked request may still carry a JSON body before the raw stream starts.
				if (chunked) phase = {kind: 'chunk-size'};
				else if (length > 0) phase = {kind: 'body', remaining: length};
				if (upgrade) {
					if (phase.kind === 'head') phase = {kind: 'raw'};
					else upgradeAfterBody = true;
				}
				return true;
			}
			case 'body':
			case 'chunk-data': {
				if (buffer.length === 0) return false;
				const take = Math.min(phase.remaining, buffer.length);
				buffer = buffer.subarray(take);
				const remaining = phase.remaining - take;
				if (remaining > 0) {
					phase = {...phase, remaining};
					return false;
				}
				if (phase.kind === 'chunk-data') phase = {kind: 'chunk-size'};
				else finishMessage();
				return true;
			}
			case 'chunk-size': {
				const end = buffer.indexOf(lineEnd);
				if (end < 0) return false;
				const line = buffer.subarray(0, end).toString('latin1');
				buffer = buffer.subarray(end + 2);
				if (line === '') return true; // the CRLF that ends a chunk's data
				const size = Number.parseInt(line.split(';')[0] ?? '', 16);
				phase = Number.isNaN(size) ? {kind: 'raw'} : size === 0 ? {kind: 'trailer'} : {kind: 'chunk-data', remaining: size};
				return true;
			}
			case 'trailer': {
				const end = buffer.indexOf(lineEnd);
				if (end < 0) return false;
				const line = buffer.subarray(0, end);
				buffer = buffer.subarray(end + 2);
				if (line.length === 0) finishMessage();
				return true;
			}
		}
	};

	const finishMessage = () => {
		phase = upgradeAfterBody ? {kind: 'raw'} : {kind: 'head'};
		upgradeAfterBody = false;
	};

	return (data: Buffer) => {
		if (phase.kind === 'raw') return;
		buffer = buffer.length === 0 ? data : Buffer.concat([buffer, data]);
		while (step()) {
			// keep consuming complete pieces
		}
	};
}

export async function startSocketProxy(targetSocketPath: string): Promise<SocketProxy> {
	const dir = mkdtempSync(join(tmpdir(), 'dh-proxy-'));
	const socketPath = join(dir, 'docker.sock');
	const requests: ProxiedRequest[] = [];
	const open = new Set<net.Socket>();
	const clients = new Set<net.Socket>();
	let blocked = false;

	const server = net.createServer(client => {
		if (blocked) {
			client.destroy();
			return;
		}
		clients.add(client);
		client.on('close', () => clients.delete(client));
		const upstream = net.createConnection(targetSocketPath);
		open.add(client);
		open.add(upstream);
		const parse = createRequestParser(request => requests.push(request));
		client.on('data', data => {
			parse(data);
			upstream.write(data);
		});
		upstream.on('data', data => client.write(data));
		client.on('end', () => upstream.end());
		upstream.on('end', () => client.end());
		const drop = () => {
			client.destroy();
			upstream.destroy();
			open.delete(client);
			open.delete(upstream);
		};
		client.on('close', drop);
		upstream.on('close', drop);
		client.on('error', drop);
		upstream.on('error', drop);
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(socketPath, () => {
			server.off('error', reject);
			resolve();
		});
	});

	const cut = () => {
		for (const socket of open) socket.destroy();
		open.clear();
	};

	return {
		socketPath,
		host: `unix://${socketPath}`,
		requests,
		cut,
		block() {
			blocked = true;
			cut();
		},
		unblock() {
			blocked = false;
		},
		openConnections: () => clients.size,
		async close() {
			cut();
			await new Promise<void>(resolve => server.close(() => resolve()));
			rmSync(dir, {recursive: true, force: true});
		},
	};
}
