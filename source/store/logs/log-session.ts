// One container's followed log: opens engine.logs (timestamps always on, so merging and the
// timestamp column work), decodes into a bounded ring, and reopens after the container restarts
// (or the stream breaks while it still runs), continuing from the last line it has. While the
// container floods (flood-gauge.ts) it reads the newest lines once a second instead
// (flood-reader.ts), marking what it skipped, and follows again once the flood calms down.
import {describeError} from '../../engine/errors.js';
import {splitLogDetails, swarmLineOrigin} from '../../engine/log-details.js';
import {defaultFloodLimits, FloodGauge, type FloodLimits, type Rate} from './flood-gauge.js';
import {FloodReader} from './flood-reader.js';
import type {LogBytesReader, SamplePlan} from './flood-sample.js';
import type {Engine} from '../../engine/types.js';
import type {Store} from '../types.js';
import type {LogLine, LogStream} from './log-line.js';
import {LogRing, type RingBounds} from './log-ring.js';
import {LogStreamDecoder} from './log-stream-decoder.js';
import {ResumePoint} from './resume-point.js';
import {sinceSeconds, type LogWindow} from './log-window.js';

/** sampling: the container floods; its newest lines are read every floodIntervalMs. */
export type SessionState = 'connecting' | 'streaming' | 'sampling' | 'ended' | 'error';

export type SessionOptions = {
	bounds: RingBounds;
	window: LogWindow;
	maxLineLength?: number;
	onChange: () => void;
	retryDelaysMs?: number[];
	/** When a log counts as a flood (default 10,000 lines/s or 4 MiB/s); null: always follow line by line. */
	floodLimits?: FloodLimits | null;
	/** How often a flooding log is read (default 1 s: on a machine the flood saturates, every read and frame delays the keys). */
	floodIntervalMs?: number;
	/** Follow a swarm service's merged logs instead of a container's. */
	service?: ServiceLogTarget;
};

/** A service whose logs a session follows: its TTY setting (framed or raw) and whether it still exists (worth reopening). */
export type ServiceLogTarget = {id: string; tty(): boolean; exists(): boolean};

const defaultRetryDelays = [1000, 2000, 5000];
/** A followed log of a known container, open this long without an error, is waiting for lines (Podman sends no headers before the first line). */
const quietOpenMs = 1000;
/** Podman's 500 for a log line it read half-written; how many reads in a row may meet it before it is an error. */
const tornLogLine = /not a valid container log line/;
const tornRetryLimit = 5;
/** Lines written this long before a stream opened (by the daemon's clock) are history. */
const historyMarginMs = 2000;
type BatchedLine = {stream: LogStream; time: number; text: string; cut: number};

/** How long a service's lines wait to be put in time order with those arriving just after them. */
const serviceBatchMs = 100;

export class LogSession {
	readonly ring: LogRing;
	state: SessionState = 'connecting';
	error: string | null = null;
	/** Lines appended since the session began (the next line's seq). */
	total = 0;
	private window: LogWindow;
	private controller: AbortController | null = null;
	private generation = 0;
	private lastTime: number | null = null; // newest line time: where a reopened stream continues
	private resumeAt: ResumePoint | null = null; // what a reopened stream sends again
	private openedStartedAt: number | null = null;
	private retry = 0;
	private tornRetries = 0;
	private retryTimer: ReturnType<typeof setTimeout> | null = null;
	private unsubscribe: (() => void) | null = null;
	private decoder: LogStreamDecoder | null = null;
	private stopped = false;
	private tty = false;
	private readonly gauge: FloodGauge | null;
	private readonly readBytes: LogBytesReader;
	private batched: Array<BatchedLine & {generation?: number}> = [];
	private batchTimer: ReturnType<typeof setTimeout> | null = null;
	private readonly origins = new Map<string, {whole: boolean; task?: string; node?: string}>();
	private flood: FloodReader | null = null;
	// what a stream sends first is history (the tail asked for), not the container writing now: a
	// burst in it is no flood. Numeric tails are counted; other windows go by the clock.
	private streamLines = 0;
	private historyLines = 0;
	private historyBefore: number | null = null;
	private resumeTail: number | null = null; // after a flood: how many lines back the reopened stream need look
	/** How fast the container writes while it floods. */
	floodRate: Rate = {linesPerSecond: 0, bytesPerSecond: 0};
	/** About how many lines were written while flooding that were never read. */
	floodSkipped = 0;

