import {describe, expect, it} from 'vitest';
import {containerFromSummary} from '../../source/store/container-mapping.js';
import {createInitialState} from '../../source/store/initial-state.js';
import {selectContainers, selectVolumes} from '../../source/store/selectors.js';
import {StateDraft} from '../../source/store/state-draft.js';
import {fakeEndpoint, summary} from './fake-engine.js';

describe('selectors', () => {
	it('list containers newest first and return the same array while the map is unchanged', () => {
		const draft = new StateDraft(createInitialState(fakeEndpoint));
		draft.put('containers', 'old', containerFromSummary(summary('old', {Created: 100})));
		draft.put('containers', 'new', containerFromSummary(summary('new', {Created: 200})));
		const first = draft.commit();
		expect(selectContainers(first).map(container => container.id)).toEqual(['new', 'old']);
		draft.set({stale: false});
		const second = draft.commit();
		expect(second).not.toBe(first);
		expect(selectContainers(second)).toBe(selectContainers(first));
		expect(selectVolumes(second)).toEqual([]);
	});
});
