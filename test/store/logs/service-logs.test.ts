import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {splitLogDetails, swarmLineOrigin} from '../../../source/engine/log-details.js';
import {createLogService, type LogService, type LogWatch} from '../../../source/store/logs/log-service.js';
import {LogStreamDecoder} from '../../../source/store/logs/log-stream-decoder.js';
import {fakeLogEngine, frame, mutableStore, until} from './fakes.js';

// GET /v1.41/services/ID/logs?details=1&timestamps=1&tail=2 from the 3-node cluster (two replicas on two workers)
const recorded = new Uint8Array(readFileSync(new URL('../../engine/fixtures/swarm-logs/service-logs-details-1.41.bin', import.meta.url)));

const lines = (watch: LogWatch) => {
	const {feed} = watch.getSnapshot();
	return Array.from({length: feed.size}, (_, index) => feed.at(index)!).map(line => ({text: line.text, task: line.task, node: line.node}));
};

let service: LogService | undefined;
afterEach(() => service?.close());

describe('service log details', () => {
	it('the recorded 1.41 body: every line names its task and node, the text keeps only the message', () => {
		const out: string[] = [];
		const decoder = new LogStreamDecoder({framed: true, sink: (_stream, _time, text) => out.push(text)});
		decoder.pushBytes(recorded);
		decoder.end();
		expect(out).toHaveLength(4);
		const parsed = out.map(text => splitLogDetails(text));
		for (const {attributes, text} of parsed) {
			expect(text).toMatch(/^line \d+ from [0-9a-f]{12}$/);
			expect(Object.keys(attributes).sort()).toEqual(['com.docker.swarm.node.id', 'com.docker.swarm.service.id', 'com.docker.swarm.task.id']);
		}
		// two replicas on two different nodes
		expect(new Set(parsed.map(({attributes}) => swarmLineOrigin(attributes).node)).size).toBe(2);
		expect(new Set(parsed.map(({attributes}) => swarmLineOrigin(attributes).task)).size).toBe(2);
	});

	it('a line without details stays whole; escaped values are unescaped', () => {
		expect(splitLogDetails('plain text = here')).toEqual({attributes: {}, text: 'plain text = here'});
		expect(splitLogDetails('com.docker.swarm.task.id=t1,custom=a%2Cb%3Dc hello')).toEqual({attributes: {'com.docker.swarm.task.id': 't1', custom: 'a,b=c'}, text: 'hello'});
	});
});

describe('LogService.watchService', () => {
	const target = (exists = true) => ({id: 'svc1', tty: () => false, exists: () => exists});

	it('follows /services/ID/logs with timestamps and details, and keeps each line\'s task and node', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore();
		service = createLogService(engine, store, {frameMs: 10});
		const watch = service.watchService(target());
		await until(() => streams.length === 1);
		expect(streams[0]!.id).toBe('service:svc1');
		expect(streams[0]!.options).toMatchObject({follow: true, timestamps: true, tail: 500, tty: false});
		streams[0]!.push(frame('stdout', 1000, 'com.docker.swarm.node.id=n1,com.docker.swarm.service.id=svc1,com.docker.swarm.task.id=t1 hello from 1\n'));
		streams[0]!.push(frame('stderr', 1001, 'com.docker.swarm.node.id=n2,com.docker.swarm.service.id=svc1,com.docker.swarm.task.id=t2 oops from 2\n'));
		await until(() => watch.getSnapshot().feed.size === 2);
		expect(lines(watch)).toEqual([
			{text: 'hello from 1', task: 't1', node: 'n1'},
			{text: 'oops from 2', task: 't2', node: 'n2'},
		]);
	});

	it('each task\'s tail arrives in turn: lines arriving together are held in time order', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore();
		service = createLogService(engine, store, {frameMs: 10});
		const watch = service.watchService(target());
		await until(() => streams.length === 1);
		const line = (ms: number, task: string) => frame('stdout', ms, `com.docker.swarm.node.id=n${task},com.docker.swarm.service.id=svc1,com.docker.swarm.task.id=t${task} at ${ms}\n`);
		for (const [ms, task] of [[1000, '1'], [3000, '1'], [2000, '2'], [4000, '2']] as const) streams[0]!.push(line(ms, task));
		await until(() => watch.getSnapshot().feed.size === 4);
		expect(lines(watch).map(({text, task}) => `${task} ${text}`)).toEqual(['t1 at 1000', 't2 at 2000', 't1 at 3000', 't2 at 4000']);
	});

	it('reopens after the stream ends while the service exists, not after it was removed', async () => {
		const {engine, streams} = fakeLogEngine();
		const {store} = mutableStore();
		let exists = true;
		service = createLogService(engine, store, {frameMs: 10, retryDelaysMs: [5]});
		service.watchService({id: 'svc1', tty: () => false, exists: () => exists});
		await until(() => streams.length === 1);
		streams[0]!.end();
		await until(() => streams.length === 2);
		exists = false;
		streams[1]!.end();
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(streams).toHaveLength(2);
	});
});
