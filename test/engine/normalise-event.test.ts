import {describe, expect, it} from 'vitest';
import {normaliseEvent} from '../../source/engine/normalise-event.js';

describe('normaliseEvent', () => {
	it('keeps the current shape', () => {
		const raw = {Type: 'network', Action: 'connect', Actor: {ID: 'n1', Attributes: {container: 'c1', name: 'bridge'}}, scope: 'local', time: 1700000000, timeNano: 1700000000123456789};
		expect(normaliseEvent(raw)).toEqual(raw);
	});

	it('fills Action, Actor.ID and Attributes.image from the legacy status/id/from, Type defaulting to container', () => {
		expect(normaliseEvent({status: 'die', id: 'abc', from: 'busybox:1', time: 1700000001})).toEqual({
			Type: 'container',
			Action: 'die',
			Actor: {ID: 'abc', Attributes: {image: 'busybox:1'}},
			time: 1700000001,
			timeNano: 1700000001e9,
		});
	});

	it('prefers the current fields when both shapes are present (dockerd before API 1.52 sends both)', () => {
		const event = normaliseEvent({status: 'start', id: 'abc', from: 'img', Type: 'container', Action: 'start', Actor: {ID: 'abc', Attributes: {image: 'img:1', name: 'web'}}, time: 5, timeNano: 5000000007});
		expect(event?.Actor.Attributes).toEqual({image: 'img:1', name: 'web'});
		expect(event?.timeNano).toBe(5000000007);
	});

	it('derives time from timeNano when only that is given, and drops non-string attributes', () => {
		const event = normaliseEvent({Action: 'exec_start: sh', Actor: {ID: 'c', Attributes: {execID: 'e1', exitCode: 3}}, timeNano: 1700000002500000000});
		expect(event?.time).toBe(1700000002);
		expect(event?.Actor.Attributes).toEqual({execID: 'e1'});
	});

	it('rejects values that are not events', () => {
		for (const value of [null, 42, 'die', [], {}, {Type: 'container'}, {status: ''}]) expect(normaliseEvent(value), JSON.stringify(value)).toBeUndefined();
	});
});
