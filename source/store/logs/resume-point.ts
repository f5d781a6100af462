// Where a reopened log stream continues: it is asked for lines since the newest one held, so it
// sends some of those again. Podman stamps whole seconds, so the new lines of that second come with
// them: only the lines held at that exact stamp are skipped, by text and in order; the first line
// that differs is new, and so is everything after it.
import type {LogRing} from './log-ring.js';

export class ResumePoint {
	private constructor(
		private readonly after: number,
		/** The texts of the lines held stamped exactly `after`, oldest first (system lines left out). */
		private readonly same: string[],
		/** A service's lines are held without their task prefix: skip the whole stamp, as before. */
		private readonly wholeStamp: boolean,
	) {}

	/** The point after the newest line of `ring` (stamped `newest`); null when nothing is held. */
	static of(ring: LogRing, newest: number | null, wholeStamp: boolean): ResumePoint | null {
		if (newest === null) return null;
		const same: string[] = [];
		for (let index = ring.size - 1; index >= 0; index--) {
			const line = ring.at(index)!;
			if (line.time < newest) break;
			if (line.time === newest && line.stream !== 'system') same.push(line.text);
		}
		return new ResumePoint(newest, same.reverse(), wholeStamp);
	}

	private passed = false;

	/**
	 * Whether this line of the reopened stream is one already held: a container's stream is in order,
	 * so from its first new line on nothing is; a service's merges tasks, so its stamp decides each line.
	 */
	held(time: number, text: string): boolean {
		if (this.wholeStamp) return time <= this.after;
		if (this.passed) return false;
		if (time < this.after) return true;
		if (time === this.after && this.same[0] === text) {
			this.same.shift();
			return true;
		}
		this.passed = true;
		return false;
	}
}
