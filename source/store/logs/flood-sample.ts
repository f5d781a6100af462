// While a container floods its log, dockhand stops streaming every line (the daemon would spend a
// core on it and the terminal would starve) and instead reads the newest lines once a second.
// This file holds one such read and what to make of it: the lines not held yet, whether
// lines were skipped between the last read and this one (and about how many), and whether the
// flood has calmed down so that following line by line can resume.
import type {LogsOptions} from '../../engine/types.js';
import {isCalm, rateOf, type FloodLimits, type Rate} from './flood-gauge.js';
import type {LogStream} from './log-line.js';
import {LogStreamDecoder} from './log-stream-decoder.js';

export type SampledLine = {stream: LogStream; time: number; text: string; cut: number};

/** Opens one read of a log's bytes (a container's logBytes, or a service's). */
export type LogBytesReader = (options: LogsOptions & {tty: boolean}) => AsyncIterable<Uint8Array>;

/** The newest `tail` lines of a log, read once (no follow). */
export async function readLogTail(readBytes: LogBytesReader, options: {tty: boolean; tail: number; maxLineLength?: number; signal?: AbortSignal}): Promise<SampledLine[]> {
	const lines: SampledLine[] = [];
	const decoder = new LogStreamDecoder({framed: !options.tty, maxLineLength: options.maxLineLength, sink: (stream, time, text, cut) => lines.push({stream, time, text, cut})});
	for await (const bytes of readBytes({follow: false, timestamps: true, tty: options.tty, tail: options.tail, signal: options.signal})) decoder.pushBytes(bytes);
	decoder.end();
	// the two streams are decoded apart: put them back in time order
	return lines.sort((a, b) => a.time - b.time);
}

export type SamplePlan = {
	/** Lines newer than the newest held, oldest first (at most `keep` of them, the newest). */
	fresh: SampledLine[];
	/** Lines were written between the newest held and the oldest kept: about this many. 0 when none. */
	skipped: number;
	/** How fast the container wrote, over all the lines read (a read is sized to cover a second or more). */
	rate: Rate;
	/** Nothing was skipped and the rate is well under the flood limits: follow line by line again. */
	calm: boolean;
};

/**
 * What a read of `requested` lines means, given the newest line held (`lastTime`, null when none).
 * Only the newest `keep` new lines are kept; the others read count as skipped, exactly.
 */
export function planSample(read: readonly SampledLine[], requested: number, lastTime: number | null, limits: FloodLimits, keep = Number.POSITIVE_INFINITY): SamplePlan {
	// `tail` counts the daemon's log entries, and it keeps a long line as several: when the read
	// stops short of the log's start, its first line may be the end of one
	const lines = read.length >= requested ? read.slice(1) : read;
	const newer = lastTime === null ? [...lines] : lines.filter(line => line.time > lastTime);
	const fresh = newer.length > keep ? newer.slice(newer.length - keep) : newer;
	// over everything read, not just what is new: a read inside one burst would give the burst's rate
	const bytes = lines.reduce((sum, line) => sum + line.text.length + 1, 0);
	const rate = newer.length > 0 && lines.length > 1 ? rateOf(lines.length, bytes, lines[0]!.time, lines.at(-1)!.time) : {linesPerSecond: 0, bytesPerSecond: 0};
	// all of the log came back, or the read reaches back to what is held: nothing in between
	const whole = read.length < requested || lastTime === null || lines.length === 0 || lines[0]!.time <= lastTime;
	let skipped = newer.length - fresh.length;
	if (!whole && newer.length > 1) {
		const gapSeconds = (newer[0]!.time - lastTime!) / 1000;
		skipped += Math.max(1, Math.round(Number.isFinite(rate.linesPerSecond) ? rate.linesPerSecond * gapSeconds : newer.length));
	} else if (!whole) {
		skipped += 1;
	}
	return {fresh, skipped, rate, calm: whole && isCalm(rate, limits)};
}

/** Lines to ask for: enough to cover `spanMs` at the rate seen, at most about `bytes` worth, between `min` and `max` lines. */
export function sampleSize(rate: Rate, options: {bytes: number; min: number; max: number; spanMs?: number}): number {
	const lineBytes = rate.linesPerSecond > 0 && Number.isFinite(rate.linesPerSecond) ? rate.bytesPerSecond / rate.linesPerSecond : 0;
	let lines = lineBytes > 0 ? Math.round(options.bytes / lineBytes) : options.max;
	if (options.spanMs !== undefined && rate.linesPerSecond > 0 && Number.isFinite(rate.linesPerSecond)) lines = Math.min(lines, Math.ceil((rate.linesPerSecond * options.spanMs) / 1000));
	return Math.max(options.min, Math.min(options.max, lines));
}
