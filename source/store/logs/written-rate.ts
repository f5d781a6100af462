// How fast a flooding container really writes, for the rate a user reads: the lines each read found
// written since the read before, over the wall-clock time between the reads, across the last two
// seconds or more. Not from the daemon's timestamps: dockerd stamps what it reads from the pipe, so a
// burst (or whatever it read late on a busy machine) shares nearly one instant, and a rate from them
// reads high (up to the rate inside one burst).
import type {Rate} from './flood-gauge.js';

/** The rate covers at least this much wall-clock time once there is that much (a second at first). */
export const writtenRateSpanMs = 2000;
const shortestSpanMs = 900;

type Point = {at: number; lines: number; bytes: number};

export class WrittenRate {
	/** Reads, oldest first: when each was taken and what it found written since the one before (the first: only a start). */
	private points: Point[] = [];

	/** A read taken at `at` (ms, wall clock) found `lines` lines, `bytes` bytes, written since the previous read. */
	add(at: number, lines: number, bytes: number): void {
		this.points.push({at, lines, bytes});
		// drop the oldest while the rest still reaches back the whole span
		while (this.points.length > 2 && at - this.points[1]!.at >= writtenRateSpanMs) this.points.shift();
	}

	/** null until two reads about a second apart or more. */
	rate(): Rate | null {
		const first = this.points[0];
		const last = this.points.at(-1);
		if (!first || !last || last.at - first.at < shortestSpanMs) return null;
		let lines = 0;
		let bytes = 0;
		for (const point of this.points.slice(1)) {
			lines += point.lines;
			bytes += point.bytes;
		}
		const seconds = (last.at - first.at) / 1000;
		return {linesPerSecond: lines / seconds, bytesPerSecond: bytes / seconds};
	}
}
