import {describe, expect, it} from 'vitest';
import {parseTimestampPrefix, readUtcTimestamp} from '../../../source/store/logs/daemon-timestamp.js';

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
});

// a small deterministic PRNG: the same inputs on every run
function random(seed: number) {
	return () => {
		seed ^= seed << 13;
		seed ^= seed >>> 17;
		seed ^= seed << 5;
		return (seed >>> 0) / 2 ** 32;
	};
}
const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('readUtcTimestamp (the allocation-free read of the usual forms)', () => {
	const next = random(0x9e3779b9);
	const int = (below: number) => Math.floor(next() * below);
	const digitsOf = (count: number) => Array.from({length: count}, () => int(10)).join('');
	const validStamp = () => {
		const base = `${pad(1970 + int(130), 4)}-${pad(1 + int(12), 2)}-${pad(1 + int(28), 2)}T${pad(int(24), 2)}:${pad(int(60), 2)}:${pad(int(60), 2)}`;
		const fraction = int(4) === 0 ? '' : `.${digitsOf(1 + int(12))}`; // whole seconds (Podman), 1-12 digits (odd ones too)
		return {base, fraction};
	};

	// the arithmetic the parser has always used (Date.UTC, then each digit times a scale divided by 10)
	const reference = (text: string) => {
		const [date, time] = text.split('T') as [string, string];
		const [year, month, day] = date.split('-').map(Number) as [number, number, number];
		const [hour, minute, second] = time.slice(0, 8).split(':').map(Number) as [number, number, number];
		let fraction = 0;
		let scale = 1000;
		for (const digit of /^\.(\d*)/.exec(time.slice(8))?.[1] ?? '') {
			scale /= 10;
			fraction += Number(digit) * scale;
		}
		return Date.UTC(year, month - 1, day, hour, minute, second) + fraction;
	};

	it('reads what parseTimestampPrefix reads, to the same float as ever, for the Z forms it accepts', () => {
		const into = {time: 0, end: 0};
		let read = 0;
		for (let round = 0; round < 20_000; round++) {
			const {base, fraction} = validStamp();
			const lead = 'x'.repeat(int(3));
			const text = `${lead}${base}${fraction}Z ${int(2) ? 'text' : ''}`;
			const data = bytes(text);
			const expected = parseTimestampPrefix(data, lead.length);
			const got = readUtcTimestamp(data, lead.length, data.length, into);
			if (typeof expected === 'object') {
				expect(got, text).toBe(true);
				expect(into, text).toEqual(expected);
				expect(into.time, text).toBe(reference(`${base}${fraction}`));
				read++;
			} else expect(got, text).toBe(false); // a fraction so long the space falls outside the window
		}
		expect(read).toBeGreaterThan(19_000);
	});

	it('matches Date.parse to the ms, the fraction below it kept', () => {
		const into = {time: 0, end: 0};
		for (let round = 0; round < 5000; round++) {
			const {base, fraction} = validStamp();
			const iso = `${base}${fraction}Z`;
			expect(readUtcTimestamp(bytes(`${iso} x`), 0, iso.length + 2, into), iso).toBe(true);
			const subMs = fraction.length > 4 ? Number(`0.${fraction.slice(4)}`) : 0;
			// V8's Date.parse misreads fractions of 10 digits and more: give it nine at most
			expect(into.time, iso).toBeCloseTo(Date.parse(`${base}${fraction.slice(0, 10)}Z`) + subMs, 3);
			expect(into.end).toBe(iso.length + 1);
		}
	});

	it('declines every other form, and parseTimestampPrefix gives the same answer it always gave', () => {
		const into = {time: 0, end: 0};
		const odd: Array<[string, boolean]> = [
			['2026-11-27T00:49:06.5+01:00 x', false], // an offset: parseTimestampPrefix reads it
			['2026-11-26T23:49:06.155516788Z', false], // no space yet: incomplete
			['2026-11-26T23:49:06.155516788Zjunk x', false],
			['2026-11-26T23:49:06. x', false],
			['2026-11-26T23:49:06.Z x', true], // a '.' without digits: both read it
			['2026-11-26 23:49:06Z x', false],
			['2026-11-26T23-49-06Z x', false], // parseTimestampPrefix does not check the colons, this does
			['2026-1a-26T23:49:06Z x', false],
			['2026-11-26T23:49:0Z x', false],
			[`2026-11-26T23:49:06.${'1'.repeat(19)}Z x`, false], // the space at byte 40: outside the window
			['hello world', false],
			['', false],
		];
		for (const [text, readsIt] of odd) {
			const data = bytes(text);
			expect(readUtcTimestamp(data, 0, data.length, into), text).toBe(readsIt);
			if (readsIt) expect(into, text).toEqual(parseTimestampPrefix(data));
		}
		// cut short at every byte: never read past `end`
		const whole = bytes('2026-11-26T23:49:06.155516788Z line');
		for (let end = 0; end <= whole.length; end++) {
			const expected = parseTimestampPrefix(whole, 0, end);
			expect(readUtcTimestamp(whole, 0, end, into), `end ${end}`).toBe(typeof expected === 'object');
			if (typeof expected === 'object') expect(into).toEqual(expected);
		}
	});

	it('reads no further than `end` (a frame inside a larger chunk)', () => {
		const data = bytes('2026-11-26T23:49:06Z 2026-11-26T23:49:07Z x');
		expect(parseTimestampPrefix(data, 0, 20)).toBe('incomplete');
		expect(parseTimestampPrefix(data, 0, 21)).toEqual({time: Date.UTC(2026, 10, 26, 23, 49, 6), end: 21});
		expect(parseTimestampPrefix(data, 21)).toEqual({time: Date.UTC(2026, 10, 26, 23, 49, 7), end: 42});
	});
});
