// Podman answers inspect with State.Health {"Status": ""} when a container has no health check, and
// its list without any health text: both mean "no health", and the row must not change between them.
import {describe, expect, it} from 'vitest';
import {containerFromInspect, containerFromSummary} from '../../../source/store/container-mapping.js';
import {containerStatus} from '../../../source/ui/lists/container-rows.js';
import {healthBlocks} from '../../../source/ui/inspect/inspect-sections.js';
import {inspect, summary} from '../../store/fake-engine.js';

const podmanInspect = () => {
	const shape = inspect('p', {state: {StartedAt: '2026-11-29T03:00:00Z'}});
	shape.State.Health = {Status: '', FailingStreak: 0, Log: null};
	return shape;
};

describe('Podman without a health check', () => {
	it('shows "up 1m" with nothing after it, the same after every inspect and list poll', () => {
		const now = Date.parse('2026-11-29T03:01:00Z');
		const inspected = containerFromInspect(podmanInspect());
		expect(inspected.health).toBe('none');
		const listed = containerFromSummary(summary('p', {Status: 'Up About a minute'}), inspected);
		const again = containerFromInspect(podmanInspect(), listed);
		const cells = [inspected, listed, again].map(container => containerStatus(container, now));
		expect(cells).toEqual(['up 1m', 'up 1m', 'up 1m']);
	});

	it('says so in the inspect view instead of an empty status', () => {
		expect(healthBlocks(podmanInspect(), Date.now())).toEqual([{kind: 'lines', lines: ['no health check configured']}]);
	});
});
