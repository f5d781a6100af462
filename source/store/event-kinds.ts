// Turns one /events message (Docker of any API version, or Podman's compat API) into a small
// normalised record the reducer can switch on.
import type {DockerEvent} from '../engine/types.js';
import {isHealth} from './container-mapping.js';
import type {Health} from './types.js';

export type EventKind = {
	type: string; // container | image | volume | network | daemon | …
	/** Base action, Podman names mapped to Docker's: remove → destroy, died → die, HealthStatus → health_status. */
	action: string;
	/** Text after "action: " (exec command, health status), or ''. */
	detail: string;
	id: string;
	attributes: Record<string, string>;
	/** Nanoseconds since the epoch; 0 when the daemon sent none. */
	timeNano: number;
	/** Milliseconds since the epoch. */
	timeMs: number;
};

const podmanActions: Record<string, string> = {
	remove: 'destroy',
	died: 'die',
	healthstatus: 'health_status',
	exec: 'exec_start',
	exec_died: 'exec_die',
};

type LooseEvent = Partial<DockerEvent> & {status?: string; id?: string; from?: string};

export function eventKind(event: DockerEvent): EventKind {
	const loose = event as LooseEvent;
	const raw = String(loose.Action ?? loose.status ?? '');
	const colon = raw.indexOf(':');
	const base = (colon >= 0 ? raw.slice(0, colon) : raw).trim();
	const detail = colon >= 0 ? raw.slice(colon + 1).trim() : '';
	const action = podmanActions[base.toLowerCase()] ?? base;
	const attributes = loose.Actor?.Attributes ?? {};
	// Legacy messages without Type came only for containers (images had no `from`).
	const type = loose.Type ?? (loose.from ? 'container' : 'image');
	// Podman's volume events carry the name only in the attributes (Actor.ID is empty)
	const id = loose.Actor?.ID || loose.id || (type === 'volume' ? (attributes.name ?? '') : '');
	const timeNano = Number(loose.timeNano ?? 0) || Number(loose.time ?? 0) * 1e9;
	return {type, action, detail, id, attributes, timeNano, timeMs: timeNano > 0 ? Math.floor(timeNano / 1e6) : Date.now()};
}

/** Exit code of a die event: Docker's `exitCode`, Podman's `containerExitCode`. */
export function eventExitCode(kind: EventKind): number | null {
	const text = kind.attributes.exitCode ?? kind.attributes.containerExitCode;
	if (text === undefined || text === '') return null;
	const code = Number(text);
	return Number.isInteger(code) ? code : null;
}

/** Health carried by a health_status event: in the action suffix (Docker) or an attribute (Podman). */
export function eventHealth(kind: EventKind): Health | null {
	const text = (kind.detail || kind.attributes.health_status || kind.attributes.healthStatus || '').toLowerCase();
	return isHealth(text) ? text : null;
}

/** A key that identifies one event, for dropping a message seen twice (replayed after `since`). */
export function eventKey(kind: EventKind): string {
	return `${kind.timeNano}|${kind.type}|${kind.action}|${kind.detail}|${kind.id}`;
}
