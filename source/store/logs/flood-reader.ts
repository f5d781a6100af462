// Reads a flooding container's newest lines every `intervalMs` instead of following it line by
// line, until a read shows the flood has calmed down (then the session follows again from the
// newest line it holds). One read at a time; stop() cancels the one in flight.
import type {FloodLimits, Rate} from './flood-gauge.js';
import {planSample, readLogTail, sampleSize, type LogBytesReader, type SamplePlan} from './flood-sample.js';

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
	onSample(plan: SamplePlan): void;
	onCalm(): void;
	onError(error: unknown): void;
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
		const started = Date.now();
		const {options} = this;
		const tail = sampleSize(this.rate, {bytes: bytesPerRead, min: 10, max: mostLinesPerRead, spanMs: readSpanMs});
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
		options.onSample(plan);
		if (this.stopped) return;
		if (plan.calm) {
			options.onCalm();
			return;
		}
		this.timer = setTimeout(() => void this.read(), Math.max(0, options.intervalMs - (Date.now() - started)));
	}
}
