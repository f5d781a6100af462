// The one path every daemon call takes: read-only guard (before any byte is sent), lazy cached API
// version negotiation and /vX.Y prefix, timeouts, JSON parsing and error mapping.
import type {Duplex, Readable} from 'node:stream';
import type {Dispatcher} from 'undici';
import {compareApiVersions, negotiateApiVersion} from './api-version.js';
import {plainClientAtTlsPort, toConnectionError} from './connection-errors.js';
import {DockerApiError, DockerConnectionError, PinnedApiVersionError, ReadOnlyError, ResponseTooLargeError, UnsupportedCallError, isAbortError, isVersionRefusal} from './errors.js';
import {inertText, parseInert} from '../text/inert-text.js';
import {encodeQuery, type QueryValue} from './query-string.js';
import type {Transport} from './transport.js';
import type {Endpoint, Ping} from './types.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

export type RequestSpec = {
	method: HttpMethod;
	/** Unversioned path ("/containers/json"); the negotiated prefix is added here. */
	path: string;
	query?: Record<string, QueryValue>;
	body?: unknown;
	signal?: AbortSignal;
	/** Headers (and, for non-streams, body) timeout; defaults to the engine's requestTimeoutMs. */
	timeoutMs?: number;
	/** Long-lived body: no body timeout. */
	stream?: boolean;
	/** false for /_ping, which is served unversioned. */
	versioned?: boolean;
	/** The API version that introduced this call: older negotiated versions refuse it unsent. */
	since?: string;
	/** Statuses that are answers, not errors (304 on start/stop). */
	okStatuses?: readonly number[];
};

export type Response = {status: number; headers: Dispatcher.ResponseData['headers']; body: Dispatcher.ResponseData['body']};

export type RequestCoreOptions = {readOnly: boolean; pinnedApiVersion?: string; /** where the pin came from, for the fix */ pinnedFrom?: string; /** the version as pinned, before any cap */ pinnedAs?: string; requestTimeoutMs: number};

const safeMethods = new Set(['GET', 'HEAD']);

// Every buffer the daemon fills is capped: it decides the sizes, and a hostile or broken endpoint
// could otherwise make dockhand hold gigabytes.
/** Error bodies: the daemon's {"message"} is a sentence or two. */
export const maxErrorBodyBytes = 4 * 1024;
/** JSON answers (lists, inspect, info): the list of 10,000 containers is ~15 MB. */
export const maxJsonBodyBytes = 32 * 1024 * 1024;

/** Reads `body` up to `limit` bytes; a longer body is cut there and its connection dropped. */
export async function readCapped(body: Readable, limit: number): Promise<{bytes: Buffer; complete: boolean}> {
	const parts: Buffer[] = [];
	let total = 0;
	for await (const chunk of body as AsyncIterable<Buffer>) {
		if (chunk.length > limit - total) {
			parts.push(chunk.subarray(0, limit - total));
			body.destroy();
			return {bytes: Buffer.concat(parts, limit), complete: false};
		}
		parts.push(chunk);
		total += chunk.length;
	}
	return {bytes: Buffer.concat(parts, total), complete: true};
}

export class RequestCore {
	apiVersion: string | null;
	private negotiation: Promise<string> | undefined;
	private readonly closing = new AbortController();
	private closed: Promise<void> | undefined;

	constructor(
		readonly endpoint: Endpoint,
		private readonly transport: Transport,
		private readonly options: RequestCoreOptions,
	) {
		this.apiVersion = options.pinnedApiVersion ?? null;
	}

	get readOnly(): boolean {
		return this.options.readOnly;
	}

	/** Connection stats of the pool (open sockets, running requests): used to prove streams do not leak. */
	get stats(): {connected: number; running: number; size: number} {
		const {connected, running, size} = this.transport.pool.stats;
		return {connected, running, size};
	}

	/** Negotiates once; a failure is not cached, so the next call retries (daemon started later). */
	negotiate(): Promise<string> {
		if (this.apiVersion) return Promise.resolve(this.apiVersion);
		this.negotiation ??= this.ping().then(ping => {
			this.apiVersion ??= negotiateApiVersion(ping.apiVersion);
			return this.apiVersion;
		}).finally(() => {
			this.negotiation = undefined;
		});
		return this.negotiation;
	}

