// Long-lived endpoints as async iterables: events (JSON lines), logs (framed or raw by Config.Tty)
// and stats (JSON object stream). Breaking out of a for-await or aborting releases the socket.
import {apiVersionAtLeast} from './api-version.js';
import {seg} from './container-calls.js';
import {DockerConnectionError} from './errors.js';
import {JsonObjectStreamDecoder} from './json-stream.js';
import {JsonLinesDecoder} from './json-lines.js';
import {LogFrameDecoder} from './log-frames.js';
import {normaliseEvent} from './normalise-event.js';
import type {QueryValue} from './query-string.js';
import {idleTurn, type RequestCore} from './request-core.js';
import type {ContainerInspect, DockerEvent, Engine, LogChunk, LogsOptions, StatsSample} from './types.js';

type StreamCalls = Pick<Engine, 'events' | 'logs' | 'logBytes' | 'serviceLogBytes' | 'stats' | 'statsOnce'>;

export function streamCalls(core: RequestCore, baseTimeoutMs: number): StreamCalls {
	async function* events(options: Parameters<Engine['events']>[0] = {}): AsyncGenerator<DockerEvent> {
		const bad = (line: string, error: Error) => options.onBadLine?.(line, error);
		const decoder = new JsonLinesDecoder(({line, error}) => bad(line, error));
		const accept = function* (values: unknown[]) {
			for (const value of values) {
				const event = normaliseEvent(value);
				if (event) yield event;
				else bad(JSON.stringify(value), new Error('not a Docker event'));
			}
		};
		const response = await openStream(core, {path: '/events', query: {since: options.since, until: options.until, filters: options.filters}, signal: options.signal});
		if (!response) return;
		options.onOpen?.();
		for await (const chunk of core.chunks(response, options.signal)) yield* accept(decoder.push(chunk));
		yield* accept(decoder.end());
	}

	async function* logs(id: string, options: LogsOptions = {}): AsyncGenerator<LogChunk> {
		let tty = options.tty;
		try {
			tty ??= (await core.json<ContainerInspect>({method: 'GET', path: `/containers/${seg(id)}/json`, signal: options.signal})).Config.Tty;
		} catch (error) {
			if (options.signal?.aborted || closedByDockhand(error)) return;
			throw error;
		}
		const body = logBytes(id, {...options, tty});
		if (tty) {
			for await (const data of body) yield {stream: 'stdout', data};
			return;
		}
		const decoder = new LogFrameDecoder();
		// a loop, not yield*: yield* of an array costs an extra await per frame in an async generator
		for await (const data of body) for (const chunk of decoder.push(data)) yield chunk;
		for (const chunk of decoder.end().chunks) yield chunk;
	}

	const logsQuery = (options: LogsOptions) => ({
		follow: options.follow,
		stdout: options.stdout ?? true,
		stderr: options.stderr ?? true,
		since: options.since,
		until: options.until,
		timestamps: options.timestamps,
		tail: options.tail,
	});

	function logBytes(id: string, options: LogsOptions & {tty: boolean}): AsyncGenerator<Uint8Array> {
		return core.stream({method: 'GET', path: `/containers/${seg(id)}/logs`, query: logsQuery(options), signal: options.signal}, options.onOpen);
	}

	// the merged logs of a service's tasks on every node; details=1 names each line's task and node
	function serviceLogBytes(id: string, options: LogsOptions & {tty: boolean}): AsyncGenerator<Uint8Array> {
		return core.stream({method: 'GET', path: `/services/${seg(id)}/logs`, query: {...logsQuery(options), details: true}, signal: options.signal}, options.onOpen);
	}

	async function* stats(id: string, options: Parameters<Engine['stats']>[1] = {}): AsyncGenerator<StatsSample> {
		const stream = options.stream ?? true;
		const oneShot = !stream && options.oneShot && apiVersionAtLeast(await core.negotiate(), '1.41') ? true : undefined;
		if (!stream) {
			// one answer, read to the end before it is handed over (a caller that stops at the sample
			// would otherwise cut the connection, and the next sample open another), and undici given
			// its turn to put the connection back: the CPU/MEM columns reuse one
			const sample = await core.json<StatsSample>({method: 'GET', path: `/containers/${seg(id)}/stats`, query: {stream, 'one-shot': oneShot}, signal: options.signal, timeoutMs: baseTimeoutMs + 5000});
			await idleTurn();
			yield sample;
			return;
		}
		const decoder = new JsonObjectStreamDecoder<StatsSample>();
		const chunks = core.stream({method: 'GET', path: `/containers/${seg(id)}/stats`, query: {stream}, signal: options.signal, timeoutMs: baseTimeoutMs + 5000});
		for await (const chunk of chunks) yield* decoder.push(chunk);
		decoder.end();
	}

	return {
		events,
		logs,
		logBytes,
		serviceLogBytes,
		stats,
		// stream=0 makes the daemon take two samples a second apart, so precpu_stats is filled
		statsOnce: id => core.json<StatsSample>({method: 'GET', path: `/containers/${seg(id)}/stats`, query: {stream: false}, timeoutMs: baseTimeoutMs + 5000}),
	};
}

/** Sends a streaming GET; undefined when the caller aborted before the daemon answered. */
async function openStream(core: RequestCore, spec: {path: string; query: Record<string, QueryValue>; signal?: AbortSignal}) {
	try {
		const response = await core.send({method: 'GET', path: spec.path, query: spec.query, signal: spec.signal, stream: true});
		return response.body;
	} catch (error) {
		if (spec.signal?.aborted || closedByDockhand(error)) return undefined;
		throw error;
	}
}

/** engine.close() while a stream waited for the daemon's answer: the stream just ends, as an open one does. */
function closedByDockhand(error: unknown): boolean {
	return error instanceof DockerConnectionError && error.code === 'CLOSED';
}
