// Demultiplexes Docker's framed log/attach stream: an 8-byte header [type,0,0,0,uint32 BE size]
// then `size` payload bytes. Incremental over arbitrary chunking; payloads are emitted whole.
import {concatBytes} from './bytes.js';
import type {LogChunk} from './types.js';

const headerSize = 8;

export function frameStream(type: number): LogChunk['stream'] {
	if (type === 2) return 'stderr';
	if (type === 3) return 'system'; // the daemon's own error text (e.g. the log driver failed)
	return 'stdout'; // 0 (stdin, as docker writes it for TTY-less attach) and 1
}

export class LogFrameDecoder {
	private pending: Uint8Array[] = [];
	private pendingBytes = 0;
	private needed: number | undefined; // bytes of the pending frame, once its header is complete

	/** Feeds one chunk; returns every frame it completed. */
	push(chunk: Uint8Array): LogChunk[] {
		const out: LogChunk[] = [];
		let data = chunk;
		if (this.pendingBytes > 0) {
			this.pending.push(chunk);
			this.pendingBytes += chunk.length;
			if (this.needed === undefined && this.pendingBytes >= headerSize) {
				const head = concatBytes(this.pending);
				this.pending = [head];
				this.needed = headerSize + readSize(head, 0);
			}
			if (this.needed === undefined || this.pendingBytes < this.needed) return out;
			data = concatBytes(this.pending);
			this.pending = [];
			this.pendingBytes = 0;
			this.needed = undefined;
		}
		let offset = 0;
		while (data.length - offset >= headerSize) {
			const size = readSize(data, offset);
			const end = offset + headerSize + size;
			if (end > data.length) break;
			out.push({stream: frameStream(data[offset]!), data: data.subarray(offset + headerSize, end)});
			offset = end;
		}
		if (offset < data.length) {
			// copy, so a small remainder does not pin the whole chunk in memory
			const rest = data.slice(offset);
			this.pending = [rest];
			this.pendingBytes = rest.length;
			this.needed = rest.length >= headerSize ? headerSize + readSize(rest, 0) : undefined;
		}
		return out;
	}

	/** At end of stream: a frame whose header arrived but whose payload was cut short is returned as far as it came;
	 * `droppedBytes` counts the bytes of a header that never completed. */
	end(): {chunks: LogChunk[]; droppedBytes: number} {
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
