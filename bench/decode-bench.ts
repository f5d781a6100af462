// Micro-benchmark of the log ingestion path under a flood, all in memory (no daemon, no terminal):
// a multiplexed, timestamped log body cut into undici-sized chunks goes through the real engine
// logs() generator (frame demultiplexing) → LogSession (decoder → line splitter → ring).
// Prints JSON: lines/s, ns/line and heap bytes allocated per line (median of the runs).
// Bytes allocated are counted with v8.GCProfiler: heap used at the end − at the start + what each
// GC freed (no --expose-gc needed). Off-heap ArrayBuffer backing stores are not counted.
// Run: node scripts/run-ts.mjs bench/decode-bench.ts [--lines N] [--runs N] [--tty] [--chunk-bytes N] [--service]
// (--chunk-bytes: reads of that size instead of undici's ~64 KiB, e.g. 100 for a reader that keeps up;
// --service: a swarm service's log, each line with its details prefix naming one of 6 tasks on 3
// nodes, through the service path: details split off, lines put in time order per 100 ms batch)
import {Readable} from 'node:stream';
import {GCProfiler} from 'node:v8';
import {streamCalls} from '../source/engine/stream-calls.js';
import type {RequestCore} from '../source/engine/request-core.js';
import type {Engine} from '../source/engine/types.js';
import {LogSession} from '../source/store/logs/log-session.js';
import {seeded} from '../test/support/seeded-random.js';
import type {Container, State, Store} from '../source/store/types.js';

const argument = (name: string) => {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
};
const lineCount = Number(argument('--lines') ?? 300_000);
const runs = Number(argument('--runs') ?? 5);
const tty = process.argv.includes('--tty');
const chunkBytes = Number(argument('--chunk-bytes') ?? 0);
const service = process.argv.includes('--service');
// what details=1 puts before each line of a service's log (dockerd 20.10: node, service, task ids)
const details = (index: number) => (service ? `com.docker.swarm.node.id=node${index % 3}xxxxxxxxxxxxxxxxxxxxx,com.docker.swarm.service.id=svcxxxxxxxxxxxxxxxxxxxxxx,com.docker.swarm.task.id=task${index % 6}xxxxxxxxxxxxxxxxxxxxx ` : '');
const longLines = 5; // 100 KB each, spread over the stream
const partBytes = 16 * 1024; // the daemon's log copier cuts long lines into 16 KiB messages

// every run (and every commit) sees the same bytes
const random = seeded(0x2545f491);

const base = Date.UTC(2026, 10, 26, 23, 49, 6);
function stamp(index: number): string {
	const ns = index * 4999; // ~200k lines/s
	const ms = base + Math.floor(ns / 1e6);
	const fraction = String((ns % 1e6) + (ms % 1000) * 1e6).padStart(9, '0');
	return `${new Date(ms).toISOString().slice(0, 19)}.${fraction}Z `;
}

function lineText(index: number): string {
	if (index % Math.floor(lineCount / longLines) === lineCount % 7) return `long ${index} ${'x'.repeat(100 * 1024)}`;
	if (index % 3 === 0) return `wide ${index} ${'abcdefghij'.repeat(20)}`.slice(0, 200);
	return `line ${index}`;
}

/** The body as the daemon sends it: one message per line (per 16 KiB part of a long one). */
function buildBody(): Buffer {
	const parts: Buffer[] = [];
	for (let index = 0; index < lineCount; index++) {
		const text = lineText(index) + (tty ? '\r\n' : '\n');
		const stream = index % 5 === 2 ? 2 : 1; // mixed stdout/stderr frames
		for (let at = 0; at < text.length; at += partBytes) {
			const payload = Buffer.from(stamp(index) + (at === 0 ? details(index) : '') + text.slice(at, at + partBytes));
			if (!tty) {
				const header = Buffer.alloc(8);
				header[0] = stream;
				header.writeUInt32BE(payload.length, 4);
				parts.push(header);
			}
			parts.push(payload);
		}
	}
	return Buffer.concat(parts);
}

