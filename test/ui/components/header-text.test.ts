import {describe, expect, it} from 'vitest';
import {connectionLabel} from '../../../source/ui/components/header-text.js';

describe('connectionLabel', () => {
	const reconnecting = {status: 'reconnecting' as const, since: 0, attempt: 3, nextRetryAt: 2_500, lastError: 'no Docker daemon'};

	it('says the screen is stale only when it once held the daemon state', () => {
		expect(connectionLabel(reconnecting, true, 0, true).text).toBe('◐ reconnecting in 3s · stale');
		expect(connectionLabel(reconnecting, false, 0, false).text).toBe('◌ not connected · retrying in 3s');
		expect(connectionLabel(reconnecting, false, 3_000, false).text).toBe('◌ not connected · retrying…');
	});
});
