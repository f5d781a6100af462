// Measures how fast a container writes, by the daemon's timestamps on its lines (not by how fast
// they reach dockhand, which is capped by the daemon): lines and bytes per second over windows of
// at least `windowMs` of the container's time. Decides when a log is a flood — more than anyone can
// read, and more than is worth making the daemon stream line by line — and when it has calmed down.
// A burst decides (its rate is the burst's); the rate a user reads is written-rate.ts's.

export type FloodLimits = {
	/** A flood: more lines than this per second… */
	linesPerSecond: number;
	/** …or more bytes than this per second. */
	bytesPerSecond: number;
};

export const defaultFloodLimits: FloodLimits = {linesPerSecond: 10_000, bytesPerSecond: 4 * 1024 * 1024};

export type Rate = {linesPerSecond: number; bytesPerSecond: number};

/** Rate of a run of lines from their first and last timestamps (ms); Infinity when they share one instant. */
export function rateOf(lines: number, bytes: number, firstTime: number, lastTime: number): Rate {
	const seconds = (lastTime - firstTime) / 1000;
	if (lines < 2) return {linesPerSecond: 0, bytesPerSecond: 0};
	if (seconds <= 0) return {linesPerSecond: Number.POSITIVE_INFINITY, bytesPerSecond: Number.POSITIVE_INFINITY};
	return {linesPerSecond: (lines - 1) / seconds, bytesPerSecond: bytes / seconds};
}

export const isFlood = (rate: Rate, limits: FloodLimits) => rate.linesPerSecond > limits.linesPerSecond || rate.bytesPerSecond > limits.bytesPerSecond;

/** Calm: well under the limits (half), so a log at the edge does not flip between modes. */
export const isCalm = (rate: Rate, limits: FloodLimits) => rate.linesPerSecond < limits.linesPerSecond / 2 && rate.bytesPerSecond < limits.bytesPerSecond / 2;

export class FloodGauge {
	private firstTime = Number.NaN;
	private lines = 0;
	private bytes = 0;
	/** The rate of the last full window (zero until one is complete): in a burst, the burst's rate. */
	last: Rate = {linesPerSecond: 0, bytesPerSecond: 0};

	constructor(
		private readonly limits: FloodLimits = defaultFloodLimits,
		private readonly windowMs = 100,
	) {}

	/** Counts one line; true when the window it completes shows a flood. */
	add(time: number, bytes: number): boolean {
		if (Number.isNaN(this.firstTime) || time < this.firstTime) {
			this.firstTime = time;
			this.lines = 0;
			this.bytes = 0;
		}
		this.lines++;
		this.bytes += bytes;
		// a flood shows itself before the window's time is up: that many lines in a fraction of it
		const elapsed = time - this.firstTime;
		const early = this.lines > (this.limits.linesPerSecond * this.windowMs) / 1000 || this.bytes > (this.limits.bytesPerSecond * this.windowMs) / 1000;
		if (elapsed < this.windowMs && !early) return false;
		this.last = rateOf(this.lines, this.bytes, this.firstTime, time);
		this.firstTime = time;
		this.lines = 1;
		this.bytes = bytes;
		return isFlood(this.last, this.limits);
	}

	reset(): void {
		this.firstTime = Number.NaN;
		this.lines = 0;
		this.bytes = 0;
		this.last = {linesPerSecond: 0, bytesPerSecond: 0};
	}
}
