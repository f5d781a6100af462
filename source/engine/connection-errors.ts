// Turns low-level socket/TLS/timeout errors into plain sentences that name the endpoint and the fix.
import {DockerConnectionError} from './errors.js';
import type {Endpoint} from './types.js';

const tlsVerifyCodes = new Set([
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'UNABLE_TO_GET_ISSUER_CERT',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'CERT_UNTRUSTED',
	'CERT_SIGNATURE_FAILURE',
]);

/** Where the CA for this endpoint is configured, for the fix in a TLS message. */
function caSetting(endpoint: Endpoint): string {
	if (endpoint.source === 'context') return `the ca.pem of context "${endpoint.contextName ?? '?'}"`;
	return '--tlscacert or DOCKER_CERT_PATH (a directory holding ca.pem, cert.pem, key.pem)';
}

function errorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
		const code = (current as {code?: unknown}).code;
		if (typeof code === 'string' && code !== 'UND_ERR_SOCKET') return code;
		current = (current as {cause?: unknown}).cause;
	}
	return (error as {code?: string} | undefined)?.code;
}

/** Bytes of HTTP answer read on the failed connection (undici's SocketError tells), when known. */
function answerBytesRead(error: unknown): number | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
		const read = (current as {socket?: {bytesRead?: unknown}}).socket?.bytesRead;
		if (typeof read === 'number') return read;
		current = (current as {cause?: unknown}).cause;
	}
	return undefined;
}

const clientCertAlerts = new Set(['ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', 'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA', 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'ERR_SSL_TLSV1_ALERT_ACCESS_DENIED']);
const closedCodes = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** A TLS server that hangs up before any answer (or says so in an alert) refused the client certificate. */
function clientCertRefusal(endpoint: Endpoint, at: string): string {
	return endpoint.tls?.files.cert
		? `the TLS server at ${at} rejected dockhand's client certificate — use one signed by a CA the server trusts`
		: `the TLS server at ${at} wants a client certificate and none is configured — give one with --tlscert/--tlskey or cert.pem/key.pem in DOCKER_CERT_PATH`;
}

/** Maps an error thrown by the transport; returns undefined when it is not a connection problem. */
export function toConnectionError(error: unknown, endpoint: Endpoint, timeoutMs?: number): DockerConnectionError | undefined {
	if (error instanceof DockerConnectionError) return error;
	const code = errorCode(error);
	if (!code) return undefined;
	const at = endpoint.url;
	const make = (message: string, kind: string) => new DockerConnectionError(message, at, kind, {cause: error});
	const retarget = 'set DOCKER_HOST or -H';
	const unanswered = closedCodes.has(code) && answerBytesRead(error) === 0 && endpoint.kind === 'tcp';
	if (endpoint.tls && (clientCertAlerts.has(code) || unanswered)) return make(clientCertRefusal(endpoint, at), 'TLS');
	if (unanswered && !endpoint.tls) return make(`${at} closed the connection without answering — if that port speaks TLS, use --tlsverify or DOCKER_TLS_VERIFY=1`, 'CLOSED');
	if (endpoint.tls && (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG')) {
		return make(`${at} does not speak TLS (a plain HTTP port?) — use the daemon's TLS port, or drop --tlsverify / DOCKER_TLS_VERIFY`, 'TLS');
	}
	switch (code) {
		case 'ENOENT':
			return make(`no Docker daemon at ${at} (socket missing) — is dockerd running? ${retarget}`, 'ENOENT');
		case 'EACCES':
		case 'EPERM':
			return make(`permission denied on ${at} — add your user to the docker group or run with sudo`, 'EACCES');
		case 'ECONNREFUSED':
			return endpoint.kind === 'unix'
				? make(`Docker daemon at ${at} refused the connection (stale socket, nothing listening) — is dockerd running? ${retarget}`, 'ECONNREFUSED')
				: make(`connection refused by ${at} — is the daemon listening on that port? ${retarget}`, 'ECONNREFUSED');
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return make(`cannot resolve host of ${at} — check the host name in DOCKER_HOST or -H`, 'ENOTFOUND');
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
			return make(`host of ${at} is unreachable — check the network or ${retarget}`, 'EHOSTUNREACH');
		case 'ETIMEDOUT':
		case 'UND_ERR_CONNECT_TIMEOUT':
			return make(`timed out connecting to ${at} — is the host up and the port open? ${retarget}`, 'TIMEOUT');
		case 'UND_ERR_HEADERS_TIMEOUT':
		case 'UND_ERR_BODY_TIMEOUT':
			return make(`Docker daemon at ${at} did not answer within ${Math.round((timeoutMs ?? 0) / 1000)} s — is it overloaded or hung?`, 'TIMEOUT');
		case 'ECONNRESET':
		case 'EPIPE':
		case 'UND_ERR_SOCKET':
		case 'UND_ERR_CLOSED':
			return make(`connection to ${at} closed unexpectedly — did the daemon stop?${endpoint.kind === 'tcp' && !endpoint.tls ? ' (if that port speaks TLS, use --tlsverify or DOCKER_TLS_VERIFY=1)' : ''}`, 'CLOSED');
		case 'UND_ERR_DESTROYED':
			return make(`connection to ${at} was closed by dockhand`, 'CLOSED');
		case 'ERR_TLS_CERT_ALTNAME_INVALID':
			return make(`TLS certificate of ${at} is not valid for that host name — connect by the name in the certificate`, 'TLS');
		case 'CERT_HAS_EXPIRED':
		case 'CERT_NOT_YET_VALID':
			return make(`TLS certificate of ${at} is expired or not yet valid (${code}) — renew the daemon's certificate`, 'TLS');
		default:
			if (tlsVerifyCodes.has(code)) {
				return make(`TLS certificate of ${at} could not be verified (${code}) — point ${caSetting(endpoint)} at the CA that signed it`, 'TLS');
			}
			if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || code === 'EPROTO') {
				return make(`TLS handshake with ${at} failed (${code}) — does that port speak TLS, and are the client certificate and key right?`, 'TLS');
			}
			if (code.startsWith('E') && /^E[A-Z]+$/.test(code)) {
				return make(`cannot connect to ${at} (${code}) — ${retarget}`, code);
			}
			return undefined;
	}
}

/** Go's TLS servers (dockerd) answer a plain HTTP request with this 400 instead of hanging up. */
const goPlainToTls = 'Client sent an HTTP request to an HTTPS server';

/** A plain-HTTP client at a TLS port of dockerd gets an HTTP 400 answer, not a closed connection: say it in the same words. */
export function plainClientAtTlsPort(status: number, message: string, endpoint: Endpoint): DockerConnectionError | undefined {
	if (status !== 400 || endpoint.kind !== 'tcp' || endpoint.tls || !message.startsWith(goPlainToTls)) return undefined;
	const at = endpoint.url;
	return new DockerConnectionError(`${at} speaks TLS and dockhand talked plain HTTP — use --tlsverify or DOCKER_TLS_VERIFY=1 (with the daemon's CA and a client certificate)`, at, 'TLS');
}
