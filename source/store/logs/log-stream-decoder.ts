// Log bytes → lines with their time and stream. Framed (non-TTY) messages each start with their
// timestamp; a TTY stream is raw, so message starts are found again: after each '\n', and after
// 16 KiB without one (the daemon logs a long line in 16 KiB parts, each with its own timestamp).
// Invalid UTF-8 becomes U+FFFD, split characters survive. pushBytes() takes the body as read
// (engine.logBytes) and demultiplexes frames in place; push() takes one message (engine.logs).
// A message that is one whole line skips the streaming decoder and the splitter while neither holds
// anything of its stream (whole-line.ts): the same line, without their per-line cost.
import {copyBytes} from '../../engine/byte-chunks.js';
import {LogFrameDecoder, frameStream} from '../../engine/log-frames.js';
import type {LogChunk} from '../../engine/types.js';
import {parseTimestampPrefix, readUtcTimestamp, type TimestampPrefix} from './daemon-timestamp.js';
import {LineSplitter, defaultMaxLineLength, type SplitLine} from './line-splitter.js';
import type {LogStream} from './log-line.js';
import {wholeLineText} from './whole-line.js';

/** Size of the parts the daemon's log copier cuts a long line into. */
export const daemonPartialBytes = 16 * 1024;

const streaming = {stream: true};

export type LineSink = (stream: LogStream, time: number, text: string, cut: number) => void;

type StreamState = {
	decoder: TextDecoder;
	splitter: LineSplitter;
	lines: SplitLine[];
	/** The decoder has given text since it began: it no longer drops a leading BOM. */
	decoded: boolean;
	/** The last byte the decoder got was ASCII: it holds no part of a character. */
	clean: boolean;
};

export type DecoderOptions = {
	framed: boolean;
	sink: LineSink;
	maxLineLength?: number;
	now?: () => number;
	/** Called once, before the first message (a frame, or raw bytes) is decoded. */
	onFirstMessage?: () => void;
	/** false: every message goes through the decoder and the splitter (what tests compare the shortcut with). */
	wholeLines?: boolean;
};

export class LogStreamDecoder {
	private readonly states = new Map<LogStream, StreamState>();
	private readonly frames = new LogFrameDecoder();
	private readonly maxLineLength: number;
	private readonly wholeLines: boolean;
	private readonly stamp: TimestampPrefix = {time: 0, end: 0}; // the usual prefix is read into it (no allocation)
	private onFirstMessage: (() => void) | undefined;
	private messageTime = 0; // of the message being read (raw mode; framed: the frame cut in pieces)
	// raw (TTY) mode only
	private atMessageStart = true;
	private messageBytes = 0;
	private pendingPrefix: Uint8Array | undefined;

	constructor(private readonly options: DecoderOptions) {
		this.maxLineLength = options.maxLineLength ?? defaultMaxLineLength;
		this.wholeLines = options.wholeLines ?? true;
		this.onFirstMessage = options.onFirstMessage;
	}

	/** One message: a frame's payload (framed), or any piece of the raw stream. */
	push(chunk: LogChunk): void {
		if (this.options.framed) this.pushMessage(chunk.stream, chunk.data, 0, chunk.data.length, chunk.continued ?? false);
		else this.pushRaw(chunk.data);
	}

	/** The body as read from the daemon: frames (headers included) when framed, else raw bytes. */
	pushBytes(bytes: Uint8Array): void {
		if (this.options.framed) this.frames.each(bytes, this.onFrame);
		else this.pushRaw(bytes);
	}

	/** End of stream: a frame cut short comes out as far as it came, a last line without a newline too. */
	end(): void {
		if (this.options.framed) for (const chunk of this.frames.end().chunks) this.push(chunk);
		for (const [stream, state] of this.states) {
			const tail = state.decoder.decode();
			if (tail) state.splitter.push(tail, this.now(), state.lines);
			state.decoded = false; // a flushed TextDecoder starts over
			state.clean = true;
			state.splitter.flush(state.lines);
			this.drain(stream, state);
		}
		this.pendingPrefix = undefined;
		this.atMessageStart = true;
	}

	/** Lines still waiting for their newline, per stream (a progress line being redrawn). */
	pending(): Array<{stream: LogStream; line: SplitLine}> {
		const out: Array<{stream: LogStream; line: SplitLine}> = [];
		for (const [stream, state] of this.states) {
			const line = state.splitter.pending();
			if (line) out.push({stream, line});
		}
		return out;
	}

