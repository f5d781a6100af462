import {describe, expect, it} from 'vitest';
import {concatBytes} from '../../source/engine/byte-chunks.js';
import {LogFrameDecoder} from '../../source/engine/log-frames.js';
import type {LogChunk} from '../../source/engine/types.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

function frame(type: number, text: string | Uint8Array): Uint8Array {
	const payload = typeof text === 'string' ? enc.encode(text) : text;
	const out = new Uint8Array(8 + payload.length);
	out[0] = type;
	new DataView(out.buffer).setUint32(4, payload.length, false);
	out.set(payload, 8);
	return out;
}

const join = (...parts: Uint8Array[]) => concatBytes(parts);

const readable = (chunks: LogChunk[]) => chunks.map(c => [c.stream, dec.decode(c.data)]);

function decodeAll(pieces: Uint8Array[]) {
	const decoder = new LogFrameDecoder();
	const out: LogChunk[] = [];
	for (const piece of pieces) out.push(...decoder.push(piece));
	const end = decoder.end();
	out.push(...end.chunks);
	return {chunks: out, droppedBytes: end.droppedBytes};
}

const bytes = join(frame(1, 'out one\n'), frame(2, 'err one\n'), frame(0, 'stdin-as-stdout\n'), frame(3, 'log driver failed\n'), frame(1, ''), frame(1, 'héllo ✓\n'));
const expected = [
	['stdout', 'out one\n'],
	['stderr', 'err one\n'],
	['stdout', 'stdin-as-stdout\n'],
	['system', 'log driver failed\n'],
	['stdout', ''],
	['stdout', 'héllo ✓\n'],
];

describe('LogFrameDecoder', () => {
	it('maps frame types 0/1 to stdout, 2 to stderr and 3 to system', () => {
		expect(readable(decodeAll([bytes]).chunks)).toEqual(expected);
	});

	it('gives the same frames for a split at every offset', () => {
		for (let at = 0; at <= bytes.length; at++) {
			expect(readable(decodeAll([bytes.subarray(0, at), bytes.subarray(at)]).chunks), `split at ${at}`).toEqual(expected);
		}
	});

	it('gives the same frames for every pair of split points', () => {
		for (let a = 1; a < bytes.length; a += 3) {
			for (let b = a; b <= bytes.length; b++) {
				const {chunks} = decodeAll([bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)]);
				expect(readable(chunks), `split at ${a},${b}`).toEqual(expected);
			}
		}
	});

	it('gives the same frames fed one byte at a time', () => {
		const pieces = [...bytes].map(b => Uint8Array.of(b));
		expect(readable(decodeAll(pieces).chunks)).toEqual(expected);
	});

	it('each() visits the same frames as push() for a split at every offset, whole frames in place', () => {
		for (let at = 0; at <= bytes.length; at++) {
			const decoder = new LogFrameDecoder();
			const seen: LogChunk[] = [];
			let inPlace = 0;
			for (const piece of [bytes.subarray(0, at), bytes.subarray(at)]) {
				decoder.each(piece, (type, data, start, end) => {
					if (data === piece) inPlace++;
					seen.push({stream: type === 2 ? 'stderr' : type === 3 ? 'system' : 'stdout', data: data.slice(start, end)});
				});
			}
			expect(readable(seen), `split at ${at}`).toEqual(expected);
			expect(inPlace, `split at ${at}`).toBeGreaterThanOrEqual(expected.length - 1);
		}
	});

	it('reads sizes above 16 MiB as unsigned big-endian', () => {
		const header = Uint8Array.of(1, 0, 0, 0, 0x81, 0, 0, 0);
		const decoder = new LogFrameDecoder();
		expect(decoder.push(header)).toEqual([]);
		// the frame cannot complete: 0x81000000 bytes announced, none delivered
		expect(decoder.end()).toEqual({chunks: [], droppedBytes: 0});
	});

	it('returns a frame cut short by the end of the stream as far as it came', () => {
		const whole = frame(2, 'complete\n');
		const cut = frame(1, 'truncated payload');
		const {chunks, droppedBytes} = decodeAll([join(whole, cut.subarray(0, 8 + 9))]);
		expect(readable(chunks)).toEqual([
			['stderr', 'complete\n'],
			['stdout', 'truncated'],
		]);
		expect(droppedBytes).toBe(0);
	});

	it('drops and counts a header that never completed', () => {
		const {chunks, droppedBytes} = decodeAll([join(frame(1, 'a\n'), Uint8Array.of(2, 0, 0))]);
		expect(readable(chunks)).toEqual([['stdout', 'a\n']]);
		expect(droppedBytes).toBe(3);
	});

	it('keeps binary payloads byte for byte', () => {
		const payload = Uint8Array.from({length: 300}, (_, i) => i % 256);
		const {chunks} = decodeAll([frame(1, payload).subarray(0, 100), frame(1, payload).subarray(100)]);
		expect(chunks).toHaveLength(1);
		expect([...chunks[0]!.data]).toEqual([...payload]);
	});
});

describe('a frame larger than LogFrameDecoder holds whole', () => {
	const header = (type: number, size: number) => {
		const out = new Uint8Array(8);
		out[0] = type;
		new DataView(out.buffer).setUint32(4, size, false);
		return out;
	};

	it('passes a frame declaring 1 GiB on in pieces as it arrives, holding none of it', () => {
		const decoder = new LogFrameDecoder(1024);
		const seen: Array<[number, number, boolean]> = [];
		const visit = (type: number, _bytes: Uint8Array, start: number, end: number, continued: boolean) => void seen.push([type, end - start, continued]);
		decoder.each(join(header(1, 2 ** 30), enc.encode('2026-11-29T00:00:00Z x')), visit);
		const mib = new Uint8Array(1024 * 1024).fill(0x78);
		for (let i = 0; i < 8; i++) decoder.each(mib, visit);
		expect(seen[0]).toEqual([1, 22, false]);
		expect(seen.slice(1)).toEqual(Array.from({length: 8}, () => [1, 1024 * 1024, true]));
		expect(decoder.end()).toEqual({chunks: [], droppedBytes: 0});
	});

	it('resumes ordinary frames after an oversized one, however the header and the pieces are cut', () => {
		const big = 'y'.repeat(5000);
		const bytes = join(frame(2, big), frame(1, 'after\n'));
		for (const cut of [3, 8, 9, 100, 4999, 5008, 5010]) {
			const decoder = new LogFrameDecoder(1024);
			const out = [...decoder.push(bytes.subarray(0, cut)), ...decoder.push(bytes.subarray(cut))];
			expect(out.filter(chunk => chunk.stream === 'stderr').map(chunk => dec.decode(chunk.data)).join('')).toBe(big);
			expect(out.filter(chunk => chunk.stream === 'stderr').slice(1).every(chunk => chunk.continued)).toBe(true);
			expect(readable(out.filter(chunk => chunk.stream === 'stdout'))).toEqual([['stdout', 'after\n']]);
		}
	});
});
