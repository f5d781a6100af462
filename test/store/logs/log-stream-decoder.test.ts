import {describe, expect, it, vi} from 'vitest';
import {concatBytes} from '../../../source/engine/byte-chunks.js';
import type {SplitLine} from '../../../source/store/logs/line-splitter.js';
import type {LogStream} from '../../../source/store/logs/log-line.js';
import {LogStreamDecoder, daemonPartialBytes} from '../../../source/store/logs/log-stream-decoder.js';
import {seeded} from '../../support/seeded-random.js';

const encode = (text: string) => new TextEncoder().encode(text);
const ts = (second: number) => `2026-11-26T10:00:${String(second).padStart(2, '0')}.000000000Z `;
const at = (second: number) => Date.UTC(2026, 10, 26, 10, 0, second);

function collect(framed: boolean) {
	const lines: Array<{stream: LogStream} & SplitLine> = [];
	const decoder = new LogStreamDecoder({framed, sink: (stream, time, text, cut) => lines.push({stream, time, text, cut}), now: () => 42});
	return {decoder, lines};
}

describe('LogStreamDecoder, framed', () => {
	it('strips timestamps and keeps stdout and stderr apart', () => {
		const {decoder, lines} = collect(true);
		decoder.push({stream: 'stdout', data: encode(`${ts(1)}out one\n`)});
		decoder.push({stream: 'stderr', data: encode(`${ts(2)}err one\n`)});
		decoder.push({stream: 'stdout', data: encode(`${ts(3)}out two\n`)});
		expect(lines.map(l => [l.stream, l.text, l.time])).toEqual([['stdout', 'out one', at(1)], ['stderr', 'err one', at(2)], ['stdout', 'out two', at(3)]]);
	});

	it('joins the daemon\'s 16 KiB parts of a long line, dropping their inner timestamps', () => {
		const {decoder, lines} = collect(true);
		decoder.push({stream: 'stdout', data: encode(`${ts(1)}${'a'.repeat(daemonPartialBytes)}`)});
		decoder.push({stream: 'stdout', data: encode(`${ts(1)}bbb\n`)});
		expect(lines).toHaveLength(1);
		expect(lines[0]!.text).toBe('a'.repeat(daemonPartialBytes));
		expect(lines[0]!.cut).toBe(3);
	});

	it('keeps a UTF-8 character split across messages, and marks invalid bytes', () => {
		const {decoder, lines} = collect(true);
		const euro = encode('€'); // 3 bytes
		decoder.push({stream: 'stdout', data: new Uint8Array([...encode(ts(1)), ...euro.subarray(0, 1)])});
		decoder.push({stream: 'stdout', data: new Uint8Array([...encode(ts(1)), ...euro.subarray(1), 0xff, 0x0a])});
		expect(lines.map(l => l.text)).toEqual(['€\uFFFD']);
	});

	it('uses the receive time for a message without a timestamp', () => {
		const {decoder, lines} = collect(true);
		decoder.push({stream: 'system', data: encode('error from daemon\n')});
		expect(lines).toEqual([{stream: 'system', text: 'error from daemon', time: 42, cut: 0}]);
	});
});

describe('LogStreamDecoder, raw (TTY)', () => {
	it('finds each message\'s timestamp across arbitrary chunking', () => {
		const {decoder, lines} = collect(false);
		const stream = encode(`${ts(1)}one\r\n${ts(2)}two\r\n${ts(3)}x\ry\r\n`);
		for (let index = 0; index < stream.length; index += 5) decoder.push({stream: 'stdout', data: stream.subarray(index, index + 5)});
		expect(lines.map(l => [l.text, l.time])).toEqual([['one', at(1)], ['two', at(2)], ['y', at(3)]]);
	});

	it('drops the timestamps the daemon puts inside a long line', () => {
		const {decoder, lines} = collect(false);
		const text = 'q'.repeat(daemonPartialBytes * 2 + 10);
		const parts = [text.slice(0, daemonPartialBytes), text.slice(daemonPartialBytes, 2 * daemonPartialBytes), text.slice(2 * daemonPartialBytes)];
		decoder.push({stream: 'stdout', data: encode(parts.map(part => ts(5) + part).join('') + '\r\n' + ts(6) + 'after\r\n')});
		expect(lines).toHaveLength(2);
		expect(lines[0]!.text + "q".repeat(lines[0]!.cut)).toBe(text);
		expect(lines[1]).toMatchObject({text: 'after', time: at(6)});
	});

	it('flushes a last line without a newline at the end', () => {
		const {decoder, lines} = collect(false);
		decoder.push({stream: 'stdout', data: encode(`${ts(1)}prompt$ `)});
		expect(lines).toEqual([]);
		decoder.end();
		expect(lines.map(l => l.text)).toEqual(['prompt$ ']);
	});
});

