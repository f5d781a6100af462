// What a daemon answers to bad requests, and streams that a client leaves halfway.
import http from 'node:http';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStreams} from '../../source/demo-engine/stream-writers.js';
import {dockerRequest} from '../support/docker-http.js';
import {startTestDemo} from './demo-socket.js';

describe('demo engine: refusals and abandoned streams', () => {
	let demo: Awaited<ReturnType<typeof startTestDemo>>;
	const request = (method: string, path: string, body?: unknown) => dockerRequest(demo.host, method, path, body);
	const rawPost = (path: string, text: string) => new Promise<{status: number; body: string}>((resolve, reject) => {
		const req = http.request({socketPath: demo.socketPath, method: 'POST', path, headers: {'content-type': 'application/json', 'content-length': Buffer.byteLength(text)}}, res => {
			let body = '';
			res.on('data', (chunk: Buffer) => (body += chunk.toString()));
			res.on('end', () => resolve({status: res.statusCode ?? 0, body}));
		});
		req.on('error', reject);
		req.end(text);
	});

	beforeAll(async () => {
		demo = await startTestDemo({apiVersion: '1.44'});
	});
	afterAll(() => demo?.close());

	it('answers _ping with the served version and Server header, on versioned and plain paths', async () => {
		const pinged = await new Promise<http.IncomingMessage>(resolve => http.get({socketPath: demo.socketPath, path: '/_ping'}, resolve));
		expect(pinged.headers['api-version']).toBe('1.44');
		expect(pinged.headers.server).toMatch(/^Docker\/.* \(linux\)$/);
		pinged.resume();
		expect((await request('GET', '/v1.41/containers/json')).status).toBe(200);
		expect((await request('GET', '/containers/json')).status).toBe(200);
	});

	it('refuses with dockerd status codes and {"message"} bodies', async () => {
		const cases: Array<[string, string, number, RegExp]> = [
			['GET', '/v1.44/nothing/here', 404, /^page not found$/],
			['GET', '/v1.99/version', 400, /^client version 1\.99 is too new\. Maximum supported API version is 1\.44$/],
			['GET', '/v1.12/version', 400, /^client version 1\.12 is too old\. Minimum supported API version is 1\.24/],
			['GET', '/containers/nope/json', 404, /^No such container: nope$/],
			['POST', '/containers/migrate-once/pause', 409, /is not running$/],
			['POST', '/containers/nightly-report/pause', 409, /is already paused$/],
			['POST', '/containers/shop-web-1/unpause', 409, /is not paused$/],
			['POST', '/containers/migrate-once/kill', 409, /is not running$/],
			['DELETE', '/containers/shop-web-1', 409, /container is running/],
			['GET', '/exec/nope/json', 404, /^No such exec instance: nope$/],
			['GET', '/containers/json?filters=%7Bnot-json', 400, /invalid filter/],
		];
		for (const [method, path, status, message] of cases) {
			const response = await request(method, path);
			expect(response.status, `${method} ${path}`).toBe(status);
			expect((JSON.parse(response.body) as {message: string}).message, `${method} ${path}`).toMatch(message);
		}
		expect((await request('POST', '/containers/shop-web-1/start')).status).toBe(304);
		expect((await request('POST', '/containers/migrate-once/stop')).status).toBe(304);
	});

	it('answers a malformed JSON body with 400', async () => {
		const response = await rawPost('/v1.44/containers/shop-web-1/exec', '{"Cmd": [ls');
		expect(response.status).toBe(400);
		expect(JSON.parse(response.body)).toMatchObject({message: expect.stringMatching(/^invalid JSON/)});
	});

	it('frees every timer and listener when a client leaves a stream halfway', async () => {
		const listenersBefore = demo.world.listenerCount;
		const timers = () => process.getActiveResourcesInfo().filter(kind => kind === 'Timeout').length;
		const timersBefore = timers();
		const paths = ['/events', '/containers/noisy-logger/logs?follow=1&stdout=1&stderr=1&tail=5', '/containers/shop-db-1/stats', '/events?until=9999999999'];
		const requests = await Promise.all(paths.map(path => new Promise<http.ClientRequest>(resolve => {
			const req = http.get({socketPath: demo.socketPath, path}, res => res.once('data', () => resolve(req)));
			// events may have nothing to say yet: the answer's headers are enough
			req.on('response', res => (path.startsWith('/events') ? resolve(req) : undefined) ?? res);
		})));
		expect(openStreams.count).toBe(paths.length);
		expect(demo.world.listenerCount).toBeGreaterThan(listenersBefore);
		expect(timers()).toBeGreaterThan(timersBefore);
		for (const req of requests) req.destroy();
		await expect.poll(() => openStreams.count, {timeout: 5000}).toBe(0);
		expect(demo.world.listenerCount).toBe(listenersBefore);
		await expect.poll(timers, {timeout: 5000}).toBeLessThanOrEqual(timersBefore);
	});
});
