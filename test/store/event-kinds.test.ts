import {describe, expect, it} from 'vitest';
import type {DockerEvent} from '../../source/engine/types.js';
import {eventExitCode, eventHealth, eventKey, eventKind} from '../../source/store/event-kinds.js';
import {event} from './fake-engine.js';

describe('eventKind', () => {
	it('splits a suffixed action and maps Podman names to Docker ones', () => {
		expect(eventKind(event('exec_start: sh -c ls', 'c', 1))).toMatchObject({action: 'exec_start', detail: 'sh -c ls'});
		expect(eventKind(event('remove', 'c', 1)).action).toBe('destroy');
		expect(eventKind(event('died', 'c', 1)).action).toBe('die');
		expect(eventKind(event('HealthStatus', 'c', 1)).action).toBe('health_status');
		expect(eventKind(event('exec_died', 'c', 1)).action).toBe('exec_die');
	});

	it('accepts the legacy shape (status/id/from) too', () => {
		const legacy = {status: 'die', id: 'c9', from: 'busybox', time: 1_700_000_000} as unknown as DockerEvent;
		expect(eventKind(legacy)).toMatchObject({type: 'container', action: 'die', id: 'c9', timeMs: 1_700_000_000_000});
	});

	it('reads exit code and health from Docker or Podman attributes', () => {
		expect(eventExitCode(eventKind(event('die', 'c', 1, {exitCode: '137'})))).toBe(137);
		expect(eventExitCode(eventKind(event('died', 'c', 1, {containerExitCode: '2'})))).toBe(2);
		expect(eventExitCode(eventKind(event('die', 'c', 1)))).toBeNull();
		expect(eventHealth(eventKind(event('health_status: unhealthy', 'c', 1)))).toBe('unhealthy');
		expect(eventHealth(eventKind(event('health_status', 'c', 1, {health_status: 'healthy'})))).toBe('healthy');
		expect(eventHealth(eventKind(event('health_status: weird', 'c', 1)))).toBeNull();
	});

	it('gives the same key to the same event and different keys to different ones', () => {
		expect(eventKey(eventKind(event('start', 'c', 5)))).toBe(eventKey(eventKind(event('start', 'c', 5))));
		expect(eventKey(eventKind(event('start', 'c', 5)))).not.toBe(eventKey(eventKind(event('start', 'c', 6))));
	});
});
