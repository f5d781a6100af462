// What an inspect section is made of: key/value fields (one line each) and real multi-column tables
// (drawn with ink-table). Heights are computable, so a section scrolls by lines without measuring.
import type {KeyValue} from '../components/key-value-table.js';

export type TableRow = Record<string, string>;

export type Block =
	| {kind: 'fields'; title?: string; items: KeyValue[]}
	| {kind: 'table'; title?: string; rows: TableRow[]; empty: string}
	| {kind: 'lines'; lines: string[]};

/** Lines an ink-table takes for n rows: top, header, rule, n rows with a rule between each, bottom. */
export function inkTableHeight(rows: number): number {
	return rows * 2 + 3;
}

export function blockHeight(block: Block): number {
	const title = 'title' in block && block.title ? 1 : 0;
	if (block.kind === 'fields') return title + block.items.length;
	if (block.kind === 'table') return title + (block.rows.length === 0 ? 1 : inkTableHeight(block.rows.length));
	return block.lines.length;
}

export function blocksHeight(blocks: readonly Block[]): number {
	return blocks.reduce((sum, block) => sum + blockHeight(block), 0);
}