describe('LogStreamDecoder.pushBytes (the body as read), with and without the whole-line shortcut', () => {
	// the same bodies on every run
	const next = seeded(0x2545f491);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const concat = concatBytes;
	const maxLineLength = 40;
	const stamps = [
		'2026-11-26T10:00:01.155516788Z ', // Docker
		'2026-11-26T10:00:02.000000000Z ',
		'2026-11-26T10:00:03Z ', // Podman
		'2026-11-26T10:00:04.5Z ',
		'2026-11-26T11:00:05.25+01:00 ', // an offset: the general parser
		'', // none: the receive time
	];
	const pieces = [
		encode('line'), encode('héllo ✓'), encode(' '), encode('€'), encode('€').subarray(0, 2), Uint8Array.of(0xff),
		Uint8Array.of(0xef, 0xbb, 0xbf), encode('\r'), encode('\r\n'), encode('x'.repeat(30)), encode('ü'.repeat(25)),
	];
	const endings = [encode('\n'), encode('\n'), encode('\n'), encode('\r\n'), encode('')];

	function message(framed: boolean): Uint8Array {
		const parts = [encode(pick(stamps))];
		for (let count = Math.floor(next() * 4); count > 0; count--) {
			const piece = pick(pieces);
			if (!framed && piece.includes(10)) continue; // raw: a '\n' starts the next message
			parts.push(piece);
		}
		if (framed && next() < 0.05) parts.push(encode('a\nb')); // one message, two lines
		parts.push(pick(endings));
		return concat(parts);
	}

	function body(framed: boolean): Uint8Array {
		const parts: Uint8Array[] = [];
		for (let count = 1 + Math.floor(next() * 30); count > 0; count--) {
			const payload = message(framed);
			if (!framed) {
				parts.push(payload.at(-1) === 10 || next() < 0.5 ? payload : concat([payload, encode('\n')]));
				continue;
			}
			const header = new Uint8Array(8);
			header[0] = pick([1, 1, 2, 2, 3]);
			new DataView(header.buffer).setUint32(4, payload.length, false);
			parts.push(header, payload);
		}
		const whole = concat(parts);
		return next() < 0.1 ? whole.subarray(0, whole.length - Math.floor(next() * 10)) : whole; // cut short at the end
	}

	function decode(framed: boolean, chunks: Uint8Array[], wholeLines: boolean) {
		const lines: unknown[] = [];
		const decoder = new LogStreamDecoder({framed, wholeLines, maxLineLength, sink: (stream, time, text, cut) => lines.push([stream, time, text, cut]), now: () => 42});
		for (const chunk of chunks) decoder.pushBytes(chunk);
		const pending = decoder.pending();
		decoder.end();
		return {lines, pending};
	}

	const chunkings = (bytes: Uint8Array): Uint8Array[][] => {
		const random: Uint8Array[] = [];
		for (let at = 0; at < bytes.length; ) {
			const size = 1 + Math.floor(next() * 120);
			random.push(Buffer.from(bytes.subarray(at, at + size))); // a Buffer, as undici reads are
			at += size;
		}
		return [[bytes], [Buffer.from(bytes)], random, [...bytes].map(byte => Uint8Array.of(byte))];
	};

	for (const framed of [true, false]) {
		// (the same chunking both ways: what is cut from an over-long line is counted in bytes once the
		// line is full, so its count may differ between chunkings when the cut part is not ASCII)
		it(`gives the same lines, times and pending line with the shortcut as without, for any chunking (${framed ? 'framed' : 'raw'})`, () => {
			for (let round = 0; round < 300; round++) {
				for (const chunks of chunkings(body(framed))) {
					expect(decode(framed, chunks, true), `round ${round}, ${chunks.length} chunks`).toEqual(decode(framed, chunks, false));
				}
			}
		});
	}

	it('takes a flood of one-line messages without the streaming decoder, after each stream\'s first line', () => {
		const frames = Array.from({length: 100}, (_, index) => {
			const payload = encode(`${ts(index % 60)}line ${index}\n`);
			const header = new Uint8Array(8);
			header[0] = index % 2 ? 2 : 1;
			new DataView(header.buffer).setUint32(4, payload.length, false);
			return concat([header, payload]);
		});
		const {decoder, lines} = collect(true);
		const decode = vi.spyOn(TextDecoder.prototype, 'decode');
		try {
			decoder.pushBytes(concat(frames));
			expect(decode).toHaveBeenCalledTimes(2); // stdout's first line and stderr's
		} finally {
			decode.mockRestore();
		}
		expect(lines).toHaveLength(100);
		expect(lines[99]).toEqual({stream: 'stderr', text: 'line 99', time: at(39), cut: 0});
	});

	it('says when the first message arrives, once, before its line', () => {
		const events: string[] = [];
		const decoder = new LogStreamDecoder({framed: true, sink: (_stream, _time, text) => events.push(text), onFirstMessage: () => events.push('first')});
		const payload = encode(`${ts(1)}one\n`);
		const frame = concat([Uint8Array.of(1, 0, 0, 0, 0, 0, 0, payload.length), payload]);
		decoder.pushBytes(frame.subarray(0, 5)); // no whole frame yet
		expect(events).toEqual([]);
		decoder.pushBytes(frame.subarray(5));
		decoder.pushBytes(frame);
		expect(events).toEqual(['first', 'one', 'one']);
	});
});
