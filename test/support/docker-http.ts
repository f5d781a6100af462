// Plain HTTP on the daemon's Unix socket: "another client" for tests and benchmarks, so the engine
// under test never sets its own scene. No vitest imports: benchmarks use it too.
import http from 'node:http';

export type RawResponse = {status: number; body: string; raw: Buffer};

export function dockerRequest(host: string, method: string, path: string, body?: unknown): Promise<RawResponse> {
	const payload = body === undefined ? undefined : JSON.stringify(body);
	const headers = payload ? {'content-type': 'application/json', 'content-length': Buffer.byteLength(payload)} : {};
	return new Promise((resolve, reject) => {
		const request = http.request({socketPath: host.replace(/^unix:\/\//, ''), method, path, headers}, response => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				const raw = Buffer.concat(chunks);
				resolve({status: response.statusCode ?? 0, body: raw.toString('utf8'), raw});
			});
		});
		request.on('error', reject);
		request.end(payload);
	});
}
