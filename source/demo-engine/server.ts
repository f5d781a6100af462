// The demo engine: a node:http server on a real Unix socket answering the Engine API from a
// simulated World. close() ends every open stream and connection and removes the socket file.
import fs from 'node:fs';
import type http from 'node:http';
import {createRequire} from 'node:module';
import net from 'node:net';
import type {Duplex} from 'node:stream';
import {containerRoutes} from './container-routes.js';
import {eventRoutes} from './event-routes.js';
import {execRoutes, startHijacked} from './exec-routes.js';
import {logRoutes} from './log-routes.js';
import {resourceRoutes} from './resource-routes.js';
import {createRouter, versionOf} from './router.js';
import {statsRoutes} from './stats-routes.js';
import {systemRoutes} from './system-routes.js';
import {compareVersions, minimumApiVersion, newestApiVersion} from './versions.js';
import {DemoError, World} from './world.js';

// required, not imported: an ES import of node:http reads all its exports, and its WebSocket getter
// loads Node's own copy of undici (~14 MB of RSS in every session, the demo served or not)
const {createServer} = createRequire(import.meta.url)('node:http') as typeof http;

export type DemoEngineOptions = {socketPath: string; containers?: number; apiVersion?: string; seed?: number};
export type DemoEngine = {socketPath: string; apiVersion: string; world: World; close: () => Promise<void>};

export const defaultDemoContainers = 10;

export async function startDemoEngine(options: DemoEngineOptions): Promise<DemoEngine> {
	const apiVersion = options.apiVersion ?? newestApiVersion;
	if (!/^\d+\.\d+$/.test(apiVersion) || compareVersions(apiVersion, minimumApiVersion) < 0 || compareVersions(apiVersion, newestApiVersion) > 0) {
		throw new Error(`--api-version must be between ${minimumApiVersion} and ${newestApiVersion} (got ${apiVersion})`);
	}
	const world = new World(options.seed ?? 1, options.containers ?? defaultDemoContainers);
	const routes = [...systemRoutes, ...containerRoutes, ...logRoutes, ...statsRoutes, ...execRoutes, ...eventRoutes, ...resourceRoutes];
	const server = createServer({keepAliveTimeout: 60_000}, createRouter(routes, world, apiVersion));
	const sockets = new Set<Duplex>();
	server.on('connection', socket => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('upgrade', (req, socket: Duplex, head: Buffer) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		try {
			const url = new URL(req.url ?? '/', 'http://demo');
			const {version, path} = versionOf(url.pathname, apiVersion);
			const match = /^\/exec\/([^/]+)\/start$/.exec(path);
			if (!match || req.method !== 'POST') throw new DemoError(404, 'page not found');
			startHijacked(world, apiVersion, version, decodeURIComponent(match[1]!), req, socket, head);
		} catch (error) {
			const status = error instanceof DemoError ? error.status : 500;
			const text = `${JSON.stringify({message: error instanceof Error ? error.message : String(error)})}\n`;
			socket.end(`HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
		}
	});
	await removeStaleSocket(options.socketPath);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.socketPath, () => {
			server.off('error', reject);
			resolve();
		});
	});
	world.start();
	let closed: Promise<void> | undefined;
	const close = () => (closed ??= new Promise<void>(resolve => {
		world.stop();
		server.close(() => resolve());
		for (const socket of sockets) socket.destroy();
	}).then(() => fs.rmSync(options.socketPath, {force: true})));
	return {socketPath: options.socketPath, apiVersion, world, close};
}

/** A socket file nobody listens on is left by a killed engine: reuse the path; a live one is an error. */
async function removeStaleSocket(path: string): Promise<void> {
	if (!fs.existsSync(path)) return;
	const live = await new Promise<boolean>(resolve => {
		const probe = net.connect(path, () => {
			probe.destroy();
			resolve(true);
		});
		probe.on('error', () => resolve(false));
	});
	if (live) throw new Error(`${path} is in use by a running server`);
	fs.rmSync(path, {force: true});
}
