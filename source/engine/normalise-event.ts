// Gives every /events message the current shape: legacy status/id/from (still the only fields on
// very old daemons, dropped in API 1.52) fill Action/Actor.ID/Attributes.image; Type defaults to container.
import type {DockerEvent} from './types.js';

type RawEvent = {
	Type?: unknown;
	Action?: unknown;
	Actor?: {ID?: unknown; Attributes?: unknown} | null;
	status?: unknown;
	id?: unknown;
	from?: unknown;
	scope?: unknown;
	time?: unknown;
	timeNano?: unknown;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Returns undefined for a value that is not an event at all (no action, not an object). */
export function normaliseEvent(value: unknown): DockerEvent | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const raw = value as RawEvent;
	const action = text(raw.Action) ?? text(raw.status);
	if (!action) return undefined;
	const attributes: Record<string, string> = {};
	const given = raw.Actor?.Attributes;
	if (given && typeof given === 'object') {
		for (const [key, item] of Object.entries(given)) if (typeof item === 'string') attributes[key] = item;
	}
	const from = text(raw.from);
	if (from && attributes.image === undefined) attributes.image = from;
	const timeNano = count(raw.timeNano);
	const time = count(raw.time) ?? (timeNano === undefined ? 0 : Math.floor(timeNano / 1e9));
	const event: DockerEvent = {
		Type: text(raw.Type) ?? 'container',
		Action: action,
		Actor: {ID: text(raw.Actor?.ID) ?? text(raw.id) ?? '', Attributes: attributes},
		time,
		timeNano: timeNano ?? time * 1e9,
	};
	const scope = text(raw.scope);
	if (scope) event.scope = scope;
	return event;
}
