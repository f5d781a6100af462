// Containers as table rows: state symbol + word (readable without colour), name, compose
// project/service, image, status/uptime from timestamps, ports, exit code and restarts.
import type {ContainerState} from '../../engine/types.js';
import type {StatsFigures} from '../../store/stats/stats-figures.js';
import type {Container} from '../../store/types.js';
import {ageRefreshMs, formatAgo, formatDuration, labelChangesAt} from '../format/durations.js';
import {formatPorts} from '../format/ports.js';
import {formatPercent, formatSize} from '../format/stats-format.js';
import type {ColumnSpec} from '../layout/columns.js';
import {sanitizeLabel} from '../text/sanitize.js';
import type {Tone} from '../theme.js';
import {defaultSort, sortContainers, type ContainerSort} from './container-sort.js';
import type {TableRow} from './table-model.js';

export const containerColumns: ColumnSpec[] = [
	{id: 'symbol', title: ' ', priority: 0, min: 1, max: 1},
	{id: 'name', title: 'NAME', priority: 0, min: 8, max: 40, flex: true},
	// state ("restarting"), status ("up 12m (unhealthy)") and restart counts are read whole or they mislead
	{id: 'state', title: 'STATE', priority: 1, min: 7, max: 10, whole: true},
	{id: 'status', title: 'STATUS', priority: 2, min: 6, max: 28, whole: true},
	// empty (and so left out) when the CPU/MEM columns are off; after RESTARTS, which must stay whole
	{id: 'cpu', title: 'CPU', priority: 5, min: 5, max: 6, align: 'right', whole: true},
	{id: 'mem', title: 'MEM', priority: 5, min: 5, max: 7, align: 'right', whole: true},
	{id: 'image', title: 'IMAGE', priority: 3, min: 8, max: 32},
	// a crash loop's count comes before the image (and is empty, so left out, while nothing restarted)
	{id: 'restarts', title: 'RESTARTS', priority: 2, min: 8, max: 8, align: 'right', whole: true},
	{id: 'exit', title: 'EXIT', priority: 5, min: 4, max: 4, align: 'right'},
	{id: 'project', title: 'COMPOSE', priority: 6, min: 8, max: 28},
	{id: 'ports', title: 'PORTS', priority: 7, min: 8, max: 32},
];

const symbols: Record<ContainerState, string> = {
	running: '●', paused: '‖', restarting: '↻', created: '○', exited: '■', dead: '✖', removing: '✗', unknown: '?',
};

export function stateSymbol(state: ContainerState): string {
	return symbols[state];
}

export function stateTone(container: Pick<Container, 'state' | 'exitCode' | 'health'>): Tone {
	switch (container.state) {
		case 'running':
			return container.health === 'unhealthy' ? 'error' : 'ok';
		case 'paused':
		case 'restarting':
			return 'warn';
		case 'dead':
			return 'error';
		case 'exited':
			return container.exitCode !== null && container.exitCode !== 0 ? 'error' : 'muted';
		default:
			return 'muted';
	}
}

/** "up 3h", "up 2m (healthy)", "5m ago"; falls back to the daemon's own text when a time is unknown. */
export function containerStatus(container: Container, now: number): string {
	const health = container.health !== 'none' && container.state === 'running' ? ` (${container.health})` : '';
	if ((container.state === 'running' || container.state === 'paused') && container.startedAt) {
		return `up ${formatDuration(now - container.startedAt)}${health}`;
	}
	if ((container.state === 'exited' || container.state === 'dead') && container.finishedAt) return formatAgo(container.finishedAt, now);
	if (container.state === 'created') return `new ${formatAgo(container.createdAt, now)}`;
	if (container.state === 'restarting') {
		// the daemon's "Restarting (3) less than a second ago" is long and frozen at the last list poll
		const code = /^Restarting \((-?\d+)\)/.exec(container.status)?.[1] ?? container.exitCode;
		if (code !== null && code !== undefined) return `exit ${code}${container.finishedAt ? ` · ${formatAgo(container.finishedAt, now)}` : ''}`;
	}
	return sanitizeLabel(container.status).toLowerCase() + health;
}

/** When containerStatus's text can next change (Infinity: it does not depend on the clock). */
export function statusChangesAt(container: Container, now: number): number {
	const running = container.state === 'running' || container.state === 'paused';
	const since = running
		? container.startedAt
		: container.state === 'exited' || container.state === 'dead' || container.state === 'restarting'
			? container.finishedAt
			: container.state === 'created'
				? container.createdAt
				: null;
	return since ? labelChangesAt(since, now) : Number.POSITIVE_INFINITY;
}

