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

/**
 * The rows with compose projects grouped. `ordered` are the containers in list order with their
 * rows; member rows are cached per row object so an unchanged container keeps its line.
 */
export function groupRows(ordered: ReadonlyArray<{container: Container; row: TableRow}>, folded: ReadonlySet<string>, cache?: WeakMap<TableRow, TableRow>): TableRow[] {
	const byProject = new Map<string, Array<{container: Container; row: TableRow}>>();
	for (const item of ordered) {
		const project = item.container.composeProject;
		if (!project) continue;
		const members = byProject.get(project) ?? [];
		members.push(item);
		byProject.set(project, members);
	}
	const rows: TableRow[] = [];
	const placed = new Set<string>();
	for (const item of ordered) {
		const project = item.container.composeProject;
		if (!project) {
			rows.push(item.row);
			continue;
		}
		if (placed.has(project)) continue;
		placed.add(project);
		const members = byProject.get(project)!;
		const isFolded = folded.has(project);
		rows.push(projectRow(project, members.map(member => member.container), isFolded));
		if (isFolded) continue;
		for (const member of members) {
			let row = cache?.get(member.row);
			if (!row) {
				row = memberRow(member.row, member.container);
				cache?.set(member.row, row);
			}
			rows.push(row);
		}
	}
	return rows;
}
