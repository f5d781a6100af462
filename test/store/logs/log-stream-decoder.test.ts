import {describe, expect, it} from 'vitest';
import type {SplitLine} from '../../../source/store/logs/line-splitter.js';
import type {LogStream} from '../../../source/store/logs/log-line.js';
import {LogStreamDecoder, daemonPartialBytes} from '../../../source/store/logs/log-stream-decoder.js';

const encode = (text: string) => new TextEncoder().encode(text);
const ts = (second: number) => `2026-11-26T10:00:${String(second).padStart(2, '0')}.000000000Z `;
const at = (second: number) => Date.UTC(2026, 10, 26, 10, 0, second);

function collect(framed: boolean) {
	const lines: Array<{stream: LogStream} & SplitLine> = [];
	const decoder = new LogStreamDecoder({framed, sink: (stream, line) => lines.push({stream, ...line}), now: () => 42});
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
