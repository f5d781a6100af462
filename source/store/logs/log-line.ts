// One line of a container's log as dockhand keeps it: text without its newline or the daemon's
// timestamp (kept as a number so merged views sort and the timestamp column toggles).

export type LogStream = 'stdout' | 'stderr' | 'system';

export type LogLine = {
	/** Position in its container's stream: increases by one per line, never reused (also after clear). */
	seq: number;
	/** ms since epoch, with sub-ms precision from the daemon's nanoseconds. */
	time: number;
	stream: LogStream;
	containerId: string;
	/** Decoded text: no newline, `\r` progress collapsed; may hold control characters (sanitised at render). */
	text: string;
	/** Characters dropped from the end of an over-long line (0 when whole). */
	cut: number;
	/** A service's line: the ids of the task and node that wrote it (the name column shows them). */
	task?: string;
	node?: string;
};

/** What a line costs the byte bound: its text plus a fixed overhead for the record. */
export function lineCost(text: string): number {
	return text.length + 64;
}
