// Stream calls against a scripted daemon: what real daemons rarely do on demand (garbage lines,
// misleading Content-Type, a connection dropped mid-stream).
import type http from 'node:http';
import {describe, expect, it} from 'vitest';
import {DockerConnectionError, describeError} from '../../source/engine/errors.js';
import type {DockerEvent, LogChunk} from '../../source/engine/types.js';
import {fakeEngines, json, logFrame, waitFor, type Handler} from './fake-daemon.js';

const engineWith = fakeEngines();


const decoded = (chunks: LogChunk[]) => chunks.map(c => [c.stream, Buffer.from(c.data).toString()]);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const item of iterable) out.push(item);
	return out;
}

describe('events stream', () => {
	it('reports bad lines, normalises legacy events and goes on to the end', async () => {
		const {engine, daemon} = await engineWith((_, res) => {
			res.writeHead(200, {'content-type': 'application/json'});
			res.write('{"status":"start","id":"c1","from":"img:1","time":11}\r\n');
			res.write('{"Type":"container","Action":"die","Actor":{"ID":"c1","Attributes":{"exitCode":"0"}},"time":12,"timeNano":12000000000}\n{"broken":\n');
			res.end('\u001e{"Type":"image","Action":"delete","Actor":{"ID":"sha256:x","Attributes":{}},"time":13}\n');
		});
		const bad: string[] = [];
		let opened = 0;
		const events = await collect(engine.events({since: 10, filters: {type: ['container']}, onBadLine: line => bad.push(line), onOpen: () => opened++}));
		expect(daemon.requests.at(-1)?.url).toBe('/v1.41/events?since=10&filters=%7B%22type%22%3A%5B%22container%22%5D%7D');
		expect(opened).toBe(1);
		expect(events.map((e: DockerEvent) => [e.Type, e.Action, e.Actor.ID])).toEqual([
			['container', 'start', 'c1'],
			['container', 'die', 'c1'],
			['image', 'delete', 'sha256:x'],
		]);
		expect(events[0]!.Actor.Attributes.image).toBe('img:1');
		expect(bad).toEqual(['{"broken":']);
		await engine.close();
	});

	it('throws a connection error when the daemon drops the stream, so the caller can reconnect', async () => {
		const {engine} = await engineWith((_, res) => {
			res.writeHead(200, {'content-type': 'application/json'});
			res.write('{"Type":"container","Action":"start","Actor":{"ID":"c1","Attributes":{}},"time":1}\n');
			setTimeout(() => res.socket?.destroy(), 50);
		});
		const seen: string[] = [];
		const error = await (async () => {
			for await (const event of engine.events()) seen.push(event.Action);
		})().catch((e: unknown) => e);
		expect(seen).toEqual(['start']);
		expect(error).toBeInstanceOf(DockerConnectionError);
		expect((error as DockerConnectionError).code).toBe('CLOSED');
		expect(describeError(error)).toMatch(/connection to unix:\/\/.* closed unexpectedly/);
		await engine.close();
	});

	it('an abort before the daemon answers ends the stream without an error', async () => {
		const pending: http.ServerResponse[] = [];
		const {engine} = await engineWith((_, res) => pending.push(res));
		const abort = new AbortController();
		const done = collect(engine.events({signal: abort.signal}));
		await waitFor(() => pending.length === 1, 'the request to arrive');
		abort.abort();
		await expect(done).resolves.toEqual([]);
		await engine.close();
	});

	it('close() before the daemon answers ends events and logs quietly too', async () => {
		const pending: http.ServerResponse[] = [];
		const {engine} = await engineWith((_, res) => pending.push(res));
		const events = collect(engine.events());
		const logs = collect(engine.logs('c1'));
		await waitFor(() => pending.length === 2, 'both requests to arrive (the events and the inspect before the logs)');
		await engine.close();
		await expect(events).resolves.toEqual([]);
		await expect(logs).resolves.toEqual([]);
	});
});

describe('logs framing follows Config.Tty, never the Content-Type', () => {
	const logsDaemon = (tty: boolean, contentType: string, body: Buffer): Handler => (request, res) => {
		if (request.url.endsWith('/json')) return json(res, 200, {Id: 'c', Config: {Tty: tty}});
		res.writeHead(200, contentType ? {'content-type': contentType} : {});
		res.end(body);
	};

	it('demultiplexes a non-TTY container even when the daemon says text/plain or nothing (20.10, Podman)', async () => {
		for (const contentType of ['', 'text/plain', 'application/octet-stream']) {
			const {engine, daemon} = await engineWith(logsDaemon(false, contentType, Buffer.concat([logFrame(1, 'out\n'), logFrame(2, 'err\n'), logFrame(3, 'driver failed\n')])));
			expect(decoded(await collect(engine.logs('c'))), contentType).toEqual([
				['stdout', 'out\n'],
				['stderr', 'err\n'],
				['system', 'driver failed\n'],
			]);
			await engine.close();
			await daemon.close();
		}
	});

	it('passes a TTY container through raw even when the daemon claims a multiplexed stream', async () => {
		const raw = Buffer.from('\u0001\u0000\u0000\u0000 looks like a header\r\n');
		const {engine} = await engineWith(logsDaemon(true, 'application/vnd.docker.multiplexed-stream', raw));
		const chunks = await collect(engine.logs('c', {follow: false}));
		expect(Buffer.concat(chunks.map(c => c.data)).equals(raw)).toBe(true);
		expect(chunks.every(c => c.stream === 'stdout')).toBe(true);
		await engine.close();
	});

	it('skips the inspect when the caller already knows Tty, and sends the query', async () => {
		const {engine, daemon} = await engineWith(logsDaemon(false, '', logFrame(1, 'x\n')));
		await collect(engine.logs('c', {tty: false, follow: true, tail: 50, timestamps: true, since: 100, stderr: false}));
		expect(daemon.requests.slice(1).map(r => r.url)).toEqual(['/v1.41/containers/c/logs?follow=1&stdout=1&stderr=0&since=100&timestamps=1&tail=50']);
		await engine.close();
	});

	it('logBytes gives the body as it came, frame headers included, with no inspect', async () => {
		const body = Buffer.concat([logFrame(1, 'out\n'), logFrame(2, 'err\n')]);
		const {engine, daemon} = await engineWith(logsDaemon(false, '', body));
		const chunks = await collect(engine.logBytes('c', {tty: false, timestamps: true}));
		expect(Buffer.concat(chunks).equals(body)).toBe(true);
		expect(daemon.requests.slice(1).map(r => r.url)).toEqual(['/v1.41/containers/c/logs?stdout=1&stderr=1&timestamps=1']); // after /_ping
		await engine.close();
	});
});

describe('engine lifecycle', () => {
	it('after close(), calls fail with a plain "closed" connection error', async () => {
		const {engine} = await engineWith((_, res) => json(res, 200, []));
		await engine.listContainers();
		await engine.close();
		await engine.close(); // idempotent
		const error = await engine.listContainers().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DockerConnectionError);
		expect(describeError(error)).toMatch(/was closed by dockhand/);
	});
});