	constructor(
		readonly containerId: string,
		private readonly engine: Engine,
		private readonly store: Store,
		private readonly options: SessionOptions,
	) {
		this.ring = new LogRing(options.bounds);
		this.window = options.window;
		const limits = options.floodLimits === undefined ? defaultFloodLimits : options.floodLimits;
		this.gauge = limits ? new FloodGauge(limits) : null;
		const service = options.service;
		this.readBytes = service ? read => engine.serviceLogBytes(service.id, read) : read => engine.logBytes(containerId, read);
	}

	get currentWindow(): LogWindow {
		return this.window;
	}

	start(): void {
		this.unsubscribe = this.store.subscribe(() => this.onStoreChange());
		void this.open();
	}

	stop(): void {
		this.stopped = true;
		if (this.batchTimer) clearTimeout(this.batchTimer);
		this.batchTimer = null;
		this.stopFlood();
		this.generation++;
		this.controller?.abort();
		this.controller = null;
		if (this.retryTimer) clearTimeout(this.retryTimer);
		this.unsubscribe?.();
		this.unsubscribe = null;
	}

	/** A new tail/since: drops what is held and opens the stream again. */
	setWindow(window: LogWindow): void {
		this.window = window;
		this.ring.clear();
		this.lastTime = null;
		this.resumeAt = null;
		this.restart();
	}

	/** Forgets the lines held; new ones keep coming. */
	clear(): void {
		this.ring.clear();
		this.options.onChange();
	}

	/** The line still waiting for its newline, if any (a progress line). */
	pendingLine(): LogLine | undefined {
		const pending = this.decoder?.pending()[0];
		if (!pending) return undefined;
		return {seq: this.total, time: pending.line.time, stream: pending.stream, containerId: this.containerId, text: pending.line.text, cut: pending.line.cut};
	}

	private restart(): void {
		this.stopFlood();
		this.generation++;
		this.controller?.abort();
		if (this.retryTimer) clearTimeout(this.retryTimer);
		this.retryTimer = null;
		void this.open();
	}

