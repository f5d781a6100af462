// A log session under a flood, against the fake engine: it leaves the followed stream, reads the
// newest lines (tail, no follow) at the interval, marks what it skipped, says how fast the
// container writes, and follows again from the newest line held once a read shows calm.
import {afterEach, describe, expect, it} from 'vitest';
import {createLogService, type LogService} from '../../../source/store/logs/log-service.js';
import {fakeContainer, fakeLogEngine, frame, mutableStore, until} from './fakes.js';

const limits = {linesPerSecond: 100, bytesPerSecond: 1e9};
const t0 = Date.UTC(2026, 0, 1);
let service: LogService | undefined;
afterEach(() => service?.close());

function setup() {
	const {engine, streams} = fakeLogEngine();
	const {store} = mutableStore([fakeContainer({id: 'a'})]);
	service = createLogService(engine, store, {frameMs: 5, floodLimits: limits, floodIntervalMs: 20});
	return {streams, watch: service.watch(['a'], {tail: 20})};
}

/** The 20 lines of history the stream starts with: a burst (1 ms apart), but long ago. */
async function history(streams: ReturnType<typeof fakeLogEngine>['streams'], watch: ReturnType<LogService['watch']>) {
	for (let index = 0; index < 20; index++) streams[0]!.push(frame('stdout', t0 - 60_000 + index, `old ${index}\n`));
	await until(() => watch.getSnapshot().feed.size === 20);
}

describe('a flooding log', () => {
	it('is read a few lines at a time, gaps marked, until it calms down; then it is followed again', async () => {
		const {streams, watch} = setup();
		await until(() => streams.length === 1);
		const follow = streams[0]!;
		await history(streams, watch);
		expect(streams).toHaveLength(1); // a burst in the history asked for is no flood
		// 50 lines 1 ms apart: 1,000 lines/s, ten times the limit
		for (let index = 0; index < 50; index++) follow.push(frame('stdout', t0 + index, `line ${index}\n`));
		await until(() => streams.length === 2);
		expect(follow.aborted()).toBe(true);
		const read = streams[1]!;
		expect(read.options).toMatchObject({follow: false, timestamps: true});
		expect(typeof read.options.tail).toBe('number');
		await until(() => watch.getSnapshot().status.floodLinesPerSecond !== null);
		// 50 lines in 50 ms is no second's worth: no rate is claimed until a read measures one
		expect(watch.getSnapshot().status.floodLinesPerSecond).toBe(0);
		const held = watch.getSnapshot().feed.size;

		// the read returns as many lines as asked, all newer than what is held: lines were skipped
		const tail = read.options.tail as number;
		for (let index = 0; index < tail; index++) read.push(frame('stdout', t0 + 5000 + index, `late ${index}\n`));
		read.end();
		await until(() => watch.getSnapshot().feed.size > held + 1);
		const texts = () => Array.from({length: watch.getSnapshot().feed.size}, (_, index) => watch.getSnapshot().feed.at(index)!);
		const marker = texts().find(line => line.stream === 'system');
		// no rate yet: the rate shown is what reads a second or more apart found written (written-rate.ts)
		expect(marker?.text).toMatch(/^┄ about [\d,]+ lines skipped ┄$/);
		await until(() => watch.getSnapshot().status.floodSkipped > 1000); // ~1,000 lines/s over the ~5 s between the reads
		expect(watch.getSnapshot().status.floodLinesPerSecond).toBe(0);
		// the first line of a read that stops short of the log's start may be the end of a long one: dropped
		expect(texts().some(line => line.text === 'late 0')).toBe(false);
		expect(texts().at(-1)!.text).toBe(`late ${tail - 1}`);

		// the next read reaches back to what is held and brings two lines a second apart: calm
		await until(() => streams.length === 3);
		const calmRead = streams[2]!;
		calmRead.push(frame('stdout', t0 + 5000 + tail - 1, `late ${tail - 1}\n`));
		calmRead.push(frame('stdout', t0 + 7000, 'calm 1\n'));
		calmRead.push(frame('stdout', t0 + 8000, 'calm 2\n'));
		calmRead.end();
		await until(() => streams.length === 4);
		const resumed = streams[3]!;
		// bounded by a tail: since alone would make the daemon scan the whole log file
		expect(resumed.options).toMatchObject({follow: true, tail: 1000, since: (t0 + 8000) / 1000}); // twice the most one read asks for
		await until(() => watch.getSnapshot().status.floodLinesPerSecond === null);
		resumed.push(frame('stdout', t0 + 8000, 'calm 2\n')); // the since window includes the newest held line: not twice
		resumed.push(frame('stdout', t0 + 9000, 'calm 3\n'));
		await until(() => texts().at(-1)!.text === 'calm 3');
		expect(texts().filter(line => line.text.startsWith('calm')).map(line => line.text)).toEqual(['calm 1', 'calm 2', 'calm 3']);
	});

	it('stops reading when nobody watches any more', async () => {
		const {streams, watch} = setup();
		await until(() => streams.length === 1);
		await history(streams, watch);
		for (let index = 0; index < 50; index++) streams[0]!.push(frame('stdout', t0 + index, `line ${index}\n`));
		await until(() => streams.length === 2);
		watch.release();
		expect(streams[1]!.aborted()).toBe(true);
		await new Promise(resolve => setTimeout(resolve, 80));
		expect(streams).toHaveLength(2);
	});

	it('is followed line by line when flood limits are off', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'})]);
		service = createLogService(engine, store, {frameMs: 5, floodLimits: null});
		const watch = service.watch(['a']);
		await until(() => streams.length === 1);
		for (let index = 0; index < 500; index++) streams[0]!.push(frame('stdout', t0 + index * 0.01, `line ${index}\n`));
		await until(() => watch.getSnapshot().feed.size === 500);
		expect(streams).toHaveLength(1);
		expect(watch.getSnapshot().status.floodLinesPerSecond).toBeNull();
	});
});
