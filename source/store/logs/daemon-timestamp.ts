// The timestamp the daemon puts before each log message when asked (`timestamps=1`):
// RFC 3339 with nanoseconds ("2026-11-26T23:49:06.155516788Z "), Podman whole seconds or an offset.
// Parsed from the raw bytes, without building strings: this runs once per line under a flood.

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
	const year = digits(bytes, start, 4);
	const month = digits(bytes, start + 5, 2);
	const day = digits(bytes, start + 8, 2);
	const hour = digits(bytes, start + 11, 2);
	const minute = digits(bytes, start + 14, 2);
	const second = digits(bytes, start + 17, 2);
	if (Number.isNaN(year + month + day + hour + minute + second)) return undefined;
	let index = start + 19;
	let fraction = 0;
	if (bytes[index] === 0x2e) {
		let scale = 1000;
		index++;
		while (index < space && bytes[index]! >= 48 && bytes[index]! <= 57) {
			scale /= 10;
			fraction += (bytes[index]! - 48) * scale;
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
	const time = Date.UTC(year, month - 1, day, hour, minute, second) + fraction - offsetMinutes * 60_000;
	return {time, end: space + 1};
}
