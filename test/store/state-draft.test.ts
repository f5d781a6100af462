import {describe, expect, it} from 'vitest';
import {containerFromSummary} from '../../source/store/container-mapping.js';
import {createInitialState} from '../../source/store/initial-state.js';
import {StateDraft} from '../../source/store/state-draft.js';
import {fakeEndpoint, summary} from './fake-engine.js';

const image = {id: 'sha256:img', tags: ['busybox:1'], size: 1, createdAt: 0, containers: 0, dangling: false, labels: {}};
const network = {id: 'n1', name: 'shop_default', driver: 'bridge', scope: 'local', internal: false, createdAt: null, labels: {}, containers: 0};

describe('StateDraft', () => {
	it('returns the same State when nothing changed, even if an equal item was put', () => {
		const draft = new StateDraft(createInitialState(fakeEndpoint));
		draft.put('containers', 'a', containerFromSummary(summary('a')));
		const first = draft.commit();
		draft.put('containers', 'a', containerFromSummary(summary('a')));
		draft.set({stale: first.stale});
		expect(draft.commit()).toBe(first);
	});

	it('gives new objects only for the maps and items that changed', () => {
		const draft = new StateDraft(createInitialState(fakeEndpoint));
		draft.put('containers', 'a', containerFromSummary(summary('a')));
		draft.put('containers', 'b', containerFromSummary(summary('b')));
		draft.put('images', image.id, image);
		const first = draft.commit();
		draft.put('containers', 'b', containerFromSummary(summary('b', {State: 'paused'})));
		const second = draft.commit();
		expect(second).not.toBe(first);
		expect(second.containers).not.toBe(first.containers);
		expect(second.containers.get('a')).toBe(first.containers.get('a'));
		expect(second.images).toBe(first.images);
		expect(second.volumes).toBe(first.volumes);
		expect(first.containers.get('b')?.state).toBe('running'); // the old snapshot is untouched
	});

	it('counts containers per image and per network from the container list', () => {
		const draft = new StateDraft(createInitialState(fakeEndpoint));
		draft.put('images', image.id, image);
		draft.put('networks', network.id, network);
		draft.put('containers', 'a', containerFromSummary(summary('a', {NetworkSettings: {Networks: {shop_default: {}}}})));
		draft.put('containers', 'b', containerFromSummary(summary('b')));
		const state = draft.commit();
		expect(state.images.get(image.id)?.containers).toBe(2);
		expect(state.networks.get('n1')?.containers).toBe(1);
		draft.delete('containers', 'a');
		const next = draft.commit();
		expect(next.images.get(image.id)?.containers).toBe(1);
		expect(next.networks.get('n1')?.containers).toBe(0);
	});
});
