// What a logs view reads: the lines of one container (its ring) or of several merged by time, plus
// how the streams are doing. Refreshed by the service at the frame rate, not per line.
import type {LogLine} from './log-line.js';
import type {LogSession, SessionState} from './log-session.js';
import {lowerBoundByTime, mergeInto} from './merge.js';

export interface LogFeed {
	readonly size: number;
	at(index: number): LogLine | undefined;
	/** Index of this line, or of the first line after where it was when it is gone (size when none). */
	indexOf(line: LogLine): number;
	/** Lines received in all (grows by one per line): two readings give the "N new lines" count. */
	readonly total: number;
	/** Lines still waiting for their newline (a progress bar being redrawn), newest state. */
	readonly pending: readonly LogLine[];
}

export type FeedStatus = {
	streams: ReadonlyArray<{containerId: string; state: SessionState; error: string | null}>;
	/** Lines pushed out of the buffer before any frame showed them: the view could not keep up. */
	skipped: number;
	/** How much later than usual the newest lines arrive (ms): the stream is falling behind. */
	behindMs: number;
	/** Lines/s of the fastest stream that floods (read once a second, not line by line); null when none does. */
	floodLinesPerSecond: number | null;
	/** About how many lines the flooding streams wrote that were never read. */
	floodSkipped: number;
};

/** Follows one session's flushes: counts lines it never saw and how late the newest ones are. */
class SessionTracker {
	next = 0; // seq of the first line not yet taken
	skipped = 0;
	behindMs = 0;
	private baselineLag = Number.POSITIVE_INFINITY;

	constructor(readonly session: LogSession) {}

	/** Lines new since the last call (skipping any that were already pushed out). */
	take(now: number): LogLine[] {
		const ring = this.session.ring;
		const first = ring.first()?.seq ?? this.session.total;
		if (first > this.next) {
			this.skipped += first - this.next;
			this.next = first;
		}
		const fresh: LogLine[] = [];
		for (let index = this.next - first; index < ring.size; index++) fresh.push(ring.at(index)!);
		this.next = this.session.total;
		this.measure(fresh.at(-1), now);
		return fresh;
	}

	/** After a clear or a new window: what was dropped on purpose is not "skipped". */
	catchUp(): void {
		this.next = this.session.total;
	}

	/** Like take() without collecting the lines (a single-container feed reads the ring itself). */
	advance(now: number): void {
		const ring = this.session.ring;
		const first = ring.first()?.seq ?? this.session.total;
		if (first > this.next) this.skipped += first - this.next;
		const newest = this.session.total > this.next ? ring.last() : undefined;
		this.next = this.session.total;
		this.measure(newest, now);
	}

	private measure(newest: LogLine | undefined, now: number): void {
		if (!newest) {
			this.behindMs = 0;
			return;
		}
		// the clocks of daemon and terminal may differ: only growth beyond the smallest lag counts
		const lag = now - newest.time;
		this.baselineLag = Math.min(this.baselineLag, lag);
		this.behindMs = Math.max(0, lag - this.baselineLag);
	}
}

export abstract class TrackedFeed implements LogFeed {
	protected readonly trackers: SessionTracker[];

	constructor(sessions: readonly LogSession[]) {
		this.trackers = sessions.map(session => new SessionTracker(session));
	}

	abstract readonly size: number;
	abstract at(index: number): LogLine | undefined;
	abstract indexOf(line: LogLine): number;
	/** Takes in what the sessions appended since the last refresh. */
	abstract refresh(now: number): void;

	get total(): number {
		return this.trackers.reduce((sum, tracker) => sum + tracker.session.total, 0);
	}

	get pending(): LogLine[] {
		return this.trackers.flatMap(tracker => tracker.session.pendingLine() ?? []);
	}

	/** The sessions were cleared or reopened on purpose. */
	cleared(): void {
		for (const tracker of this.trackers) tracker.catchUp();
		this.refresh(Date.now());
	}

	status(): FeedStatus {
		return {
			streams: this.trackers.map(({session}) => ({containerId: session.containerId, state: session.state, error: session.error})),
			skipped: this.trackers.reduce((sum, tracker) => sum + tracker.skipped, 0),
			behindMs: Math.max(0, ...this.trackers.map(tracker => tracker.behindMs)),
			floodLinesPerSecond: this.trackers.reduce<number | null>((fastest, {session}) => (session.state === 'sampling' ? Math.max(fastest ?? 0, session.floodRate.linesPerSecond) : fastest), null),
			floodSkipped: this.trackers.reduce((sum, {session}) => sum + session.floodSkipped, 0),
		};
	}
}

/** One container: the ring itself. */
export class SingleFeed extends TrackedFeed {
	private readonly session: LogSession;

	constructor(session: LogSession) {
		super([session]);
		this.session = session;
	}

	get size(): number {
		return this.session.ring.size;
	}

	at(index: number): LogLine | undefined {
		return this.session.ring.at(index);
	}

	indexOf(line: LogLine): number {
		const first = this.session.ring.first();
		if (!first) return 0;
		return Math.max(0, Math.min(this.size, line.seq - first.seq));
	}

	refresh(now: number): void {
		this.trackers[0]!.advance(now);
	}
}

/** Several containers in timestamp order; holds references to lines still in their rings only. */
export class MergedFeed extends TrackedFeed {
	private readonly lines: LogLine[] = [];

	get size(): number {
		return this.lines.length;
	}

	at(index: number): LogLine | undefined {
		return this.lines[index];
	}

	indexOf(line: LogLine): number {
		let index = lowerBoundByTime(this.lines, line.time);
		for (let probe = index; probe < this.lines.length && this.lines[probe]!.time === line.time; probe++) {
			if (this.lines[probe] === line) return probe;
		}
		return index;
	}

	refresh(now: number): void {
		const batch = this.trackers.flatMap(tracker => tracker.take(now));
		mergeInto(this.lines, batch);
		this.prune();
	}

	/** Drops lines their own ring no longer holds (bounded like the rings, cleared with them). */
	private prune(): void {
		const held = this.trackers.reduce((sum, tracker) => sum + tracker.session.ring.size, 0);
		if (this.lines.length <= held) return;
		const firstSeq = new Map(this.trackers.map(({session}) => [session.containerId, session.ring.first()?.seq ?? session.total]));
		let write = 0;
		for (const line of this.lines) if (line.seq >= firstSeq.get(line.containerId)!) this.lines[write++] = line;
		this.lines.length = write;
	}
}
