// Integration: logs (framed vs raw by Config.Tty) and stream cleanup against the real daemon.
import {afterAll, expect, it} from 'vitest';
import type {LogChunk} from '../../source/engine/types.js';
import {describeEngines, needs} from '../support/daemon.js';
import {testContainers, testEngine} from './daemon-containers.js';
import {waitFor} from './fake-daemon.js';

const text = (chunks: LogChunk[]) => chunks.map(c => [c.stream, new TextDecoder().decode(c.data)]);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const item of iterable) out.push(item);
	return out;
}

describeEngines('logs against the real daemon', ({host, podman}) => {
	/** A fresh pool with the version pinned (no ping): the stream under test is its only connection. */
	const oneStreamEngine = () => testEngine({apiVersion: '1.41'}, host);
	const engine = testEngine({}, host);
	const containers = testContainers(testEngine({}, host));
	afterAll(async () => {
		await containers.removeAll();
		await engine.close();
	});

	it.skipIf(!podman && !needs('real-daemon', "reads what a container's command prints"))('puts stdout and stderr lines of a non-TTY container on the right streams, in order', async () => {
		const {id} = await containers.create('logs', 'echo out-1; sleep 0.05; echo err-1 >&2; sleep 0.05; echo out-2; sleep 0.05; echo err-2 >&2; sleep 0.05; printf "no newline"');
		await engine.startContainer(id);
		await engine.waitContainer(id);
		const chunks = await collect(engine.logs(id));
		expect(text(chunks)).toEqual([
			['stdout', 'out-1\n'],
			['stderr', 'err-1\n'],
			['stdout', 'out-2\n'],
			['stderr', 'err-2\n'],
			['stdout', 'no newline'],
		]);
		expect(text(await collect(engine.logs(id, {stdout: false})))).toEqual([
			['stderr', 'err-1\n'],
			['stderr', 'err-2\n'],
		]);
		// Podman's k8s-file log glues an unterminated last line to the line before it, on either stream
		expect(text(await collect(engine.logs(id, {tail: 1})))).toEqual(podman ? [['stderr', 'err-2no newline\n']] : [['stdout', 'no newline']]);
	});

	it.skipIf(!podman && !needs('real-daemon', "reads what a container's command prints through a real pty"))('returns the raw bytes of a TTY container (CRLF from the pty, no frame headers)', async () => {
		const {id} = await containers.create('tty', 'echo line-1; echo line-2 >&2', {Tty: true});
		await engine.startContainer(id);
		await engine.waitContainer(id);
		const chunks = await collect(engine.logs(id));
		expect(chunks.every(c => c.stream === 'stdout')).toBe(true);
		expect(chunks.map(c => new TextDecoder().decode(c.data)).join('')).toBe('line-1\r\nline-2\r\n');
	});

	it.skipIf(!podman && !needs('real-daemon', "reads what a container's command prints"))('follows a running container and releases the connection when the loop breaks', async () => {
		const {id} = await containers.create('follow', 'i=0; trap exit TERM; while :; do i=$((i+1)); echo tick-$i; sleep 0.1; done');
		await engine.startContainer(id);
		const own = oneStreamEngine();
		const seen: string[] = [];
		for await (const chunk of own.logs(id, {follow: true, tty: false})) {
			seen.push(new TextDecoder().decode(chunk.data));
			expect(own.connectionStats().connected).toBe(1);
			if (seen.length === 3) break;
		}
		expect(seen).toEqual(['tick-1\n', 'tick-2\n', 'tick-3\n']);
		await waitFor(() => own.connectionStats().connected === 0, 'the log socket to close after break', 2000);
		await own.close();
	});

	it.skipIf(!podman && !needs('real-daemon', "reads what a container's command prints"))('ends a followed stream quietly on abort and closes its socket', async () => {
		const {id} = await containers.create('abort', 'trap exit TERM; while :; do echo x; sleep 0.2; done');
		await engine.startContainer(id);
		const own = oneStreamEngine();
		const abort = new AbortController();
		let count = 0;
		const done = (async () => {
			for await (const _ of own.logs(id, {follow: true, tty: false, signal: abort.signal})) {
				count++;
				if (count === 2) abort.abort();
			}
		})();
		await expect(done).resolves.toBeUndefined();
		expect(count).toBeGreaterThanOrEqual(2);
		await waitFor(() => own.connectionStats().connected === 0, 'the log socket to close after abort', 2000);
		await own.close();
	});

	it.skipIf(!podman && !needs('real-daemon', "reads what a container's command prints"))('close() ends open streams (events and logs) without errors', async () => {
		const {id} = await containers.create('close', 'trap exit TERM; while :; do sleep 0.2; done');
		await engine.startContainer(id);
		const own = testEngine({}, host);
		const events = collect(own.events());
		const logs = collect(own.logs(id, {follow: true}));
		await waitFor(() => own.connectionStats().running === 2, 'both streams to open');
		await own.close();
		await expect(events).resolves.toEqual([]);
		await expect(logs).resolves.toEqual([]);
	});

	it(`stats stream yields a sample every ${podman ? 5 : 1} s and stops on break`, async () => {
		const {id} = await containers.create('statstream', 'trap exit TERM; while :; do sleep 0.2; done');
		await engine.startContainer(id);
		const own = oneStreamEngine();
		const reads: string[] = [];
		for await (const sample of own.stats(id)) {
			reads.push(sample.read);
			if (reads.length === 2) break;
		}
		expect(Date.parse(reads[1]!) - Date.parse(reads[0]!)).toBeGreaterThan(podman ? 4000 : 500);
		await waitFor(() => own.connectionStats().connected === 0, 'the stats socket to close', 2000);
		await own.close();
	});
});
