import {afterEach, describe, expect, it, vi} from 'vitest';
import {createLogService, type LogService, type LogWatch} from '../../../source/store/logs/log-service.js';
import {fakeContainer, fakeLogEngine, frame, mutableStore, until} from './fakes.js';

const texts = (watch: LogWatch) => {
	const {feed} = watch.getSnapshot();
	return Array.from({length: feed.size}, (_, index) => feed.at(index)!.text);
};

let service: LogService | undefined;
afterEach(() => {
	service?.close();
	vi.useRealTimers();
});

describe('LogService', () => {
	it('follows with timestamps and the default tail, and shows lines in order with their stream', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'})]);
		service = createLogService(engine, store, {frameMs: 10});
		const watch = service.watch(['a']);
		await until(() => streams.length === 1);
		expect(streams[0]!.options).toMatchObject({follow: true, timestamps: true, tail: 500, tty: false});
		streams[0]!.push(frame('stdout', 1000, 'out 1\n'));
		streams[0]!.push(frame('stderr', 1001, 'err 1\n'));
		streams[0]!.push(frame('stdout', 1002, 'out 2\n'));
		// the ring is live; the status is settled at the next frame (10 ms here)
		await until(() => watch.getSnapshot().feed.size === 3 && watch.getSnapshot().status.streams[0]?.state === 'streaming');
		const {feed, status} = watch.getSnapshot();
		expect([0, 1, 2].map(index => [feed.at(index)!.stream, feed.at(index)!.text, feed.at(index)!.time])).toEqual([
			['stdout', 'out 1', 1000], ['stderr', 'err 1', 1001], ['stdout', 'out 2', 1002],
		]);
		expect(status.streams).toEqual([{containerId: 'a', state: 'streaming', error: null}]);
	});

	it('asks the daemon whether the container has a TTY when the store does not know', async () => {
		const {engine, streams} = fakeLogEngine({t: true});
		const {store} = mutableStore([fakeContainer({id: 't', tty: null})]);
		service = createLogService(engine, store, {frameMs: 10});
		const watch = service.watch(['t']);
		await until(() => streams.length === 1);
		expect(streams[0]!.options.tty).toBe(true);
		streams[0]!.push({stream: 'stdout', data: new TextEncoder().encode('2026-01-01T00:00:00.000000000Z a\r\n2026-01-01T00:00:01.000000000Z b\r\n')});
		await until(() => texts(watch).length === 2);
		expect(texts(watch)).toEqual(['a', 'b']);
	});

	it('a followed log open a second without an answer or an error is live, not connecting (Podman sends no headers before the first line)', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'})]);
		service = createLogService(engine, store, {frameMs: 10});
		const watch = service.watch(['a']);
		await until(() => streams.length === 1);
		const state = () => watch.getSnapshot().status.streams[0]?.state;
		const opened = Date.now();
		await until(() => state() === 'connecting');
		await until(() => state() !== 'connecting', 3000);
		expect(Date.now() - opened).toBeGreaterThanOrEqual(900);
		expect(state()).toBe('streaming');
	});

	it('notifies at a capped rate under a flood, with every line kept', async () => {
		vi.useFakeTimers(); // the rate is checked on a clock the test moves, not on the machine's load
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'})]);
		service = createLogService(engine, store, {frameMs: 40});
		const watch = service.watch(['a']);
		let notifications = 0;
		watch.subscribe(() => notifications++);
		await vi.waitFor(() => expect(streams).toHaveLength(1));
		// 5000 lines over 200 ms: at most one notification per 40 ms
		for (let index = 0; index < 5000; index++) {
			streams[0]!.push(frame('stdout', 1000 + index, `line ${index}\n`));
			if (index % 250 === 249) await vi.advanceTimersByTimeAsync(10);
		}
		await vi.advanceTimersByTimeAsync(40);
		expect(watch.getSnapshot().feed.total).toBe(5000);
		expect(texts(watch).at(-1)).toBe('line 4999');
		expect(notifications).toBeGreaterThanOrEqual(3);
		expect(notifications).toBeLessThanOrEqual(240 / 40 + 1);
	});

	it('stays within its bounds and says how many lines went by unseen', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'})]);
		service = createLogService(engine, store, {frameMs: 200, maxLines: 100});
		const watch = service.watch(['a']);
		await until(() => streams.length === 1);
		for (let index = 0; index < 1000; index++) streams[0]!.push(frame('stdout', 1000 + index, `line ${index}\n`));
		// the skipped count is settled at the next frame (200 ms here), not at the push itself
		await until(() => watch.getSnapshot().feed.total === 1000 && watch.getSnapshot().status.skipped > 0);
		const {feed, status} = watch.getSnapshot();
		expect(feed.size).toBe(100);
		expect(feed.at(0)!.text).toBe('line 900');
		expect(status.skipped).toBeGreaterThan(0);
		expect(status.skipped).toBeLessThanOrEqual(900);
	});

	it('cancels the stream when the view switches to another container', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'}), fakeContainer({id: 'b'})]);
		service = createLogService(engine, store, {frameMs: 10});
		const first = service.watch(['a']);
		await until(() => streams.length === 1);
		first.release();
		service.watch(['b']);
		await until(() => streams.length === 2);
		expect(streams[0]!.aborted()).toBe(true);
		expect(streams[1]!.id).toBe('b');
	});

	it('reopens after a restart from the newest line held, without repeating lines', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store, setContainer} = mutableStore([fakeContainer({id: 'a', startedAt: 1000})]);
		service = createLogService(engine, store, {frameMs: 10});
		const watch = service.watch(['a']);
		await until(() => streams.length === 1);
		streams[0]!.push(frame('stdout', 5000, 'before\n'));
		streams[0]!.end();
		await until(() => watch.getSnapshot().status.streams[0]!.state === 'ended');
		setContainer(fakeContainer({id: 'a', state: 'exited', startedAt: 1000}));
		setContainer(fakeContainer({id: 'a', state: 'running', startedAt: 9000}));
		await until(() => streams.length === 2);
		expect(streams[1]!.options).toMatchObject({tail: 'all', since: 5, follow: true});
		streams[1]!.push(frame('stdout', 5000, 'before\n'));
		streams[1]!.push(frame('stdout', 9500, 'after\n'));
		await until(() => texts(watch).length === 2);
		expect(texts(watch)).toEqual(['before', 'after']);
	});

	it('keeps the new lines of the second it reopened in when the daemon stamps whole seconds (Podman), and repeats none', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store, setContainer} = mutableStore([fakeContainer({id: 'a', startedAt: 1000})]);
		service = createLogService(engine, store, {frameMs: 10});
		const watch = service.watch(['a']);
		await until(() => streams.length === 1);
		streams[0]!.push(frame('stdout', 4000, 'beat 1\n'));
		streams[0]!.push(frame('stdout', 5000, 'beat 2\n'));
		streams[0]!.push(frame('stdout', 5000, 'beat 3\n'));
		streams[0]!.end();
		await until(() => watch.getSnapshot().status.streams[0]!.state === 'ended');
		setContainer(fakeContainer({id: 'a', state: 'running', startedAt: 5600}));
		await until(() => streams.length === 2);
		// the reopened stream sends that whole second again, then the new run's lines of the same second
		for (const text of ['beat 2', 'beat 3', 'boot', 'beat 1']) streams[1]!.push(frame('stdout', 5000, `${text}\n`));
		streams[1]!.push(frame('stdout', 6000, 'beat 2\n'));
		await until(() => texts(watch).length >= 6);
		expect(texts(watch)).toEqual(['beat 1', 'beat 2', 'beat 3', 'boot', 'beat 1', 'beat 2']);
	});

	it('retries a stream that ended while the container still runs', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'})]);
		service = createLogService(engine, store, {frameMs: 10, retryDelaysMs: [20]});
		service.watch(['a']);
		await until(() => streams.length === 1);
		streams[0]!.fail(new Error('socket hang up'));
		await until(() => streams.length === 2);
	});

	it('a read Podman fails on a log line still being written is read again quietly, a few times, then an error', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'})]);
		service = createLogService(engine, store, {frameMs: 10, retryDelaysMs: [20]});
		const watch = service.watch(['a']);
		const states: string[] = [];
		watch.subscribe(() => states.push(watch.getSnapshot().status.streams[0]?.state ?? ''));
		const torn = () => new Error('(HTTP code 500) server error - "2026-11-29T04:55:26.1+00:00 stdout" is not a valid container log line');
		await until(() => streams.length === 1);
		streams[0]!.fail(torn());
		await until(() => streams.length === 2);
		streams[1]!.push(frame('stdout', 1000, 'after\n'));
		await until(() => texts(watch).includes('after'));
		expect(states).not.toContain('error');
		for (let read = 2; read <= 7; read++) {
			await until(() => streams.length === read, 3000);
			streams[read - 1]!.fail(torn());
		}
		await until(() => watch.getSnapshot().status.streams[0]?.state === 'error', 3000);
		expect(watch.getSnapshot().status.streams[0]?.error).toMatch(/not a valid container log line/);
	});

	it('merges several containers by time', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'}), fakeContainer({id: 'b'})]);
		service = createLogService(engine, store, {frameMs: 10});
		const watch = service.watch(['a', 'b']);
		await until(() => streams.length === 2);
		const [a, b] = streams[0]!.id === 'a' ? [streams[0]!, streams[1]!] : [streams[1]!, streams[0]!];
		a.push(frame('stdout', 1000, 'a1\n'));
		a.push(frame('stdout', 3000, 'a3\n'));
		await until(() => texts(watch).length === 2);
		b.push(frame('stdout', 2000, 'b2\n'));
		b.push(frame('stdout', 4000, 'b4\n'));
		await until(() => texts(watch).length === 4);
		expect(texts(watch)).toEqual(['a1', 'b2', 'a3', 'b4']);
		expect(watch.getSnapshot().feed.at(1)!.containerId).toBe('b');
	});

	it('reopens with a new window and clears on request', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'})]);
		service = createLogService(engine, store, {frameMs: 10});
		const watch = service.watch(['a']);
		await until(() => streams.length === 1);
		streams[0]!.push(frame('stdout', 1000, 'one\n'));
		await until(() => texts(watch).length === 1);
		watch.clear();
		expect(texts(watch)).toEqual([]);
		streams[0]!.push(frame('stdout', 2000, 'two\n'));
		await until(() => texts(watch).length === 1);
		expect(watch.getSnapshot().status.skipped).toBe(0);
		watch.setWindow({tail: 'all', since: '10m'});
		await until(() => streams.length === 2);
		expect(streams[0]!.aborted()).toBe(true);
		expect(streams[1]!.options.tail).toBe('all');
		expect(streams[1]!.options.since).toBeGreaterThan(Date.now() / 1000 - 601);
		expect(texts(watch)).toEqual([]);
	});
});

