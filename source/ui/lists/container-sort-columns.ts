// The sorted column's header carries the direction ("CPU▼"); created and uptime mark STATUS.
import type {ColumnSpec} from '../layout/columns.js';
import {sortArrow, type ContainerSort, type SortKey} from './container-sort.js';

const columnOf: Record<SortKey, string> = {name: 'name', state: 'state', cpu: 'cpu', mem: 'mem', created: 'status', uptime: 'status'};

export function sortedColumns(columns: readonly ColumnSpec[], sort: ContainerSort): ColumnSpec[] {
	const id = columnOf[sort.key];
	const label = sort.key === 'created' ? 'CREATED' : sort.key === 'uptime' ? 'UPTIME' : null;
	return columns.map(column => (column.id === id ? {...column, title: `${label ?? column.title}${sortArrow(sort)}`} : column));
}
