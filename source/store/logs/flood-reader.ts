// Reads a flooding container's newest lines every `intervalMs` instead of following it line by
// line, until a read shows the flood has calmed down (then the session follows again from the
// newest line it holds). One read at a time; stop() cancels the one in flight.
import type {FloodLimits, Rate} from './flood-gauge.js';
import {planSample, readLogTail, sampleSize, type LogBytesReader, type SamplePlan} from './flood-sample.js';
import {WrittenRate} from './written-rate.js';

export type FloodReaderOptions = {
	readBytes: LogBytesReader;
	tty: boolean;
	limits: FloodLimits;
	intervalMs: number;
	/** Most lines one read keeps (the newest); the rest of a read only counts. */
	maxLines: number;
	maxLineLength?: number;
	/** Time of the newest line held (null when none). */
	lastTime(): number | null;
	/** shown: the rate to show (wall clock between reads, null until two reads measure one). */
	onSample(plan: SamplePlan, shown: Rate | null): void;
	onCalm(): void;
	onError(error: unknown): void;
	/** The wall clock (tests move their own). */
	now?: () => number;
};

/** At most about this much of the log per read: many short lines, or a few long ones. */
const bytesPerRead = 256 * 1024;
/** A read reaches back this far when the bytes allow, so the rate it measures spans a second or more, not one burst. */
const readSpanMs = 1250;
const mostLinesPerRead = 100_000;

export class FloodReader {
	private stopped = false;
	private readonly controller = new AbortController();
	private timer: ReturnType<typeof setTimeout> | null = null;
	private readonly written = new WrittenRate();
	private lastRead: number | null = null;

	/** rate: what the first read is sized by (the burst that started the flood will do: the bytes cap it). */
	constructor(
		private readonly options: FloodReaderOptions,
		private rate: Rate,
	) {}

	start(): void {
		void this.read();
	}

	stop(): void {
		this.stopped = true;
		this.controller.abort();
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
	}

	private async read(): Promise<void> {
		this.timer = null;
		const {options} = this;
		const now = options.now ?? Date.now;
		const started = now();
		// reach back past the previous read (late on a busy machine): then nothing is skipped unseen and the count is exact
		const spanMs = this.lastRead === null ? readSpanMs : Math.max(readSpanMs, started - this.lastRead + 250);
		const tail = sampleSize(this.rate, {bytes: bytesPerRead, min: 10, max: mostLinesPerRead, spanMs});
		let plan: SamplePlan;
		try {
			const lines = await readLogTail(options.readBytes, {tty: options.tty, tail, maxLineLength: options.maxLineLength, signal: this.controller.signal});
			if (this.stopped) return;
			plan = planSample(lines, tail, options.lastTime(), options.limits, options.maxLines);
		} catch (error) {
			if (!this.stopped) options.onError(error);
			return;
		}
		if (plan.fresh.length > 1) this.rate = plan.rate;
		this.lastRead = started;
		const written = plan.fresh.length + plan.skipped;
		const lineBytes = plan.fresh.reduce((sum, line) => sum + line.text.length + 1, 0) / Math.max(1, plan.fresh.length);
		this.written.add(started, written, written * lineBytes);
		options.onSample(plan, this.written.rate());
		if (this.stopped) return;
		if (plan.calm) {
			options.onCalm();
			return;
		}
		this.timer = setTimeout(() => void this.read(), Math.max(0, options.intervalMs - (now() - started)));
	}
}
