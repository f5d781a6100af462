// Swarm writes against a scripted daemon answering with bodies recorded on the real cluster.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {DockerApiError} from '../../source/engine/errors.js';
import {isVersionConflict} from '../../source/engine/swarm-write-calls.js';
import type {SwarmService} from '../../source/engine/swarm-types.js';
import {fakeEngines, json} from './fake-daemon.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`fixtures/swarm-write/${name}`, import.meta.url), 'utf8'));
const errors = fixture('errors-1.41.json') as Record<string, {status: number; body: {message: string}}>;
const updated = fixture('service-updated-1.41.json') as SwarmService & {Spec: Record<string, unknown>};

const engineWith = fakeEngines();

describe('swarm write calls', () => {
	it('updateService posts the whole spec as read (unknown fields kept) with ?version=', async () => {
		const {daemon, engine} = await engineWith((_request, response) => json(response, 200, {Warnings: ['image could not be accessed on a registry']}));
		const warnings = await engine.updateService(updated.ID, updated.Version.Index, updated.Spec);
		const request = daemon.requests.at(-1)!;
		expect(request.method).toBe('POST');
		expect(request.url).toBe(`/v1.41/services/${updated.ID}/update?version=${updated.Version.Index}`);
		expect(JSON.parse(request.body)).toEqual(updated.Spec);
		// Runtime, Init, DNSConfig are not in dockhand's types but go back as they came
		expect(JSON.parse(request.body).TaskTemplate.Runtime).toBe('container');
		expect(warnings).toEqual(['image could not be accessed on a registry']);
	});

	it('rollback: rollback=previous on 1.41 (the spec sent is ignored there)', async () => {
		const {daemon, engine} = await engineWith((_request, response) => json(response, 200, {}));
		await engine.updateService(updated.ID, 7, updated.Spec, {rollback: updated.PreviousSpec});
		expect(daemon.requests.at(-1)!.url).toBe(`/v1.41/services/${updated.ID}/update?version=7&rollback=previous`);
	});

	it('rollback on a daemon older than 1.28: the PreviousSpec itself is the body', async () => {
		const old = await engineWith((_request, response) => json(response, 200, {}), {apiVersion: '1.27'});
		await old.engine.updateService(updated.ID, 7, updated.Spec, {rollback: updated.PreviousSpec});
		const request = old.daemon.requests.at(-1)!;
		expect(request.url).toBe(`/v1.27/services/${updated.ID}/update?version=7`);
		expect(JSON.parse(request.body)).toEqual(updated.PreviousSpec);
	});

	it('a stale version: dockerd\'s 500 "update out of sequence" is recognised as a version conflict, other errors are not', async () => {
		const {engine} = await engineWith((_request, response) => json(response, errors.serviceUpdateStaleVersion!.status, errors.serviceUpdateStaleVersion!.body));
		const error = await engine.updateService('s', 1, updated.Spec).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(DockerApiError);
		expect(isVersionConflict(error)).toBe(true);
		for (const name of ['serviceUpdateNoVersion', 'rollbackWithoutPrevious', 'workerRefuses']) {
			const {status, body} = errors[name]!;
			expect(isVersionConflict(new DockerApiError(status, body.message, 'POST', '/x'))).toBe(false);
		}
	});

	it('removeService sends DELETE /services/{id}; updateNode posts the node spec with its version', async () => {
		const {daemon, engine} = await engineWith((_request, response) => json(response, 200, {}));
		await engine.removeService('web one');
		expect(daemon.requests.at(-1)).toMatchObject({method: 'DELETE', url: '/v1.41/services/web%20one'});
		await engine.updateNode('n1', 44, {Labels: {zone: 'a'}, Role: 'worker', Availability: 'drain'});
		const request = daemon.requests.at(-1)!;
		expect(request.url).toBe('/v1.41/nodes/n1/update?version=44');
		expect(JSON.parse(request.body)).toEqual({Labels: {zone: 'a'}, Role: 'worker', Availability: 'drain'});
	});

	it('--read-only: no update, removal or node change is sent', async () => {
		const {daemon, engine} = await engineWith((_request, response) => json(response, 200, {}), {readOnly: true});
		await expect(engine.updateService('s', 1, updated.Spec)).rejects.toThrow(/read-only/);
		await expect(engine.removeService('s')).rejects.toThrow(/read-only/);
		await expect(engine.updateNode('n', 1, {Role: 'worker', Availability: 'drain'})).rejects.toThrow(/read-only/);
		expect(daemon.requests.filter(request => request.method !== 'GET' && request.method !== 'HEAD')).toEqual([]);
	});

	it('service logs: GET /services/{id}/logs with details, timestamps, follow and tail', async () => {
		const {daemon, engine} = await engineWith((_request, response) => response.end());
		for await (const _bytes of engine.serviceLogBytes('svc', {tty: false, follow: true, timestamps: true, tail: 50})) void _bytes;
		expect(daemon.requests.at(-1)!.url).toBe('/v1.41/services/svc/logs?follow=1&stdout=1&stderr=1&timestamps=1&tail=50&details=1');
	});
});
