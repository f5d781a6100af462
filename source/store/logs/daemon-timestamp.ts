// The timestamp the daemon puts before each log message when asked (`timestamps=1`):
// RFC 3339 with nanoseconds ("2026-11-26T23:49:06.155516788Z "), Podman whole seconds or an offset.
// Parsed from the raw bytes, without building strings: this runs once per line under a flood.
// readUtcTimestamp() reads the daemon's usual "Z" forms at fixed offsets into a caller's object
// (no allocation); parseTimestampPrefix() reads every form. Both give the very same time.

/** Longest prefix accepted: "2026-11-26T23:49:06.155516788+01:00 " is 36 bytes. */
export const maxTimestampBytes = 40;

export type TimestampPrefix = {time: number; end: number};

function digits(bytes: Uint8Array, from: number, count: number): number {
	let value = 0;
	for (let index = from; index < from + count; index++) {
		const digit = bytes[index]! - 48;
		if (digit < 0 || digit > 9) return Number.NaN;
		value = value * 10 + digit;
	}
	return value;
}

// The fraction is summed digit by digit, each times the next of 100, 10, 1, 0.1, … (each the one
// before divided by 10, as floats): kept in a table, so no parse waits on a division per digit.
const fractionScales: number[] = [];
for (let scale = 1000; fractionScales.length < maxTimestampBytes; ) fractionScales.push((scale /= 10));

// Date.UTC is the dearest step of a parse: the last minute's value is kept (a flood stays in one minute)
let cachedMinute = -1;
let cachedMinuteMs = 0;

/** Date.UTC(year, month - 1, day, hour, minute, second) for 4- and 2-digit fields. */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
	const key = year * 1e8 + month * 1e6 + day * 1e4 + hour * 100 + minute;
	if (key !== cachedMinute) {
		cachedMinuteMs = Date.UTC(year, month - 1, day, hour, minute);
		cachedMinute = key;
	}
	return cachedMinuteMs + second * 1000; // integers, so exactly Date.UTC(..., second)
}

/** "YYYY-MM-DDTHH:MM:SS" at `start` (separators checked by the caller) in ms; NaN when a field is not digits. */
function dateTimeMs(bytes: Uint8Array, start: number): number {
	const year = digits(bytes, start, 4);
	const month = digits(bytes, start + 5, 2);
	const day = digits(bytes, start + 8, 2);
	const hour = digits(bytes, start + 11, 2);
	const minute = digits(bytes, start + 14, 2);
	const second = digits(bytes, start + 17, 2);
	if (Number.isNaN(year + month + day + hour + minute + second)) return Number.NaN;
	return utcMs(year, month, day, hour, minute, second);
}

/**
 * "YYYY-MM-DDTHH:MM:SS[.fraction]Z " at `start` (before `end`) into `into`, as parseTimestampPrefix
 * reads it; false for any other form (an offset, a missing space, bytes cut short): ask that one then.
 */
export function readUtcTimestamp(bytes: Uint8Array, start: number, end: number, into: TimestampPrefix): boolean {
	if (end - start < 21 || bytes[start + 4] !== 0x2d || bytes[start + 7] !== 0x2d || bytes[start + 10] !== 0x54 || bytes[start + 13] !== 0x3a || bytes[start + 16] !== 0x3a) return false;
	const seconds = dateTimeMs(bytes, start);
	if (Number.isNaN(seconds)) return false;
	const limit = Math.min(end, start + maxTimestampBytes);
	let index = start + 19;
	let fraction = 0;
	if (bytes[index] === 0x2e) {
		// the same sums in the same order as parseTimestampPrefix, so the same float
		const first = ++index;
		for (; index < limit; index++) {
			const digit = bytes[index]! - 48;
			if (digit < 0 || digit > 9) break;
			fraction += digit * fractionScales[index - first]!;
		}
	}
	if (index + 1 >= limit || bytes[index] !== 0x5a || bytes[index + 1] !== 0x20) return false;
	into.time = seconds + fraction;
	into.end = index + 2;
	return true;
}

/**
 * Reads "TIMESTAMP " at `start` (bytes up to `end`): the time in ms (sub-ms kept as a fraction) and
 * where the text begins. 'incomplete' when the bytes end before the prefix could end; undefined when it is not one.
 */
export function parseTimestampPrefix(bytes: Uint8Array, start = 0, end = bytes.length): TimestampPrefix | 'incomplete' | undefined {
	const limit = Math.min(end, start + maxTimestampBytes);
	let space = -1;
	for (let index = start; index < limit; index++) {
		if (bytes[index] === 0x20) {
			space = index;
			break;
		}
	}
	if (space === -1) return end - start < maxTimestampBytes ? 'incomplete' : undefined;
	if (space - start < 20 || bytes[start + 4] !== 0x2d || bytes[start + 7] !== 0x2d || bytes[start + 10] !== 0x54) return undefined;
	const seconds = dateTimeMs(bytes, start);
	if (Number.isNaN(seconds)) return undefined;
	let index = start + 19;
	let fraction = 0;
	if (bytes[index] === 0x2e) {
		const first = ++index;
		while (index < space && bytes[index]! >= 48 && bytes[index]! <= 57) {
			fraction += (bytes[index]! - 48) * fractionScales[index - first]!;
			index++;
		}
	}
	let offsetMinutes = 0;
	const zone = bytes[index];
	if (zone === 0x5a) index++; // Z
	else if (zone === 0x2b || zone === 0x2d) {
		const hours = digits(bytes, index + 1, 2);
		const minutes = digits(bytes, index + 4, 2);
		if (Number.isNaN(hours + minutes) || bytes[index + 3] !== 0x3a) return undefined;
		offsetMinutes = (hours * 60 + minutes) * (zone === 0x2b ? 1 : -1);
		index += 6;
	} else return undefined;
	if (index !== space) return undefined;
	const time = seconds + fraction - offsetMinutes * 60_000;
	return {time, end: space + 1};
}