	async ping(options: {signal?: AbortSignal; timeoutMs?: number} = {}): Promise<Ping> {
		const response = await this.send({method: 'GET', path: '/_ping', versioned: false, ...options});
		await response.body.dump();
		// the call that follows negotiation then reuses this connection
		await idleTurn();
		const header = (name: string) => {
			const value = response.headers[name];
			const first = Array.isArray(value) ? value[0] : value;
			return first === undefined ? undefined : inertText(first);
		};
		const apiVersion = header('api-version') ?? null;
		// any ping settles negotiation, so a caller's health check saves the next call a round trip
		if (!this.apiVersion) {
			try {
				this.apiVersion = negotiateApiVersion(apiVersion);
			} catch {
				// too old or unreadable: negotiate() reports it when a versioned call needs it
			}
		}
		return {
			apiVersion,
			osType: header('ostype'),
			builderVersion: header('builder-version'),
			server: header('server'),
			libpodApiVersion: header('libpod-api-version'),
		};
	}

	guard(method: string, path: string): void {
		if (this.options.readOnly && !safeMethods.has(method)) throw new ReadOnlyError(method, path);
	}

	async fullPath(spec: Pick<RequestSpec, 'path' | 'query' | 'versioned' | 'since'> & {method?: string}): Promise<string> {
		const version = spec.versioned === false ? '' : await this.negotiate();
		if (spec.since && version && compareApiVersions(version, spec.since) < 0) throw new UnsupportedCallError(spec.method ?? 'GET', spec.path, spec.since, version);
		const prefix = version ? `/v${version}` : '';
		return `${prefix}${spec.path}${encodeQuery(spec.query)}`;
	}

	/** Sends a request; non-OK statuses become DockerApiError (body consumed), transport errors plain sentences. */
	async send(spec: RequestSpec): Promise<Response> {
		this.guard(spec.method, spec.path);
		if (this.closing.signal.aborted) throw this.closedError();
		const signal = spec.signal ? AbortSignal.any([spec.signal, this.closing.signal]) : this.closing.signal;
		const timeoutMs = spec.timeoutMs ?? this.options.requestTimeoutMs;
		let response: Dispatcher.ResponseData;
		try {
			signal.throwIfAborted();
			const path = await this.fullPath(spec);
			const hasBody = spec.body !== undefined;
			response = await this.transport.pool.request({
				origin: this.transport.origin,
				method: spec.method,
				path,
				headers: hasBody ? {'content-type': 'application/json'} : undefined,
				body: hasBody ? JSON.stringify(spec.body) : undefined,
				signal,
				headersTimeout: timeoutMs,
				bodyTimeout: spec.stream ? 0 : timeoutMs,
			});
		} catch (error) {
			throw this.mapError(error, timeoutMs, spec.signal);
		}
		const {statusCode: status, headers, body} = response;
		if (status >= 400 || (status >= 300 && !spec.okStatuses?.includes(status))) {
			const {bytes, complete} = await readCapped(body, maxErrorBodyBytes).catch(() => ({bytes: Buffer.alloc(0), complete: true}));
			const message = daemonMessage(bytes.toString('utf8'));
			const {pinnedApiVersion, pinnedFrom = 'DOCKER_API_VERSION'} = this.options;
			if (pinnedApiVersion && isVersionRefusal(status, message)) throw new PinnedApiVersionError(this.options.pinnedAs ?? pinnedApiVersion, pinnedFrom, message);
			const plainAtTls = plainClientAtTlsPort(status, message, this.endpoint);
			if (plainAtTls) throw plainAtTls;
			throw new DockerApiError(status, complete ? message : `${message}… (cut at ${maxErrorBodyBytes / 1024} KB)`, spec.method, spec.path);
		}
		return {status, headers, body};
	}

