// Compose projects in the container list: one row per project (fold mark, name, running/total,
// working dir), its containers under it by service. Containers without the label stay as they
// are. Groups sit where their first container falls in the chosen order.
import type {Container} from '../../store/types.js';
import {sanitizeLabel} from '../text/sanitize.js';
import type {TableRow} from './table-model.js';

const projectPrefix = 'project:';
export const workingDirLabel = 'com.docker.compose.project.working_dir';

export const projectRowId = (project: string) => `${projectPrefix}${project}`;

/** The project a row id stands for, or null for a container row. */
export function projectOfRow(id: string | null | undefined): string | null {
	return id?.startsWith(projectPrefix) ? id.slice(projectPrefix.length) : null;
}

/** The ids of the project's containers, in list order. */
export function projectMembers(containers: Iterable<Container>, project: string): string[] {
	return [...containers].filter(container => container.composeProject === project).map(container => container.id);
}

function projectRow(project: string, members: readonly Container[], folded: boolean): TableRow {
	const running = members.filter(member => member.state === 'running').length;
	const dir = members.map(member => member.labels[workingDirLabel]).find(Boolean);
	const name = sanitizeLabel(project);
	const state = `${running}/${members.length}`;
	return {
		id: projectRowId(project),
		cells: {symbol: folded ? '▸' : '▾', name, state, status: dir ? sanitizeLabel(dir) : '', project: 'compose'},
		tones: {symbol: 'muted', state: running === members.length ? 'ok' : running === 0 ? 'muted' : 'warn', status: 'muted', project: 'muted'},
		search: `${name} ${members.map(member => `${member.name} ${member.composeService ?? ''}`).join(' ')}`.toLowerCase(),
	};
}

/** A container row shown under its project: the service first, then the container's own name. */
function memberRow(row: TableRow, container: Container): TableRow {
	const service = sanitizeLabel(container.composeService ?? '-');
	return {...row, cells: {...row.cells, name: `  ${service} · ${row.cells.name}`, project: service}};
}

/** A member's row under its project, cached per row object so an unchanged container keeps its line. */
function cachedMemberRow(row: TableRow, container: Container, cache?: WeakMap<TableRow, TableRow>): TableRow {
	let member = cache?.get(row);
	if (!member) {
		member = memberRow(row, container);
		cache?.set(row, member);
	}
	return member;
}

/**
 * The rows with compose projects grouped. `ordered` are the containers in list order with their
 * rows. `placedAt`, when given, is filled with where each item's row went (-1: folded away).
 */
export function groupRows(ordered: ReadonlyArray<{container: Container; row: TableRow}>, folded: ReadonlySet<string>, cache?: WeakMap<TableRow, TableRow>, placedAt?: number[]): TableRow[] {
	const byProject = new Map<string, number[]>();
	ordered.forEach((item, index) => {
		const project = item.container.composeProject;
		if (!project) return;
		const members = byProject.get(project) ?? [];
		members.push(index);
		byProject.set(project, members);
	});
	const rows: TableRow[] = [];
	const placed = new Set<string>();
	ordered.forEach((item, index) => {
		const project = item.container.composeProject;
		if (!project) {
			if (placedAt) placedAt[index] = rows.length;
			rows.push(item.row);
			return;
		}
		if (placed.has(project)) return;
		placed.add(project);
		const members = byProject.get(project)!;
		const isFolded = folded.has(project);
		rows.push(projectRow(project, members.map(member => ordered[member]!.container), isFolded));
		for (const member of members) {
			if (placedAt) placedAt[member] = isFolded ? -1 : rows.length;
			if (!isFolded) rows.push(cachedMemberRow(ordered[member]!.row, ordered[member]!.container, cache));
		}
	});
	return rows;
}

export type GroupedMemo = {
	ordered: readonly Container[];
	folded: ReadonlySet<string>;
	/** The rows of `ordered`, by position, that `rows` were made from. */
	flat: readonly TableRow[];
	rows: TableRow[];
	/** Where each of `flat` went in `rows` (-1: folded away). */
	placedAt: number[];
};

/**
 * groupRows kept up to date: when only some rows changed (a CPU/MEM sample, a clock tick) and
 * not the containers, their order or the folds, those rows are put in place of their old ones;
 * anything else groups again. `flat` are the rows of `ordered`, position by position.
 */
export function updateGrouped(memo: GroupedMemo | null, ordered: readonly Container[], flat: readonly TableRow[], folded: ReadonlySet<string>, cache: WeakMap<TableRow, TableRow>): GroupedMemo {
	if (!memo || memo.ordered !== ordered || memo.folded !== folded || memo.flat.length !== flat.length) {
		const placedAt: number[] = [];
		const rows = groupRows(ordered.map((container, index) => ({container, row: flat[index]!})), folded, cache, placedAt);
		return {ordered, folded, flat, rows, placedAt};
	}
	if (memo.flat === flat) return memo;
	let rows = memo.rows;
	for (let index = 0; index < flat.length; index++) {
		const row = flat[index]!;
		const at = memo.placedAt[index]!;
		if (row === memo.flat[index] || at === -1) continue;
		const container = ordered[index]!;
		if (rows === memo.rows) rows = [...rows];
		rows[at] = container.composeProject ? cachedMemberRow(row, container, cache) : row;
	}
	return {...memo, flat, rows};
}
