// Volumes as table rows: name, driver, compose project, age, scope.
import type {VolumeItem} from '../../store/types.js';
import {formatAgo} from '../format/durations.js';
import type {ColumnSpec} from '../layout/columns.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {compareNames, type TableRow} from './table-model.js';

const composeProjectLabel = 'com.docker.compose.project';

export const volumeColumns: ColumnSpec[] = [
	{id: 'name', title: 'NAME', priority: 0, min: 10, max: 64, flex: true},
	{id: 'driver', title: 'DRIVER', priority: 1, min: 6, max: 12},
	{id: 'project', title: 'PROJECT', priority: 3, min: 7, max: 20},
	{id: 'created', title: 'CREATED', priority: 2, min: 8, max: 10},
	{id: 'scope', title: 'SCOPE', priority: 4, min: 5, max: 6},
];

export function volumeRows(volumes: readonly VolumeItem[], now: number): TableRow[] {
	return [...volumes].sort((a, b) => compareNames(a.name, b.name)).map(volume => {
		const name = sanitizeLabel(volume.name);
		const project = sanitizeLabel(volume.labels[composeProjectLabel] ?? '');
		return {
			id: volume.name,
			cells: {name, driver: sanitizeLabel(volume.driver), project, created: formatAgo(volume.createdAt, now), scope: sanitizeLabel(volume.scope)},
			tones: {project: 'muted'},
			search: `${name} ${project} ${volume.driver}`.toLowerCase(),
		};
	});
}
