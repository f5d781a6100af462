// An array-backed LogFeed for view tests.
import type {LogFeed} from '../../../source/store/logs/log-feed.js';
import type {LogLine, LogStream} from '../../../source/store/logs/log-line.js';

export function logLine(seq: number, text: string, patch: Partial<LogLine> = {}): LogLine {
	return {seq, time: 1_700_000_000_000 + seq * 1000, stream: 'stdout' as LogStream, containerId: 'c1', text, cut: 0, ...patch};
}

export function arrayFeed(lines: LogLine[], pending: LogLine[] = []): LogFeed & {lines: LogLine[]} {
	return {
		lines,
		get size() {
			return lines.length;
		},
		at: index => lines[index],
		indexOf(line) {
			const index = lines.indexOf(line);
			if (index >= 0) return index;
			const after = lines.findIndex(other => other.seq > line.seq);
			return after === -1 ? lines.length : after;
		},
		get total() {
			return (lines.at(-1)?.seq ?? -1) + 1;
		},
		pending,
	};
}

export const numbered = (count: number, text = (seq: number) => `line ${seq}`) => Array.from({length: count}, (_, seq) => logLine(seq, text(seq)));