	async json<T>(spec: RequestSpec): Promise<T> {
		const {body} = await this.send(spec);
		try {
			const {bytes, complete} = await readCapped(body, maxJsonBodyBytes);
			if (!complete) throw new ResponseTooLargeError(spec.method, spec.path, maxJsonBodyBytes);
			return parseInert<T>(bytes.toString('utf8'));
		} catch (error) {
			if (error instanceof ResponseTooLargeError) throw error;
			throw this.mapError(error, spec.timeoutMs ?? this.options.requestTimeoutMs, spec.signal);
		}
	}

	/** For calls answered by 204/304: returns the status, body drained. */
	async empty(spec: RequestSpec): Promise<number> {
		const {status, body} = await this.send(spec);
		await body.dump();
		return status;
	}

	/** Hijacks the connection (exec start): undici sends the Upgrade handshake itself. */
	async upgrade(spec: Pick<RequestSpec, 'path' | 'query' | 'body' | 'signal'>): Promise<Duplex> {
		this.guard('POST', spec.path);
		if (this.closing.signal.aborted) throw this.closedError();
		try {
			const path = await this.fullPath(spec);
			// undici passes `body` through to dispatch; its UpgradeOptions type just does not list it
			const options: Dispatcher.UpgradeOptions & {body: string} = {
				path,
				method: 'POST',
				protocol: 'tcp',
				headers: {'content-type': 'application/json'},
				body: JSON.stringify(spec.body ?? {}),
				signal: spec.signal,
			};
			const {socket} = await this.transport.pool.upgrade(options);
			return socket;
		} catch (error) {
			throw this.mapError(error, this.options.requestTimeoutMs, spec.signal);
		}
	}

	/** Maps transport errors; the caller's own aborts and already-mapped errors pass through. */
	mapError(error: unknown, timeoutMs?: number, signal?: AbortSignal): unknown {
		if (error instanceof DockerApiError || error instanceof ReadOnlyError || error instanceof DockerConnectionError || error instanceof PinnedApiVersionError || error instanceof UnsupportedCallError) return error;
		if (this.closing.signal.aborted && !signal?.aborted) return this.closedError(error);
		if (isAbortError(error)) return error;
		return toConnectionError(error, this.endpoint, timeoutMs) ?? error;
	}

	private closedError(cause?: unknown): DockerConnectionError {
		return new DockerConnectionError(`connection to ${this.endpoint.url} was closed by dockhand`, this.endpoint.url, 'CLOSED', {cause});
	}

	/** Reads a body as chunks; ends quietly when the caller aborted, and always releases the socket. */
	async *chunks(body: Readable, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
		try {
			for await (const chunk of body) yield chunk as Uint8Array;
		} catch (error) {
			if (signal?.aborted || this.closing.signal.aborted) return;
			throw this.mapError(error, undefined, signal);
		} finally {
			if (!body.destroyed) body.destroy();
		}
	}

	/** send() + chunks() for long-lived responses (onOpen once the daemon answered); an abort before the answer also ends quietly. */
	async *stream(spec: RequestSpec, onOpen?: () => void): AsyncGenerator<Uint8Array> {
		let response: Response;
		try {
			response = await this.send({...spec, stream: true});
		} catch (error) {
			if (spec.signal?.aborted || this.closing.signal.aborted) return;
			throw error;
		}
		onOpen?.();
		yield* this.chunks(response.body, spec.signal);
	}

	/** Ends open streams quietly, fails in-flight and later calls with a CLOSED connection error. Idempotent. */
	close(): Promise<void> {
		if (!this.closed) {
			this.closing.abort();
			this.closed = this.transport.pool.destroy().finally(() => this.transport.close?.());
		}
		return this.closed;
	}
}

/**
 * One turn for undici to mark a connection idle after its answer was read: a call made at once
 * would otherwise open another connection (over ssh://, another login).
 */
export function idleTurn(): Promise<void> {
	return new Promise(resolve => setImmediate(resolve));
}

/** The daemon's {"message": "..."} or the plain text it sent. */
export function daemonMessage(text: string): string {
	const trimmed = text.trim();
	try {
		const parsed = JSON.parse(trimmed) as {message?: unknown};
		if (parsed && typeof parsed.message === 'string') return inertText(parsed.message);
	} catch {
		// not JSON: plain-text error bodies exist (proxies, very old daemons)
	}
	return inertText(trimmed);
}