	private async open(): Promise<void> {
		const generation = ++this.generation;
		const controller = new AbortController();
		this.controller = controller;
		this.setState('connecting', null);
		const container = this.store.getState().containers.get(this.containerId);
		this.openedStartedAt = container?.startedAt ?? null;
		const resuming = this.lastTime !== null;
		const resumeTail = this.resumeTail;
		this.resumeTail = null;
		this.resumeAt = ResumePoint.of(this.ring, this.lastTime, Boolean(this.options.service));
		let quiet: ReturnType<typeof setTimeout> | undefined;
		try {
			const tty = this.options.service ? this.options.service.tty() : (container?.tty ?? (await this.engine.inspectContainer(this.containerId)).Config.Tty);
			if (generation !== this.generation) return;
			this.tty = tty;
			this.gauge?.reset();
			this.streamLines = 0;
			this.historyLines = !resuming && typeof this.window.tail === 'number' ? this.window.tail : 0;
			this.historyBefore = !resuming && typeof this.window.tail !== 'number' ? Date.now() - historyMarginMs : null;
			// a line or state change from a stream this session has left behind (stopped, reopened) is dropped
			const decoder = new LogStreamDecoder({
				framed: !tty,
				maxLineLength: this.options.maxLineLength,
				sink: (stream, time, text, cut) => {
					if (generation !== this.generation) return;
					if (this.options.service) this.batch(generation, {stream, time, text, cut});
					else this.append(stream, time, text, cut);
				},
				onFirstMessage: () => {
					if (generation === this.generation) this.setState('streaming', null);
				},
			});
			this.decoder = decoder;
			// the body as read (one await per read, not per line), demultiplexed by the decoder in place
			const body = this.readBytes({
				follow: true,
				timestamps: true,
				tty,
				signal: controller.signal,
				// open with nothing written yet is live, not connecting (a `sleep` may stay silent for ever)
				onOpen: () => {
					if (generation === this.generation) this.setState('streaming', null);
				},
				// a reopened stream continues from the newest line held (ms precision; duplicates are skipped)
				tail: resuming ? (resumeTail ?? 'all') : this.window.tail,
				since: resuming ? Math.floor(this.lastTime!) / 1000 : sinceSeconds(this.window.since),
			});
			quiet = setTimeout(() => {
				if (generation === this.generation && this.state === 'connecting') this.setState('streaming', null);
			}, quietOpenMs);
			for await (const bytes of body) {
				if (generation !== this.generation) return;
				decoder.pushBytes(bytes);
			}
			if (generation !== this.generation) return;
			decoder.end();
			this.setState('ended', null);
		} catch (error) {
			if (generation !== this.generation || controller.signal.aborted) return;
			const message = describeError(error);
			// Podman 4.3 fails a read that meets a log line still being written: read again, quietly, a few times
			if (tornLogLine.test(message) && this.tornRetries < tornRetryLimit) {
				this.tornRetries++;
				this.decoder = null;
				this.retryTimer = setTimeout(() => {
					this.retryTimer = null;
					if (generation === this.generation) this.restart();
				}, 100 * this.tornRetries);
				return;
			}
			this.setState('error', message);
		} finally {
			clearTimeout(quiet);
		}
		this.decoder = null;
		this.afterEnd();
	}

	/**
	 * A service's stream sends each task's lines in turn (a task's whole tail, then the next task's):
	 * what arrives within a short window is put in time order before it is held.
	 */
	private batch(generation: number, line: BatchedLine & {generation?: number}): void {
		line.generation = generation;
		this.batched.push(line);
		// a flood must not pile up here: a batch as large as the ring is put in order at once
		if (this.batched.length >= this.ring.bounds.maxLines) this.flushBatch();
		else this.batchTimer ??= setTimeout(() => this.flushBatch(), serviceBatchMs);
	}

	private flushBatch(): void {
		if (this.batchTimer) clearTimeout(this.batchTimer);
		this.batchTimer = null;
		const lines = this.batched.sort((a, b) => a.time - b.time);
		this.batched = [];
		// lines of a stream this session has left behind (reopened, stopped) are dropped
		for (const next of lines) if (next.generation === this.generation) this.append(next.stream, next.time, next.text, next.cut);
	}

	private append(stream: LogStream, time: number, text: string, cut: number): void {
		if (this.resumeAt?.held(time, text)) return;
		this.hold(stream, time, text, cut);
		const live = this.streamLines++ >= this.historyLines && (this.historyBefore === null || time >= this.historyBefore);
		if (live && this.gauge?.add(time, text.length + 1)) this.startFlood();
	}

	private hold(stream: LogStream, time: number, text: string, cut: number): void {
		if (this.options.service && stream !== 'system') {
			// a task's lines all start with the same details: parse each distinct prefix once
			const space = text.indexOf(' ');
			const head = space === -1 ? text : text.slice(0, space);
			let origin = this.origins.get(head);
			if (!origin) {
				const details = splitLogDetails(text);
				origin = details.text === text ? {whole: true} : {whole: false, ...swarmLineOrigin(details.attributes)};
				if (this.origins.size >= 1000) this.origins.clear();
				this.origins.set(head, origin);
			}
			const body = origin.whole ? text : space === -1 ? '' : text.slice(space + 1);
			this.ring.push({seq: this.total++, time, stream, containerId: this.containerId, text: body, cut, task: origin.task, node: origin.node});
		} else {
			this.ring.push({seq: this.total++, time, stream, containerId: this.containerId, text, cut});
		}
		if (this.lastTime === null || time > this.lastTime) this.lastTime = time;
		this.retry = 0;
		this.tornRetries = 0;
		this.options.onChange();
	}

