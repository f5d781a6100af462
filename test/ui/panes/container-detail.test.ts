import {describe, expect, it} from 'vitest';
import {containerOverview} from '../../../source/ui/panes/container-detail.js';
import {fakeContainer} from '../../store/logs/fakes.js';

const now = Date.UTC(2026, 10, 28, 22, 0, 0);
const keys = (items: ReturnType<typeof containerOverview>) => Object.fromEntries(items.map(item => [item.key, item.value]));

describe('containerOverview', () => {
	it('shows an exit code only for a stopped container, never for a paused or running one', () => {
		const base = {id: 'a'.repeat(64), exitCode: 0, startedAt: now - 60_000, finishedAt: now - 120_000};
		expect(keys(containerOverview(fakeContainer({...base, state: 'paused'}), now))).not.toHaveProperty('exit code');
		expect(keys(containerOverview(fakeContainer({...base, state: 'running'}), now))).not.toHaveProperty('exit code');
		expect(keys(containerOverview(fakeContainer({...base, state: 'restarting', exitCode: 1}), now))).not.toHaveProperty('exit code');
		expect(keys(containerOverview(fakeContainer({...base, state: 'exited', exitCode: 137}), now))['exit code']).toBe('137');
	});
});
