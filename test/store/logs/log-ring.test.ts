import {describe, expect, it} from 'vitest';
import {lineCost, type LogLine} from '../../../source/store/logs/log-line.js';
import {LogRing} from '../../../source/store/logs/log-ring.js';

const line = (seq: number, text = `line ${seq}`): LogLine => ({seq, time: seq, stream: 'stdout', containerId: 'c', text, cut: 0});

describe('LogRing', () => {
	it('keeps lines in order and drops the oldest past the line bound', () => {
		const ring = new LogRing({maxLines: 3, maxBytes: 1e9});
		for (let seq = 1; seq <= 5; seq++) ring.push(line(seq));
		expect(ring.toArray().map(l => l.seq)).toEqual([3, 4, 5]);
		expect(ring.evicted).toBe(2);
		expect(ring.first()?.seq).toBe(3);
		expect(ring.last()?.seq).toBe(5);
	});

	it('drops the oldest past the byte bound, but always keeps the newest line', () => {
		const ring = new LogRing({maxLines: 100, maxBytes: 3 * lineCost('x'.repeat(10))});
		for (let seq = 1; seq <= 5; seq++) ring.push(line(seq, 'x'.repeat(10)));
		expect(ring.size).toBe(3);
		expect(ring.byteSize).toBeLessThanOrEqual(3 * lineCost('x'.repeat(10)));
		ring.push(line(6, 'y'.repeat(10_000)));
		expect(ring.toArray().map(l => l.seq)).toEqual([6]);
	});

	it('grows past its first allocation and wraps around without losing order', () => {
		const ring = new LogRing({maxLines: 3000, maxBytes: 1e9});
		for (let seq = 0; seq < 7000; seq++) ring.push(line(seq));
		expect(ring.size).toBe(3000);
		const seqs = ring.toArray().map(l => l.seq);
		expect(seqs[0]).toBe(4000);
		expect(seqs.every((seq, index) => seq === 4000 + index)).toBe(true);
		expect(ring.indexOfSeq(4500)).toBe(500);
		expect(ring.indexOfSeq(100)).toBe(-1);
	});

	it('stays bounded in bytes under a long flood', () => {
		const ring = new LogRing({maxLines: 10_000, maxBytes: 1024 * 1024});
		for (let seq = 0; seq < 200_000; seq++) ring.push(line(seq, 'z'.repeat(seq % 500)));
		expect(ring.byteSize).toBeLessThanOrEqual(1024 * 1024);
		expect(ring.last()?.seq).toBe(199_999);
	});

	it('clear empties it', () => {
		const ring = new LogRing({maxLines: 10, maxBytes: 1e9});
		ring.push(line(1));
		ring.clear();
		expect(ring.size).toBe(0);
		expect(ring.byteSize).toBe(0);
		ring.push(line(2));
		expect(ring.toArray().map(l => l.seq)).toEqual([2]);
	});
});