	/** Leaves the followed stream for reads of the newest lines. */
	private startFlood(): void {
		this.generation++;
		this.controller?.abort();
		this.controller = null;
		this.decoder = null;
		// the rate shown is what reads a second or more apart found written (0: not known yet)
		this.floodRate = {linesPerSecond: 0, bytesPerSecond: 0};
		this.setState('sampling', null);
		const maxLines = Math.min(500, this.ring.bounds.maxLines);
		this.flood = new FloodReader(
			{
				readBytes: this.readBytes,
				tty: this.tty,
				limits: this.options.floodLimits ?? defaultFloodLimits,
				intervalMs: this.options.floodIntervalMs ?? 1000,
				maxLines,
				maxLineLength: this.options.maxLineLength,
				lastTime: () => this.lastTime,
				onSample: (plan, shown) => this.takeSample(plan, shown),
				// calm again (or the read failed): follow from the newest line held; errors and retries are the stream's
				onCalm: () => {
					// the last read reached back to what is held: what came since is less than a read.
					// A tail bounds the reopened stream (since alone makes the daemon scan the whole log file)
					this.resumeTail = 2 * maxLines;
					this.restart();
				},
				onError: () => this.restart(),
			},
			this.gauge!.last,
		);
		this.flood.start();
	}

	private takeSample(plan: SamplePlan, shown: Rate | null): void {
		if (shown) this.floodRate = shown;
		if (plan.skipped > 0 && plan.fresh.length > 0) {
			this.floodSkipped += plan.skipped;
			const rate = shown ? ` (flood: ~${Math.round(shown.linesPerSecond).toLocaleString('en-US')} lines/s)` : '';
			this.hold('system', plan.fresh[0]!.time - 0.001, `┄ about ${plan.skipped.toLocaleString('en-US')} lines skipped${rate} ┄`, 0);
		}
		for (const line of plan.fresh) this.hold(line.stream, line.time, line.text, line.cut);
	}

	private stopFlood(): void {
		this.flood?.stop();
		this.flood = null;
	}

	/** The stream ended: reopen now if the container started again, later if it still runs. */
	private afterEnd(): void {
		if (this.stopped) return;
		if (this.options.service) {
			if (this.options.service.exists()) this.retryLater();
			return;
		}
		const container = this.store.getState().containers.get(this.containerId);
		if (!container || (container.state !== 'running' && container.state !== 'restarting')) return;
		if (container.startedAt !== null && container.startedAt !== this.openedStartedAt) {
			this.restart();
			return;
		}
		this.retryLater();
	}

	private retryLater(): void {
		const delays = this.options.retryDelaysMs ?? defaultRetryDelays;
		const delay = delays[Math.min(this.retry, delays.length - 1)]!;
		this.retry++;
		this.retryTimer = setTimeout(() => {
			this.retryTimer = null;
			if (this.state === 'ended' || this.state === 'error') this.restart();
		}, delay);
	}

	private onStoreChange(): void {
		if (this.options.service || (this.state !== 'ended' && this.state !== 'error')) return;
		const container = this.store.getState().containers.get(this.containerId);
		if (container?.state === 'running' && container.startedAt !== null && container.startedAt !== this.openedStartedAt) this.restart();
	}

	private setState(state: SessionState, error: string | null): void {
		if (this.state === state && this.error === error) return;
		this.state = state;
		this.error = error;
		this.options.onChange();
	}
}
