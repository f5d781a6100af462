import {describe, expect, it} from 'vitest';
import type {LogLine} from '../../../source/store/logs/log-line.js';
import {mergeByTime, mergeInto} from '../../../source/store/logs/merge.js';

let seq = 0;
const line = (containerId: string, time: number): LogLine => ({seq: seq++, time, stream: 'stdout', containerId, text: `${containerId}@${time}`, cut: 0});
const texts = (lines: LogLine[]) => lines.map(l => l.text);

describe('merge by time', () => {
	it('interleaves containers by timestamp, keeping arrival order for equal times', () => {
		const a = [line('a', 1), line('a', 3), line('a', 3), line('a', 7)];
		const b = [line('b', 2), line('b', 3), line('b', 8)];
		expect(texts(mergeByTime([a, b]))).toEqual(['a@1', 'b@2', 'a@3', 'a@3', 'b@3', 'a@7', 'b@8']);
	});

	it('merges a late batch into the tail it overlaps and appends a newer one', () => {
		const merged = [line('a', 1), line('a', 5), line('a', 9)];
		mergeInto(merged, [line('b', 6), line('b', 2)]);
		expect(texts(merged)).toEqual(['a@1', 'b@2', 'a@5', 'b@6', 'a@9']);
		mergeInto(merged, [line('a', 10), line('b', 11)]);
		expect(texts(merged).slice(-2)).toEqual(['a@10', 'b@11']);
	});

	it('ends sorted whatever order batches come in', () => {
		const merged: LogLine[] = [];
		const times = Array.from({length: 500}, (_, index) => (index * 7919) % 1000);
		for (let index = 0; index < times.length; index += 37) mergeInto(merged, times.slice(index, index + 37).map(time => line('x', time)));
		expect(merged.map(l => l.time)).toEqual([...times].sort((a, b) => a - b));
	});
});
