// /events as dockerd streams it: the kept events in [since, until] first, then live ones; the
// stream ends at `until`. Legacy status/id/from fields before API 1.52.
import {parseFilters, timeParam} from './http-kit.js';
import type {DemoEvent} from './model.js';
import type {DemoContext, Route} from './router.js';
import {openStream, track} from './stream-writers.js';
import {atLeast} from './versions.js';

function eventMatches(event: DemoEvent, filters: Map<string, string[]>): boolean {
	const attributes = event.Actor.Attributes;
	for (const [key, values] of filters) {
		if (values.length === 0) continue;
		if (key === 'type' && !values.includes(event.Type)) return false;
		if (key === 'event' && !values.some(value => event.Action === value || event.Action.startsWith(`${value}:`))) return false;
		if (key === 'container' && (event.Type !== 'container' || !values.some(value => event.Actor.ID.startsWith(value) || attributes.name === value))) return false;
		if (key === 'image' && !values.some(value => attributes.image === value || attributes.name === value)) return false;
		if (key === 'label' && !values.every(entry => {
			const at = entry.indexOf('=');
			return at < 0 ? entry in attributes : attributes[entry.slice(0, at)] === entry.slice(at + 1);
		})) return false;
	}
	return true;
}

export function eventShape(event: DemoEvent, version: string) {
	if (atLeast(version, '1.52') || (event.Type !== 'container' && event.Type !== 'image')) return event;
	const legacy = {status: event.Action, id: event.Actor.ID, ...(event.Type === 'container' ? {from: event.Actor.Attributes.image} : {})};
	return {...legacy, ...event};
}

function events(ctx: DemoContext): void {
	const since = timeParam(ctx.query.get('since'));
	const until = timeParam(ctx.query.get('until'));
	const filters = parseFilters(ctx.query.get('filters'));
	const stream = openStream(ctx.res, 'application/json');
	track(stream.onEnd);
	const write = (event: DemoEvent) => {
		if (eventMatches(event, filters)) ctx.res.write(`${JSON.stringify(eventShape(event, ctx.version))}\n`);
	};
	const now = Date.now();
	if (since !== undefined) {
		for (const event of ctx.world.events) {
			const ms = event.timeNano / 1e6;
			if (ms >= since && (until === undefined || ms <= until)) write(event);
		}
	}
	if (until !== undefined && until <= now) {
		stream.end();
		return;
	}
	stream.onEnd(ctx.world.subscribe(write));
	// a timer longer than 2^31 - 1 ms fires at once in Node: an `until` weeks away simply never comes
	if (until !== undefined && until - now < 2 ** 31 - 1) {
		const timer = setTimeout(stream.end, until - now);
		stream.onEnd(() => clearTimeout(timer));
	}
}

export const eventRoutes: Route[] = [['GET', /^\/events$/, events]];
