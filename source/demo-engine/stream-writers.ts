// Writers for streamed answers: the 8-byte multiplexed frame header, RFC 3339 nano timestamps, and
// a stream's cleanup that runs exactly once when the client goes away or the stream ends.
import type {ServerResponse} from 'node:http';

export function frame(stream: 'stdout' | 'stderr', payload: Buffer): Buffer {
	const header = Buffer.alloc(8);
	header[0] = stream === 'stderr' ? 2 : 1;
	header.writeUInt32BE(payload.length, 4);
	return Buffer.concat([header, payload]);
}

export function rfc3339Nano(ms: number): string {
	const iso = new Date(Math.floor(ms)).toISOString(); // 2026-01-02T03:04:05.678Z
	return `${iso.slice(0, 23)}${String(Math.round((ms % 1) * 1e6)).padStart(6, '0')}Z`;
}

/** Starts a streamed 200 answer and returns `onEnd`: cleanups registered there run once on close or end. */
export function openStream(res: ServerResponse, contentType: string): {onEnd: (cleanup: () => void) => void; end: () => void} {
	res.writeHead(200, {'Content-Type': contentType});
	res.flushHeaders();
	const cleanups: Array<() => void> = [];
	let done = false;
	const finish = () => {
		if (done) return;
		done = true;
		for (const cleanup of cleanups.splice(0)) cleanup();
	};
	res.on('close', finish);
	return {
		onEnd: cleanup => (done ? cleanup() : cleanups.push(cleanup)),
		end: () => {
			finish();
			res.end();
		},
	};
}

/** Live streams open now, counted so tests can see every timer and listener freed. */
export const openStreams = {count: 0};

export function track(onEnd: (cleanup: () => void) => void): void {
	openStreams.count++;
	onEnd(() => openStreams.count--);
}
