// The header's words, as plain functions: connection state with a symbol (readable without
// colour), where the endpoint came from, versions.
import type {Endpoint} from '../../engine/types.js';
import type {Connection} from '../../store/types.js';
import type {Tone} from '../theme.js';

/** `everSynced`: the store has held the daemon's state at least once (before that nothing shown can be stale). */
export function connectionLabel(connection: Connection, stale: boolean, now: number, everSynced = true): {text: string; tone: Tone} {
	switch (connection.status) {
		case 'connecting':
			return {text: '◌ connecting…', tone: 'info'};
		case 'connected':
			return stale ? {text: '◐ connected · syncing', tone: 'warn'} : {text: '● connected', tone: 'ok'};
		case 'reconnecting': {
			const seconds = Math.max(0, Math.ceil((connection.nextRetryAt - now) / 1000));
			const when = seconds > 0 ? ` in ${seconds}s` : '…';
			return everSynced ? {text: `◐ reconnecting${when} · stale`, tone: 'warn'} : {text: `◌ not connected · retrying${when}`, tone: 'warn'};
		}
		case 'failed':
			return {text: '✖ disconnected', tone: 'error'};
	}
}

/** What the header says of Swarm: `swarm manager`, `swarm worker` (no Swarm tabs), `swarm inactive`, or the node's state (`swarm locked`). */
export function swarmLabel(role: string, localState: string): string {
	if (role === 'unknown') return '';
	if (role === 'unavailable') return `swarm ${localState || 'unavailable'}`;
	return `swarm ${role}`;
}

/** The header's mark for a connection anyone on the path can read or take over: plain tcp://, or TLS
 * that does not verify the daemon's certificate (encrypted, but to whoever answers). */
export function transportMark(endpoint: Endpoint): string | null {
	if (!endpoint.insecure) return null;
	return endpoint.tls ? 'UNVERIFIED TLS' : 'UNENCRYPTED';
}

export function endpointSourceLabel(endpoint: Endpoint): string {
	switch (endpoint.source) {
		case 'flag':
			return '-H';
		case 'env':
			return 'DOCKER_HOST';
		case 'context':
			return `context ${endpoint.contextName ?? ''}`.trim();
		case 'default':
			return 'default';
	}
}

/** A fix the user can try for an endpoint that does not answer. */
export function endpointFix(endpoint: Endpoint): string {
	if (endpoint.kind === 'unix') {
		return `Is dockerd running? Check that ${endpoint.socketPath ?? 'the socket'} exists and you may open it (docker group), or choose another daemon with -H / DOCKER_HOST.`;
	}
	if (endpoint.kind === 'tcp') return 'Check the host and port, and the TLS settings (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH), or choose another daemon with -H / DOCKER_HOST.';
	return 'Check that you can ssh to the host and that docker runs there, or choose another daemon with -H / DOCKER_HOST.';
}
