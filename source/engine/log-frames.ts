// Demultiplexes Docker's framed log/attach stream: an 8-byte header [type,0,0,0,uint32 BE size]
// then `size` payload bytes. Incremental over arbitrary chunking; payloads are emitted whole, except
// a frame declaring more than maxFrameBytes (the size is the daemon's word: up to 4 GiB), which is
// passed on in pieces as it arrives, so no header can make dockhand hold more than that.
// each() hands every payload over as a place in the bytes (no view, no copy when the frame lies
// inside one chunk): what a consumer of a flood uses; push() builds LogChunk objects on top of it.
import {concatBytes, copyBytes} from './byte-chunks.js';
import type {LogChunk} from './types.js';

const headerSize = 8;
/** Largest frame held whole: the daemon cuts long lines into 16 KiB parts, so real frames are far smaller. */
export const maxWholeFrameBytes = 64 * 1024;

export function frameStream(type: number): LogChunk['stream'] {
	if (type === 2) return 'stderr';
	if (type === 3) return 'system'; // the daemon's own error text (e.g. the log driver failed)
	return 'stdout'; // 0 (stdin, as docker writes it for TTY-less attach) and 1
}

/** One complete frame: its type byte and its payload, bytes[start, end). `continued`: a later piece of
 * an oversized frame (its start, with any timestamp, came before). */
export type FrameVisitor = (type: number, bytes: Uint8Array, start: number, end: number, continued: boolean) => void;

export class LogFrameDecoder {
	private pending: Uint8Array[] = [];
	private pendingBytes = 0;
	private needed: number | undefined; // bytes of the pending frame, once its header is complete
	private piece: {type: number; remaining: number; continued: boolean} | undefined; // an oversized frame, passed on as it comes

	constructor(private readonly maxFrameBytes = maxWholeFrameBytes) {}

	/** Feeds one chunk; returns every frame it completed. */
	push(chunk: Uint8Array): LogChunk[] {
		const out: LogChunk[] = [];
		this.each(chunk, (type, bytes, start, end, continued) => out.push({stream: frameStream(type), data: bytes.subarray(start, end), ...(continued ? {continued} : {})}));
		return out;
	}

	/** Feeds one chunk; calls `visit` for every frame it completed, in order. */
	each(chunk: Uint8Array, visit: FrameVisitor): void {
		let offset = this.piece ? this.continuePiece(chunk, 0, visit) : this.pendingBytes > 0 ? this.completePending(chunk, visit) : 0;
		if (offset === -1) return;
		while (chunk.length - offset >= headerSize) {
			const size = readSize(chunk, offset);
			const end = offset + headerSize + size;
			if (end > chunk.length) {
				if (size <= this.maxFrameBytes) break;
				this.piece = {type: chunk[offset]!, remaining: size, continued: false};
				this.continuePiece(chunk, offset + headerSize, visit);
				return;
			}
			visit(chunk[offset]!, chunk, offset + headerSize, end, false);
			offset = end;
		}
		if (offset < chunk.length) {
			// copy, so a small remainder does not pin the whole chunk in memory
			const rest = copyBytes(chunk, offset);
			this.pending = [rest];
			this.pendingBytes = rest.length;
			this.needed = rest.length >= headerSize ? headerSize + readSize(rest, 0) : undefined;
		}
	}

	/** Takes from `chunk` what the pending frame still lacks (only that: the rest is not copied);
	 * returns where the rest of the chunk begins, or -1 when the frame is still incomplete. */
	private completePending(chunk: Uint8Array, visit: FrameVisitor): number {
		let offset = 0;
		if (this.needed === undefined) {
			const missing = headerSize - this.pendingBytes;
			if (chunk.length < missing) {
				this.pending.push(chunk);
				this.pendingBytes += chunk.length;
				return -1;
			}
			const head = concatBytes([...this.pending, chunk.subarray(0, missing)]);
			this.pending = [head];
			this.pendingBytes = headerSize;
			this.needed = headerSize + readSize(head, 0);
			offset = missing;
			if (this.needed - headerSize > this.maxFrameBytes) {
				this.piece = {type: head[0]!, remaining: this.needed - headerSize, continued: false};
				this.pending = [];
				this.pendingBytes = 0;
				this.needed = undefined;
				return this.continuePiece(chunk, offset, visit);
			}
		}
		const wanted = this.needed - this.pendingBytes;
		if (chunk.length - offset < wanted) {
			this.pending.push(chunk.subarray(offset));
			this.pendingBytes += chunk.length - offset;
			return -1;
		}
		this.pending.push(chunk.subarray(offset, offset + wanted));
		const frame = concatBytes(this.pending);
		this.pending = [];
		this.pendingBytes = 0;
		this.needed = undefined;
		visit(frame[0]!, frame, headerSize, frame.length, false);
		return offset + wanted;
	}

	/** Passes on what `chunk` holds of the oversized frame; returns where the rest begins, or -1 when it needs more. */
	private continuePiece(chunk: Uint8Array, offset: number, visit: FrameVisitor): number {
		const piece = this.piece!;
		const take = Math.min(piece.remaining, chunk.length - offset);
		if (take > 0) {
			visit(piece.type, chunk, offset, offset + take, piece.continued);
			piece.continued = true;
			piece.remaining -= take;
		}
		if (piece.remaining > 0) return -1;
		this.piece = undefined;
		return offset + take;
	}

	/** At end of stream: a frame whose header arrived but whose payload was cut short is returned as far as it came;
	 * `droppedBytes` counts the bytes of a header that never completed. */
	end(): {chunks: LogChunk[]; droppedBytes: number} {
		this.piece = undefined; // cut short: passed on as far as it came
		if (this.pendingBytes === 0) return {chunks: [], droppedBytes: 0};
		const data = concatBytes(this.pending);
		this.pending = [];
		this.pendingBytes = 0;
		this.needed = undefined;
		if (data.length < headerSize) return {chunks: [], droppedBytes: data.length};
		const payload = data.subarray(headerSize);
		return {chunks: payload.length > 0 ? [{stream: frameStream(data[0]!), data: payload}] : [], droppedBytes: 0};
	}
}

function readSize(data: Uint8Array, offset: number): number {
	return ((data[offset + 4]! << 24) >>> 0) + (data[offset + 5]! << 16) + (data[offset + 6]! << 8) + data[offset + 7]!;
}
