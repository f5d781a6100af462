import {describe, expect, it} from 'vitest';
import {parseHost} from '../../../source/engine/endpoint.js';
import {connectionLabel, transportMark} from '../../../source/ui/components/header-text.js';

describe('connectionLabel', () => {
	const reconnecting = {status: 'reconnecting' as const, since: 0, attempt: 3, nextRetryAt: 2_500, lastError: 'no Docker daemon'};

	it('says the screen is stale only when it once held the daemon state', () => {
		expect(connectionLabel(reconnecting, true, 0, true).text).toBe('◐ reconnecting in 3s · stale');
		expect(connectionLabel(reconnecting, false, 0, false).text).toBe('◌ not connected · retrying in 3s');
		expect(connectionLabel(reconnecting, false, 3_000, false).text).toBe('◌ not connected · retrying…');
	});
});

describe('transportMark', () => {
	it('marks plain tcp:// unencrypted and TLS without verification unverified; nothing for the rest', () => {
		expect(transportMark(parseHost('tcp://10.0.0.5:2375', 'flag', undefined))).toBe('UNENCRYPTED');
		expect(transportMark(parseHost('tcp://10.0.0.5:2376', 'context', {verify: false, files: {}}, 'lab'))).toBe('UNVERIFIED TLS');
		expect(transportMark(parseHost('tcp://10.0.0.5:2376', 'env', {verify: true, files: {}}))).toBeNull();
		expect(transportMark(parseHost('unix:///var/run/docker.sock', 'default', undefined))).toBeNull();
		expect(transportMark(parseHost('ssh://me@host', 'flag', undefined))).toBeNull();
	});
});
