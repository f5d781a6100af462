// Endpoint resolution in the docker CLI's order: -H flag, DOCKER_HOST, DOCKER_CONTEXT, the config's
// currentContext, then the default socket. Reads files, never the network.
import {homedir} from 'node:os';
import {join} from 'node:path';
import {currentContextName, dockerConfigDir, loadContext} from './docker-context.js';
import {defaultSocketHost, realProbe, type SocketProbe} from './default-socket.js';
import {EndpointError} from './errors.js';
import {readCertDir, readTlsFlag} from './tls-files.js';
import type {Endpoint, EndpointSource, TlsFiles} from './types.js';


/** Paths from --tlscacert / --tlscert / --tlskey; any of them or --tlsverify turns verified TLS on. */
export type TlsFlags = {cacert?: string; cert?: string; key?: string; verify?: boolean};

/** `context`: --context NAME, which wins over DOCKER_HOST as in the docker CLI (but not together with -H). */
export type ResolveEndpointOptions = {host?: string; context?: string; env?: NodeJS.ProcessEnv; homeDir?: string; tls?: TlsFlags; /** Where the default socket is looked for (tests); default: the file system. */ socketExists?: (path: string) => boolean};

type TlsChoice = {verify: boolean; files: TlsFiles} | undefined;

/** Parses a host URL; `tls` applies to tcp:// only. */
export function parseHost(url: string, source: EndpointSource, tls: TlsChoice, contextName?: string): Endpoint {
	const text = withDefaultScheme(url.trim());
	const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
	if (scheme === 'unix') {
		const socketPath = text.slice('unix://'.length);
		if (!socketPath) throw new EndpointError(`"${url}" names no socket path — use unix:///path/to/docker.sock`);
		return {url: text, kind: 'unix', socketPath, insecure: false, source, contextName};
	}
	if (scheme === 'tcp') {
		const parsed = safeUrl(text.replace(/^tcp:/i, 'http:'), url);
		if (!parsed.hostname) throw new EndpointError(`"${url}" names no host — use tcp://host:2376`);
		const port = parsed.port ? Number(parsed.port) : tls ? 2376 : 2375;
		const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
		return {url: text, kind: 'tcp', host, port, tls, insecure: !tls || !tls.verify, source, contextName};
	}
	if (scheme === 'ssh') {
		const parsed = safeUrl(text, url);
		if (!parsed.hostname) throw new EndpointError(`"${url}" names no host — use ssh://user@host`);
		// as the docker CLI: no password in the URL (ssh asks, or the agent answers), no query or fragment
		if (parsed.password) throw new EndpointError(`"${url}" holds a password — ssh:// takes none; use a key or your ssh agent`);
		if (parsed.search || parsed.hash) throw new EndpointError(`"${url}" has a query or fragment — use ssh://[user@]host[:port][/socket-path]`);
		const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
		const remoteSocket = decodeURIComponent(parsed.pathname);
		// no port in the URL: ssh's own config (or 22) decides, as with the docker CLI
		return {url: text, kind: 'ssh', host, port: parsed.port ? Number(parsed.port) : undefined, user: parsed.username ? decodeURIComponent(parsed.username) : undefined, socketPath: remoteSocket.replace(/\//g, '') ? remoteSocket : undefined, insecure: false, source, contextName};
	}
	if (!scheme) throw new EndpointError(`"${url}" is not a daemon URL — use unix:///path, tcp://host:port or ssh://user@host`);
	throw new EndpointError(`${scheme}:// endpoints are not supported — use unix:///path, tcp://host:port or ssh://user@host`);
}

/** As the docker CLI does: "host:port" without a scheme is tcp:// (":2375" is localhost:2375). */
function withDefaultScheme(text: string): string {
	if (text === '' || text.includes('://') || text.includes('/')) return text;
	return `tcp://${text.startsWith(':') ? 'localhost' : ''}${text}`;
}

function safeUrl(text: string, original: string): URL {
	try {
		return new URL(text);
	} catch {
		throw new EndpointError(`"${original}" is not a valid daemon URL`);
	}
}

/** DOCKER_TLS_VERIFY turns TLS on (and verification); DOCKER_CERT_PATH (default ~/.docker) holds the PEM files. */
export function tlsFromEnv(env: NodeJS.ProcessEnv, homeDir: string, flags: TlsFlags = {}): TlsChoice {
	const named = Boolean(flags.cacert || flags.cert || flags.key);
	if (!env.DOCKER_TLS_VERIFY && !flags.verify && !named) return undefined;
	// files the flags name win; the rest come from DOCKER_CERT_PATH (default ~/.docker) as in the docker CLI
	const fromDir = readCertDir(env.DOCKER_CERT_PATH || join(homeDir, '.docker'), {allowHalfPair: Boolean(flags.cert || flags.key)});
	const files = {
		ca: flags.cacert ? readTlsFlag('--tlscacert', flags.cacert) : fromDir.ca,
		cert: flags.cert ? readTlsFlag('--tlscert', flags.cert) : fromDir.cert,
		key: flags.key ? readTlsFlag('--tlskey', flags.key) : fromDir.key,
	};
	if (Boolean(files.cert) !== Boolean(files.key)) throw new EndpointError(`${files.cert ? '--tlscert without --tlskey' : '--tlskey without --tlscert'} — a client certificate needs both`);
	return {verify: true, files};
}

export function resolveEndpoint(options: ResolveEndpointOptions = {}): Endpoint {
	const env = options.env ?? process.env;
	const homeDir = options.homeDir ?? homedir();
	if (options.host && options.context) throw new EndpointError('conflicting options: either specify --host or --context, not both');
	if (options.host) return parseHost(options.host, 'flag', tlsFromEnv(env, homeDir, options.tls));
	// the default context is DOCKER_HOST when set, as in the docker CLI
	if (options.context && (options.context !== 'default' || !env.DOCKER_HOST)) return contextEndpoint(dockerConfigDir(env, homeDir), options.context);
	if (env.DOCKER_HOST) return parseHost(env.DOCKER_HOST, 'env', tlsFromEnv(env, homeDir, options.tls));
	const configDir = dockerConfigDir(env, homeDir);
	return contextEndpoint(configDir, env.DOCKER_CONTEXT || currentContextName(configDir), {env, exists: options.socketExists ?? realProbe().exists});
}

/** A named context's endpoint ('default' or none: the default socket, or Podman's where Docker has none); throws EndpointError when it is broken. */
export function contextEndpoint(configDir: string, contextName: string | undefined, probe: SocketProbe = realProbe()): Endpoint {
	if (!contextName || contextName === 'default') return parseHost(defaultSocketHost(probe), 'default', undefined, contextName);
	const context = loadContext(configDir, contextName);
	const tls = context.tls || context.skipTlsVerify ? {verify: !context.skipTlsVerify, files: context.tls ?? {}} : undefined;
	return parseHost(context.host, 'context', tls, contextName);
}