describe('LogService frame rate', () => {
	it('slows its notifications while lines flood in, and speeds up again after', async () => {
		vi.useFakeTimers();
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore([fakeContainer({id: 'a'})]);
		service = createLogService(engine, store, {frameMs: 10, floodFrameMs: 150, floodLinesPerSecond: 1000});
		const watch = service.watch(['a']);
		const times: number[] = [];
		watch.subscribe(() => times.push(Date.now()));
		await vi.waitFor(() => expect(streams).toHaveLength(1));
		// a flood of 40,000 lines/s for one second, 200 lines every 5 ms
		const floodUntil = Date.now() + 1000;
		let index = 0;
		while (Date.now() < floodUntil) {
			for (let burst = 0; burst < 200; burst++) streams[0]!.push(frame('stdout', 1000 + index, `line ${index++}\n`));
			await vi.advanceTimersByTimeAsync(5);
		}
		const during = times.filter(time => time > floodUntil - 700 && time <= floodUntil);
		expect(during.length).toBeGreaterThanOrEqual(3);
		expect(during.length).toBeLessThanOrEqual(6); // ~150 ms apart, not ~10
		await vi.advanceTimersByTimeAsync(300);
		expect(watch.getSnapshot().feed.total).toBe(index);
		times.length = 0;
		const calmAt = Date.now();
		streams[0]!.push(frame('stdout', 99_000, 'calm\n'));
		await vi.advanceTimersByTimeAsync(150);
		expect(times.length).toBeGreaterThan(0);
		expect(times[0]! - calmAt).toBeLessThanOrEqual(10); // the quiet frame rate again
	});
});
