// Builds the Engine for an endpoint: one transport, one request core, and the call groups over it.
import {CLIENT_MAX_API_VERSION, checkPinnedApiVersion, compareApiVersions} from './api-version.js';
import {containerCalls} from './container-calls.js';
import {execCalls} from './exec-calls.js';
import {RequestCore} from './request-core.js';
import {resourceCalls} from './resource-calls.js';
import {streamCalls} from './stream-calls.js';
import {swarmCalls} from './swarm-calls.js';
import {swarmWriteCalls} from './swarm-write-calls.js';
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
	/** A stream connector replacing the socket one (tests). */
	connector?: TransportOptions['connector'];
	/** ssh:// only: keep logged-in ssh processes ready for the next connections (the UI session). */
	sshSpares?: boolean;
};

/** The engine plus the pool's connection stats (for leak checks in tests and diagnostics). */
export type DockerEngine = Engine & {
	connectionStats(): {connected: number; running: number; size: number};
	/** What the user should know about how the engine was set up (a pinned version capped), one sentence each. */
	notes: readonly string[];
};

export function createEngine(endpoint: Endpoint, options: CreateEngineOptions = {}): DockerEngine {
	const env = options.env ?? process.env;
	const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
	const pinnedFrom = options.apiVersion ? 'apiVersion' : 'DOCKER_API_VERSION';
	const pinnedText = options.apiVersion || env.DOCKER_API_VERSION;
	const checked = pinnedText ? checkPinnedApiVersion(pinnedText, pinnedFrom) : undefined;
	// a pin above what dockhand's types were checked against is capped (Podman would accept anything)
	const capped = checked !== undefined && compareApiVersions(checked, CLIENT_MAX_API_VERSION) > 0;
	const pinned = capped ? CLIENT_MAX_API_VERSION : checked;
	const notes = capped ? [`${pinnedFrom}=${checked} is newer than dockhand speaks: using API ${CLIENT_MAX_API_VERSION}`] : [];
	const transport = createTransport(endpoint, {connector: options.connector, connectTimeoutMs: Math.min(requestTimeoutMs, 10_000), sshSpares: options.sshSpares});
	const core = new RequestCore(endpoint, transport, {readOnly: options.readOnly ?? false, pinnedApiVersion: pinned, pinnedFrom, pinnedAs: checked, requestTimeoutMs});
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
		...swarmCalls(core),
		...swarmWriteCalls(core),
		close: () => core.close(),
		connectionStats: () => core.stats,
		notes,
	};
}
