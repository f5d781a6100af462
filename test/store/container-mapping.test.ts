import {describe, expect, it} from 'vitest';
import {containerFromInspect, containerFromSummary, exitCodeFromStatus, healthFromStatus, parseTime} from '../../source/store/container-mapping.js';
import {inspect, summary} from './fake-engine.js';

describe('status text parsing', () => {
	it('reads exit code and health from the daemon status text', () => {
		expect(exitCodeFromStatus('Exited (137) 2 minutes ago')).toBe(137);
		expect(exitCodeFromStatus('Up 3 minutes')).toBeNull();
		expect(healthFromStatus('Up 3 minutes (healthy)')).toBe('healthy');
		expect(healthFromStatus('Up 1 second (health: starting)')).toBe('starting');
		expect(healthFromStatus('Up 1 hour (unhealthy)')).toBe('unhealthy');
		expect(healthFromStatus('Up 1 hour (Paused)')).toBeNull();
	});

	it('treats Go zero time and garbage as no time', () => {
		expect(parseTime('0001-01-01T00:00:00Z')).toBeNull();
		expect(parseTime('')).toBeNull();
		expect(parseTime('not a date')).toBeNull();
		expect(parseTime('2023-11-14T22:13:20.5Z')).toBe(1_700_000_000_500);
	});
});

describe('containerFromSummary', () => {
	it('maps names, compose labels, state, exit code and networks', () => {
		const container = containerFromSummary(
			summary('c1', {
				Names: ['/web-1', '/proxy/web'],
				State: 'exited',
				Status: 'Exited (2) 5 seconds ago',
				Labels: {'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'web'},
				NetworkSettings: {Networks: {shop_default: {}}},
			}),
		);
		expect(container).toMatchObject({name: 'web-1', names: ['web-1', 'proxy/web'], state: 'exited', exitCode: 2, composeProject: 'shop', composeService: 'web', networks: ['shop_default'], tty: null, createdAt: 1_700_000_000_000});
	});

	it('keeps what only an inspect knows, and a paused container keeps its health', () => {
		const inspected = containerFromInspect(inspect('c1', {tty: true, state: {Health: {Status: 'healthy', FailingStreak: 0}}}));
		const listed = containerFromSummary(summary('c1', {State: 'paused', Status: 'Up 2 minutes (Paused)'}), inspected);
		expect(listed).toMatchObject({tty: true, health: 'healthy', startedAt: inspected.startedAt, state: 'paused'});
	});
});

describe('containerFromInspect', () => {
	it('maps times, exit code, health, ports and restart count', () => {
		const container = containerFromInspect({
			...inspect('c1', {state: {Status: 'exited', Running: false, ExitCode: 137, OOMKilled: true, FinishedAt: '2023-11-14T22:15:00Z'}}),
			RestartCount: 3,
			NetworkSettings: {Ports: {'80/tcp': [{HostIp: '0.0.0.0', HostPort: '8080'}], '53/udp': null}, Networks: {bridge: {IPAddress: '172.17.0.2'}}},
		});
		expect(container).toMatchObject({name: 'c1-name', state: 'exited', exitCode: 137, oomKilled: true, restartCount: 3, startedAt: Date.parse('2023-11-14T22:13:21Z'), finishedAt: Date.parse('2023-11-14T22:15:00Z'), networks: ['bridge']});
		expect(container.ports).toEqual([
			{IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp'},
			{PrivatePort: 53, Type: 'udp'},
		]);
	});

	it('has no exit code for a container that never ran', () => {
		const container = containerFromInspect(inspect('c1', {state: {Status: 'created', Running: false, StartedAt: '0001-01-01T00:00:00Z'}}));
		expect(container).toMatchObject({exitCode: null, startedAt: null, finishedAt: null, health: 'none'});
	});
});

describe('enum-like fields', () => {
	it('accepts only the API values of state, health and port type', () => {
		const listed = containerFromSummary(summary('c1', {State: 'running\u001B]8;;x\u0007' as never, Ports: [{PrivatePort: 80, Type: 'tcp'}, {PrivatePort: 53, Type: 'bogus' as never}]}));
		expect(listed.state).toBe('unknown');
		expect(listed.ports.map(port => port.Type)).toEqual(['tcp', 'unknown']);
		const base = inspect('c2');
		const inspected = containerFromInspect({...base, State: {...base.State, Status: 'exited', Health: {Status: 'great' as never, FailingStreak: 0}}});
		expect(inspected.state).toBe('exited');
		expect(inspected.health).toBe('none');
	});
});

describe('stop timeout from inspect', () => {
	it("keeps the container's own Config.StopTimeout, but not Podman's 0 (which means unset there), across list polls", () => {
		const shape = (stopTimeout: number | undefined) => {
			const raw = inspect('s');
			raw.Config.StopTimeout = stopTimeout;
			return raw;
		};
		expect(containerFromInspect(shape(30)).stopTimeout).toBe(30);
		expect(containerFromInspect(shape(0)).stopTimeout).toBeUndefined();
		expect(containerFromInspect(shape(undefined)).stopTimeout).toBeUndefined();
		expect(containerFromSummary(summary('s'), containerFromInspect(shape(30))).stopTimeout).toBe(30);
	});
});
