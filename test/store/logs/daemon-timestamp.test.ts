import {describe, expect, it} from 'vitest';
import {parseTimestampPrefix} from '../../../source/store/logs/daemon-timestamp.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseTimestampPrefix', () => {
	it('reads Docker nanosecond timestamps, keeping sub-ms as a fraction', () => {
		const result = parseTimestampPrefix(bytes('2026-11-26T23:49:06.155516788Z hello'));
		expect(result).toEqual({time: Date.UTC(2026, 10, 26, 23, 49, 6) + 155.516788, end: 31});
		if (typeof result !== 'object') throw new Error('no prefix');
		expect(result.time).toBeCloseTo(Date.parse('2026-11-26T23:49:06.155Z') + 0.516788, 3);
	});

	it('reads whole seconds and offsets (Podman)', () => {
		expect(parseTimestampPrefix(bytes('2026-11-26T23:49:06Z x'))).toEqual({time: Date.UTC(2026, 10, 26, 23, 49, 6), end: 21});
		expect(parseTimestampPrefix(bytes('2026-11-27T00:49:06.5+01:00 x'))).toEqual({time: Date.UTC(2026, 10, 26, 23, 49, 6, 500), end: 28});
	});

	it('reads at an offset', () => {
		expect(parseTimestampPrefix(bytes('ab2026-11-26T23:49:06Z x'), 2)).toEqual({time: Date.UTC(2026, 10, 26, 23, 49, 6), end: 23});
	});

	it('says incomplete when the bytes stop inside a prefix, and rejects text that is not one', () => {
		expect(parseTimestampPrefix(bytes('2026-11-26T23:4'))).toBe('incomplete');
		expect(parseTimestampPrefix(bytes('hello world'))).toBeUndefined();
		expect(parseTimestampPrefix(bytes('2026-11-26X23:49:06Z x'))).toBeUndefined();
		expect(parseTimestampPrefix(bytes('2026-11-26T23:49:06Zjunk x'))).toBeUndefined();
		expect(parseTimestampPrefix(bytes('a'.repeat(60)))).toBeUndefined();
	});

	it('reads no further than `end` (a frame inside a larger chunk)', () => {
		const data = bytes('2026-11-26T23:49:06Z 2026-11-26T23:49:07Z x');
		expect(parseTimestampPrefix(data, 0, 20)).toBe('incomplete');
		expect(parseTimestampPrefix(data, 0, 21)).toEqual({time: Date.UTC(2026, 10, 26, 23, 49, 6), end: 21});
		expect(parseTimestampPrefix(data, 21)).toEqual({time: Date.UTC(2026, 10, 26, 23, 49, 7), end: 42});
	});
});
