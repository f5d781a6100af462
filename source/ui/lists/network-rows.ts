// Networks as table rows: name, driver, attached containers, id, scope, internal, age.
import type {NetworkItem} from '../../store/types.js';
import {formatAgo} from '../format/durations.js';
import type {ColumnSpec} from '../layout/columns.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {compareNames, shortId, type TableRow} from './table-model.js';

export const networkColumns: ColumnSpec[] = [
	{id: 'name', title: 'NAME', priority: 0, min: 10, max: 48, flex: true},
	{id: 'driver', title: 'DRIVER', priority: 1, min: 6, max: 10},
	{id: 'containers', title: 'CONTAINERS', priority: 2, min: 4, max: 10, align: 'right'},
	{id: 'id', title: 'ID', priority: 4, min: 12, max: 12},
	{id: 'scope', title: 'SCOPE', priority: 5, min: 5, max: 6},
	{id: 'internal', title: 'INTERNAL', priority: 6, min: 3, max: 8},
	{id: 'created', title: 'CREATED', priority: 3, min: 8, max: 10},
];

export function networkRows(networks: readonly NetworkItem[], now: number): TableRow[] {
	return [...networks].sort((a, b) => compareNames(a.name, b.name)).map(network => {
		const name = sanitizeLabel(network.name);
		return {
			id: network.id,
			cells: {
				name,
				driver: sanitizeLabel(network.driver),
				containers: String(network.containers),
				id: shortId(network.id),
				scope: sanitizeLabel(network.scope),
				internal: network.internal ? 'yes' : 'no',
				created: formatAgo(network.createdAt, now),
			},
			search: `${name} ${network.driver} ${shortId(network.id)}`.toLowerCase(),
		};
	});
}
