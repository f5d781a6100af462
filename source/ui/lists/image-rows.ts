// Images as table rows: repo:tag (first tag, "+N" more), short id, size, age, containers using it.
import type {Image} from '../../store/types.js';
import {formatBytes} from '../format/byte-size.js';
import {formatAgo} from '../format/durations.js';
import type {ColumnSpec} from '../layout/columns.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {compareNames, shortId, type TableRow} from './table-model.js';

export const imageColumns: ColumnSpec[] = [
	{id: 'tag', title: 'REPOSITORY:TAG', priority: 0, min: 10, max: 60, flex: true},
	{id: 'id', title: 'ID', priority: 2, min: 12, max: 12},
	{id: 'size', title: 'SIZE', priority: 1, min: 7, max: 8, align: 'right'},
	{id: 'created', title: 'CREATED', priority: 3, min: 8, max: 10},
	{id: 'used', title: 'USED BY', priority: 4, min: 4, max: 7, align: 'right'},
];

export function imageTitle(image: Pick<Image, 'tags'>): string {
	if (image.tags.length === 0) return '<none>:<none>';
	const first = sanitizeLabel(image.tags[0]!);
	return image.tags.length > 1 ? `${first} +${image.tags.length - 1}` : first;
}

export function imageRow(image: Image, now: number): TableRow {
	const tag = imageTitle(image);
	return {
		id: image.id,
		cells: {
			tag,
			id: shortId(image.id),
			size: formatBytes(image.size),
			created: formatAgo(image.createdAt, now),
			used: image.containers < 0 ? '-' : String(image.containers),
		},
		tones: image.dangling ? {tag: 'muted'} : image.containers > 0 ? {used: 'ok'} : undefined,
		search: `${image.tags.map(sanitizeLabel).join(' ')} ${shortId(image.id)}`.toLowerCase(),
	};
}

/** Tagged images by name, dangling ones last. */
export function imageRows(images: readonly Image[], now: number): TableRow[] {
	return [...images]
		.sort((a, b) => Number(a.tags.length === 0) - Number(b.tags.length === 0) || compareNames(a.tags[0] ?? a.id, b.tags[0] ?? b.id))
		.map(image => imageRow(image, now));
}
