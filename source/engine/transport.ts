// The HTTP transport for one endpoint: an undici Pool over a Unix socket, plain TCP, TLS, or ssh
// processes (ssh-connector.ts). Every endpoint kind becomes a transport here, and only here.
import type {buildConnector} from 'undici';
import {Pool} from './undici-pool.js';
import {sshConnector} from './ssh-connector.js';
import type {Endpoint} from './types.js';

export type TransportOptions = {
	/** Replaces undici's socket connector (e.g. a stream over ssh); the origin stays http://docker. */
	connector?: buildConnector.connector;
	connectTimeoutMs?: number;
	/** ssh:// only: start logged-in ssh processes ahead of need (a long UI session, not a probe). */
	sshSpares?: boolean;
};

/** `close`: what the pool does not own and must end with it (ssh processes). */
export type Transport = {pool: Pool; origin: string; close?: () => void};

export function createTransport(endpoint: Endpoint, options: TransportOptions = {}): Transport {
	const common = {
		connectTimeout: options.connectTimeoutMs ?? 10_000,
		// Hijacked exec and long streams need HTTP/1.1 semantics even when TLS offers h2.
		allowH2: false,
		keepAliveTimeout: 4_000,
		pipelining: 1,
	} as const;
	if (options.connector) {
		return {pool: new Pool('http://docker', {...common, connect: options.connector}), origin: 'http://docker'};
	}
	switch (endpoint.kind) {
		case 'unix': {
			// The Host header is not used by dockerd over a socket; "docker" mirrors the Go client.
			return {pool: new Pool('http://docker', {...common, socketPath: endpoint.socketPath}), origin: 'http://docker'};
		}
		case 'tcp': {
			const host = endpoint.host?.includes(':') ? `[${endpoint.host}]` : endpoint.host;
			if (!endpoint.tls) {
				const origin = `http://${host}:${endpoint.port}`;
				return {pool: new Pool(origin, common), origin};
			}
			const origin = `https://${host}:${endpoint.port}`;
			const {ca, cert, key} = endpoint.tls.files;
			// no TLS session resumption: terminators that verify client certificates (socat verify=1, some
			// stunnel/nginx set-ups) refuse a resumed session ("session id context uninitialized")
			return {pool: new Pool(origin, {...common, connect: {ca, cert, key, rejectUnauthorized: endpoint.tls.verify, maxCachedSessions: 0}}), origin};
		}
		case 'ssh':
			// a connection costs an ssh login: idle ones are kept longer than on a socket (the poll reuses them)
			const ssh = sshConnector(endpoint, {spares: options.sshSpares ?? false});
			return {pool: new Pool('http://docker', {...common, keepAliveTimeout: 60_000, connect: ssh.connect}), origin: 'http://docker', close: ssh.close};
	}
}