export function composeLabel(container: Pick<Container, 'composeProject' | 'composeService'>): string {
	if (!container.composeProject && !container.composeService) return '';
	return sanitizeLabel(`${container.composeProject ?? '-'}/${container.composeService ?? '-'}`);
}

const noStatsCells = Object.freeze({cpu: '', mem: ''});

/** CPU and MEM cells of a running container with figures; blank otherwise (not running, not sampled). */
export function statsCells(container: Container, figures: StatsFigures | undefined): {readonly cpu: string; readonly mem: string} {
	if (container.state !== 'running' || !figures) return noStatsCells;
	return {cpu: formatPercent(figures.cpuPercent), mem: formatSize(figures.memUsed)};
}

export function containerRow(container: Container, now: number, figures?: StatsFigures): TableRow {
	const name = sanitizeLabel(container.name);
	const image = sanitizeLabel(container.image);
	const project = composeLabel(container);
	const exited = container.state === 'exited' || container.state === 'dead';
	const tone = stateTone(container);
	return {
		id: container.id,
		cells: {
			symbol: stateSymbol(container.state),
			name,
			state: container.state,
			status: containerStatus(container, now),
			...statsCells(container, figures),
			image,
			exit: exited && container.exitCode !== null ? String(container.exitCode) : '',
			project,
			ports: formatPorts(container.ports),
			restarts: container.restartCount > 0 ? String(container.restartCount) : '',
		},
		tones: {symbol: tone, state: tone, exit: tone, project: 'muted', ...(container.health === 'unhealthy' ? {status: 'error' as const} : {})},
		search: `${name} ${image} ${project} ${container.state} ${container.id.slice(0, 12)}`.toLowerCase(),
	};
}

export type RowCache = WeakMap<Container, TableRow>;

export type RowView = {sort?: ContainerSort; figures?: ReadonlyMap<string, StatsFigures>};

const noFigures: ReadonlyMap<string, StatsFigures> = new Map();

/**
 * Rows in the chosen order (by name, numeric-aware, unless told otherwise), so the list does not
 * jump when states change. With a cache, an unchanged container whose status, CPU and MEM texts did
 * not change keeps its row object, so its line is not re-rendered on a clock tick or a new sample.
 */
export function containerRows(containers: readonly Container[], now: number, cache?: RowCache, view: RowView = {}): TableRow[] {
	const figures = view.figures ?? noFigures;
	return rowsInOrder(sortContainers(containers, view.sort ?? defaultSort, figures), now, cache, figures);
}

/** Rows of containers already in order (the order is kept apart: a clock tick or a sample need not re-sort 1,000 names). */
export function rowsInOrder(ordered: readonly Container[], now: number, cache?: RowCache, figures: ReadonlyMap<string, StatsFigures> = noFigures): TableRow[] {
	return ordered.map(container => rowOf(container, now, cache, figures.get(container.id)));
}

/**
 * One container's row: the cached one while its status, CPU and MEM texts are unchanged. A row
 * remembers the figures it was made from, so the same sample is not formatted again.
 */
export function rowOf(container: Container, now: number, cache: RowCache | undefined, own: StatsFigures | undefined): TableRow {
	const cached = cache?.get(container);
	const made = cached ? madeFrom.get(cached) : undefined;
	// a clock tick formats only the statuses whose text it changes (one young row among 1,000, not all)
	if (cached && made && (now < made.until || cached.cells.status === containerStatus(container, now))) {
		if (now >= made.until) made.until = statusChangesAt(container, now);
		if (made.own === own) return cached;
		const {cpu, mem} = statsCells(container, own);
		if (cached.cells.cpu === cpu && cached.cells.mem === mem) {
			made.own = own;
			return cached;
		}
	}
	const row = containerRow(container, now, own);
	madeFrom.set(row, {until: statusChangesAt(container, now), own});
	cache?.set(container, row);
	return row;
}

/** Until when a row's status text holds (0: not known). */
export function statusValidUntil(row: TableRow): number {
	return madeFrom.get(row)?.until ?? 0;
}

/**
 * Until when a row's status text holds, and the figures its CPU/MEM texts show (rows are rebuilt,
 * never changed, so this stays true for the row object).
 */
const madeFrom = new WeakMap<TableRow, {until: number; own: StatsFigures | undefined}>();

/** How often the uptime/ago texts can change: as often as the youngest container's label does. */
export function containerRefreshMs(containers: readonly Container[], now: number): number {
	let refresh = 60_000;
	for (const container of containers) {
		const since = container.state === 'running' || container.state === 'paused' ? container.startedAt : container.finishedAt ?? container.createdAt;
		if (since !== null) refresh = Math.min(refresh, ageRefreshMs(now - since));
	}
	return refresh;
}