/** Cut like a socket read: mostly 64 KiB, sometimes any size. */
function cut(body: Buffer): Buffer[] {
	const chunks: Buffer[] = [];
	for (let at = 0; at < body.length; ) {
		const size = chunkBytes || (random() < 0.75 ? 64 * 1024 : 1 + Math.floor(random() * 64 * 1024));
		chunks.push(body.subarray(at, at + size));
		at += size;
	}
	return chunks;
}

const container = {id: 'flood', tty, state: 'exited', startedAt: 1000} as Container;
const store: Store = {getState: () => ({containers: new Map([[container.id, container]])}) as unknown as State, subscribe: () => () => undefined};

async function once(chunks: Buffer[]) {
	// the engine's logs() over a fake request core whose body is a Readable, as undici's is
	const core = {stream: () => Readable.from(chunks, {objectMode: false})[Symbol.asyncIterator]()} as unknown as RequestCore;
	const engine = streamCalls(core, 1000) as unknown as Engine;
	let changes = 0;
	let done: () => void = () => undefined;
	const finished = new Promise<void>(resolve => (done = resolve));
	const session: LogSession = new LogSession(container.id, engine, store, {
		bounds: {maxLines: 10_000, maxBytes: 16 * 1024 * 1024},
		window: {tail: 'all', since: 'all'},
		// measure the line-by-line path: these lines come faster than the flood limit
		floodLimits: null,
		// a service's lines are held a batch later than the stream ends
		service: service ? {id: 'svc', tty: () => tty, exists: () => false} : undefined,
		onChange: () => {
			changes++;
			if (session.state === 'error' || (session.state === 'ended' && (!service || session.total >= lineCount))) done();
		},
	});
	const profiler = new GCProfiler();
	profiler.start();
	const startUsed = process.memoryUsage().heapUsed;
	const started = process.hrtime.bigint();
	session.start();
	await finished;
	const ns = Number(process.hrtime.bigint() - started);
	const endUsed = process.memoryUsage().heapUsed;
	const gc = profiler.stop()!;
	let freed = 0;
	for (const entry of gc.statistics) freed += entry.beforeGC.heapStatistics.usedHeapSize - entry.afterGC.heapStatistics.usedHeapSize;
	session.stop();
	if (session.error) throw new Error(session.error);
	// what the ring holds, to check that a change keeps the behaviour
	let hash = 0;
	for (const line of session.ring.toArray()) {
		const key = `${line.seq}|${line.time}|${line.stream}|${line.cut}|${line.text}`;
		for (let index = 0; index < key.length; index++) hash = (Math.imul(hash, 31) + key.charCodeAt(index)) | 0;
	}
	return {ns, allocated: endUsed - startUsed + freed, gcs: gc.statistics.length, lines: session.total, changes, ringHash: hash >>> 0, evicted: session.ring.evicted};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const body = buildBody();
const chunks = cut(body);
await once(chunks); // warm-up: JIT
const samples = [];
for (let index = 0; index < runs; index++) samples.push(await once(chunks));
const first = samples[0]!;
if (samples.some(sample => sample.ringHash !== first.ringHash || sample.lines !== first.lines)) throw new Error('runs disagree');
const ns = median(samples.map(sample => sample.ns));
const allocated = median(samples.map(sample => sample.allocated));
console.log(JSON.stringify({
	node: process.version,
	mode: `${tty ? 'tty (raw)' : 'framed'}${service ? ', service (details=1)' : ''}`,
	lines: first.lines,
	bodyMb: Number((body.length / 1024 / 1024).toFixed(1)),
	chunks: chunks.length,
	runs,
	linesPerSecond: Math.round(first.lines / (ns / 1e9)),
	nsPerLine: Number((ns / first.lines).toFixed(1)),
	bytesAllocatedPerLine: Math.round(allocated / first.lines),
	allocationMethod: 'v8.GCProfiler: heapUsed(end) - heapUsed(start) + sum of bytes freed by each GC',
	gcsPerRun: median(samples.map(sample => sample.gcs)),
	ringHash: first.ringHash,
	evicted: first.evicted,
	onChangeCalls: first.changes,
}, null, 2));
