// Every buffer the daemon controls is capped. A fake endpoint on a Unix socket sends each oversized
// input — an endless error body, an endless JSON list, a log frame declaring 1 GiB — and dockhand
// must stop reading (or pass the bytes on) instead of holding them, and say what happened.
import type http from 'node:http';
import {describe, expect, it} from 'vitest';
import {DockerApiError, ResponseTooLargeError, describeError} from '../../source/engine/errors.js';
import {maxErrorBodyBytes, maxJsonBodyBytes} from '../../source/engine/request-core.js';
import {defaultMaxLineLength} from '../../source/store/logs/line-splitter.js';
import {LogStreamDecoder} from '../../source/store/logs/log-stream-decoder.js';
import {fakeEngines} from './fake-daemon.js';

const MiB = 1024 * 1024;
const engineWith = fakeEngines();

/** Writes `piece` until the client hangs up or `limit` bytes went out (respecting backpressure); resolves with the count. */
function pour(res: http.ServerResponse, piece: Buffer, limit: number, then?: () => void): Promise<number> {
	return new Promise(resolve => {
		let sent = 0;
		let done = false;
		const finish = () => {
			if (done) return;
			done = true;
			resolve(sent);
		};
		res.on('close', finish);
		const write = () => {
			while (!res.destroyed && sent < limit) {
				sent += piece.length;
				if (!res.write(piece)) return void res.once('drain', write);
			}
			then?.();
			res.end();
			finish();
		};
		write();
	});
}

describe('bounded decoding', () => {
	it('reads an error body only up to a few KB, and says it was cut', async () => {
		let sent: Promise<number> | undefined;
		const {engine} = await engineWith((_request, res) => {
			res.writeHead(500, {'content-type': 'text/plain'});
			sent = pour(res, Buffer.alloc(64 * 1024, 'e'), 512 * MiB);
		});
		const error = await engine.listContainers().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(DockerApiError);
		const message = describeError(error);
		expect(message.length).toBeLessThan(maxErrorBodyBytes + 100);
		expect(message).toMatch(/\(cut at 4 KB\)$/);
		expect(await sent).toBeLessThan(64 * MiB); // it hung up instead of reading on
		await engine.close();
	});

	it('refuses a JSON list larger than the stated size with a clear error, having stopped reading there', async () => {
		let sent: Promise<number> | undefined;
		const {engine} = await engineWith((_request, res) => {
			res.writeHead(200, {'content-type': 'application/json'});
			res.write('[');
			sent = pour(res, Buffer.from('{"Id":"x","Names":["/x"]},'.repeat(4096)), 512 * MiB);
		});
		const error = await engine.listContainers().catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ResponseTooLargeError);
		expect(describeError(error)).toBe("the daemon's answer to GET /containers/json is larger than 32 MB; dockhand stopped reading there");
		expect(await sent).toBeLessThan(maxJsonBodyBytes + 32 * MiB);
		await engine.close();
	});

	it('passes a log frame declaring 1 GiB on in pieces: memory stays flat and the line is cut with a count', async () => {
		const streamed = 160 * MiB;
		const {engine} = await engineWith((_request, res) => {
			res.writeHead(200);
			const header = Buffer.alloc(8);
			header[0] = 1;
			header.writeUInt32BE(2 ** 30, 4);
			res.write(Buffer.concat([header, Buffer.from('2026-11-29T00:00:00.000000000Z ')]));
			void pour(res, Buffer.alloc(MiB, 'x'), streamed);
		});
		const lines: Array<{text: string; cut: number}> = [];
		const decoder = new LogStreamDecoder({framed: true, sink: (_stream, _time, text, cut) => lines.push({text, cut})});
		global.gc?.();
		const before = process.memoryUsage().rss;
		let peak = before;
		const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
		let received = 0;
		try {
			for await (const bytes of engine.logBytes('c1', {tty: false, follow: false})) {
				received += bytes.length;
				decoder.pushBytes(bytes);
				peak = Math.max(peak, process.memoryUsage().rss);
			}
			decoder.end();
		} finally {
			clearInterval(sampler);
		}
		expect(received).toBeGreaterThan(streamed);
		expect(lines).toEqual([{text: 'x'.repeat(defaultMaxLineLength), cut: streamed - defaultMaxLineLength}]);
		// holding the frame would take 160 MB and more; pieces keep the growth to buffers in flight
		expect((peak - before) / MiB).toBeLessThan(80);
		await engine.close();
	});
});
