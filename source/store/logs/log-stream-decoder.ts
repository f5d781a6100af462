// Bytes from engine.logs() → lines with their time and stream. Framed (non-TTY) chunks are whole
// daemon messages, each starting with its timestamp; a TTY stream is raw, so message starts are
// found again: after each '\n', and after 16 KiB without one (the daemon logs a long line in
// 16 KiB parts, each with its own timestamp). Invalid UTF-8 becomes U+FFFD, split characters survive.
import type {LogChunk} from '../../engine/types.js';
import {parseTimestampPrefix} from './daemon-timestamp.js';
import {LineSplitter, defaultMaxLineLength, type SplitLine} from './line-splitter.js';
import type {LogStream} from './log-line.js';

/** Size of the parts the daemon's log copier cuts a long line into. */
export const daemonPartialBytes = 16 * 1024;

export type LineSink = (stream: LogStream, line: SplitLine) => void;

type StreamState = {decoder: TextDecoder; splitter: LineSplitter; lines: SplitLine[]};

export class LogStreamDecoder {
	private readonly states = new Map<LogStream, StreamState>();
	// raw (TTY) mode only
	private atMessageStart = true;
	private messageBytes = 0;
	private messageTime = 0;
	private pendingPrefix: Uint8Array | undefined;

	constructor(
		private readonly options: {framed: boolean; sink: LineSink; maxLineLength?: number; now?: () => number},
	) {}

	push(chunk: LogChunk): void {
		if (this.options.framed) this.pushMessage(chunk.stream, chunk.data);
		else this.pushRaw(chunk.data);
	}

	/** End of stream: a last line without a newline still comes out. */
	end(): void {
		for (const [stream, state] of this.states) {
			const tail = state.decoder.decode();
			if (tail) state.splitter.push(tail, this.now(), state.lines);
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

	private pushMessage(stream: LogStream, data: Uint8Array): void {
		const prefix = parseTimestampPrefix(data, 0);
		const timed = typeof prefix === 'object';
		this.feed(stream, timed ? data.subarray(prefix.end) : data, timed ? prefix.time : this.now());
	}

	private pushRaw(chunk: Uint8Array): void {
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
				const prefix = parseTimestampPrefix(bytes, pos);
				if (prefix === 'incomplete') {
					this.pendingPrefix = bytes.slice(pos);
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
			this.feed('stdout', bytes.subarray(pos, end), this.messageTime);
			pos = end;
		}
	}

	private feed(stream: LogStream, payload: Uint8Array, time: number): void {
		const state = this.state(stream);
		// the rest of an over-long line is only counted (bytes, close to characters): no text is made for it
		if (state.splitter.full && payload.indexOf(10) === -1 && payload.indexOf(13) === -1) {
			state.splitter.skip(payload.length);
			return;
		}
		state.splitter.push(state.decoder.decode(payload, {stream: true}), time, state.lines);
		this.drain(stream, state);
	}

	private drain(stream: LogStream, state: StreamState): void {
		if (state.lines.length === 0) return;
		for (const line of state.lines) this.options.sink(stream, line);
		state.lines.length = 0;
	}

	private state(stream: LogStream): StreamState {
		let state = this.states.get(stream);
		if (!state) {
			state = {decoder: new TextDecoder('utf-8'), splitter: new LineSplitter(this.options.maxLineLength ?? defaultMaxLineLength), lines: []};
			this.states.set(stream, state);
		}
		return state;
	}

	private now(): number {
		return (this.options.now ?? Date.now)();
	}
}