	private readonly onFrame = (type: number, bytes: Uint8Array, start: number, end: number, continued: boolean): void => {
		this.pushMessage(frameStream(type), bytes, start, end, continued);
	};

	private pushMessage(stream: LogStream, data: Uint8Array, start: number, end: number, continued: boolean): void {
		this.firstMessage();
		// a later piece of an oversized frame: the same message, no timestamp of its own
		if (continued) return this.feed(stream, data.subarray(start, end), this.messageTime);
		const prefix = this.timestamp(data, start, end);
		const timed = typeof prefix === 'object';
		const from = timed ? prefix.end : start;
		const time = timed ? prefix.time : this.now();
		this.messageTime = time;
		if (!this.wholeLine(stream, data, from, end, time)) this.feed(stream, data.subarray(from, end), time);
	}

	private pushRaw(chunk: Uint8Array): void {
		this.firstMessage();
		let bytes = chunk;
		if (this.pendingPrefix) {
			bytes = new Uint8Array(this.pendingPrefix.length + chunk.length);
			bytes.set(this.pendingPrefix);
			bytes.set(chunk, this.pendingPrefix.length);
			this.pendingPrefix = undefined;
		}
		let pos = 0;
		while (pos < bytes.length) {
			if (this.atMessageStart) {
				const prefix = this.timestamp(bytes, pos, bytes.length);
				if (prefix === 'incomplete') {
					this.pendingPrefix = copyBytes(bytes, pos);
					return;
				}
				this.messageTime = prefix ? prefix.time : this.now();
				if (prefix) pos = prefix.end;
				this.atMessageStart = false;
				this.messageBytes = 0;
			}
			const limit = Math.min(bytes.length, pos + daemonPartialBytes - this.messageBytes);
			const newline = bytes.indexOf(10, pos);
			let end: number;
			if (newline !== -1 && newline < limit) {
				end = newline + 1;
				this.atMessageStart = true;
			} else {
				end = limit;
				this.messageBytes += end - pos;
				if (this.messageBytes >= daemonPartialBytes) this.atMessageStart = true;
			}
			if (!this.wholeLine('stdout', bytes, pos, end, this.messageTime)) this.feed('stdout', bytes.subarray(pos, end), this.messageTime);
			pos = end;
		}
	}

	private timestamp(bytes: Uint8Array, start: number, end: number): TimestampPrefix | 'incomplete' | undefined {
		return readUtcTimestamp(bytes, start, end, this.stamp) ? this.stamp : parseTimestampPrefix(bytes, start, end);
	}

	/** A message that is one whole line, while its stream holds nothing: straight to the sink. */
	private wholeLine(stream: LogStream, bytes: Uint8Array, start: number, end: number, time: number): boolean {
		const state = this.state(stream);
		if (!this.wholeLines || !state.decoded || !state.clean || !state.splitter.idle) return false;
		const text = wholeLineText(bytes, start, end, this.maxLineLength);
		if (text === undefined) return false;
		this.options.sink(stream, time, text, 0);
		return true;
	}

	private feed(stream: LogStream, payload: Uint8Array, time: number): void {
		const state = this.state(stream);
		// the rest of an over-long line is only counted (bytes, close to characters): no text is made for it
		if (state.splitter.full && payload.indexOf(10) === -1 && payload.indexOf(13) === -1) {
			state.splitter.skip(payload.length);
			return;
		}
		const text = state.decoder.decode(payload, streaming);
		if (text.length > 0) state.decoded = true;
		if (payload.length > 0) state.clean = payload[payload.length - 1]! < 0x80;
		state.splitter.push(text, time, state.lines);
		this.drain(stream, state);
	}

	private drain(stream: LogStream, state: StreamState): void {
		if (state.lines.length === 0) return;
		for (const line of state.lines) this.options.sink(stream, line.time, line.text, line.cut);
		state.lines.length = 0;
	}

	private state(stream: LogStream): StreamState {
		let state = this.states.get(stream);
		if (!state) {
			state = {decoder: new TextDecoder('utf-8'), splitter: new LineSplitter(this.maxLineLength), lines: [], decoded: false, clean: true};
			this.states.set(stream, state);
		}
		return state;
	}

	private firstMessage(): void {
		if (!this.onFirstMessage) return;
		const call = this.onFirstMessage;
		this.onFirstMessage = undefined;
		call();
	}

	private now(): number {
		return (this.options.now ?? Date.now)();
	}
}
