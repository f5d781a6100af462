// Builds the Engine for an endpoint: one transport, one request core, and the call groups over it.
import {checkPinnedApiVersion} from './api-version.js';
import {containerCalls} from './container-calls.js';
import {execCalls} from './exec-calls.js';
import {RequestCore} from './request-core.js';
import {resourceCalls} from './resource-calls.js';
import {streamCalls} from './stream-calls.js';
import {createTransport, type TransportOptions} from './transport.js';
import type {Endpoint, Engine} from './types.js';

export type CreateEngineOptions = {
	/** Only GET and HEAD are sent; anything else throws ReadOnlyError before a byte goes out. */
	readOnly?: boolean;
	/** Pins the API version (skips negotiation); DOCKER_API_VERSION does the same. */
	apiVersion?: string;
	/** Headers timeout of ordinary calls (stop/restart/prune get more); default 30 s. */
	requestTimeoutMs?: number;
	/** Where DOCKER_API_VERSION is read; default process.env. */
	env?: NodeJS.ProcessEnv;
	/** A stream connector replacing the socket one (for ssh:// later; tests). */
	connector?: TransportOptions['connector'];
};

/** The engine plus the pool's connection stats (for leak checks in tests and diagnostics). */
export type DockerEngine = Engine & {connectionStats(): {connected: number; running: number; size: number}};

export function createEngine(endpoint: Endpoint, options: CreateEngineOptions = {}): DockerEngine {
	const env = options.env ?? process.env;
	const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
	const pinnedFrom = options.apiVersion ? 'apiVersion' : 'DOCKER_API_VERSION';
	const pinnedText = options.apiVersion || env.DOCKER_API_VERSION;
	const pinned = pinnedText ? checkPinnedApiVersion(pinnedText, pinnedFrom) : undefined;
	const transport = createTransport(endpoint, {connector: options.connector, connectTimeoutMs: Math.min(requestTimeoutMs, 10_000)});
	const core = new RequestCore(endpoint, transport, {readOnly: options.readOnly ?? false, pinnedApiVersion: pinned, pinnedFrom, requestTimeoutMs});
	return {
		endpoint,
		readOnly: core.readOnly,
		get apiVersion() {
			return core.apiVersion;
		},
		negotiate: () => core.negotiate(),
		ping: options => core.ping(options),
		...resourceCalls(core, requestTimeoutMs),
		...containerCalls(core, requestTimeoutMs),
		...streamCalls(core, requestTimeoutMs),
		...execCalls(core),
		close: () => core.close(),
		connectionStats: () => core.stats,
	};
}
