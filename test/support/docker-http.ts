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

/** Creates and starts `count` idle containers named PREFIX-00, PREFIX-01, … (benchmarks); pushes their ids to `ids` as they are made. */
export async function startIdleContainers(host: string, options: {image: string; prefix: string; count: number; ids: string[]}): Promise<void> {
	for (let index = 0; index < options.count; index++) {
		const body = {Image: options.image, Cmd: ['sh', '-c', 'trap exit TERM; while :; do sleep 1; done'], Labels: {'dockhand.test': '1'}, HostConfig: {NetworkMode: 'none'}};
		const created = await dockerRequest(host, 'POST', `/containers/create?name=${options.prefix}-${String(index).padStart(2, '0')}`, body);
		if (created.status !== 201) throw new Error(`create: ${created.status} ${created.body}`);
		options.ids.push((JSON.parse(created.body) as {Id: string}).Id);
	}
	await Promise.all(options.ids.map(id => dockerRequest(host, 'POST', `/containers/${id}/start`)));
}
