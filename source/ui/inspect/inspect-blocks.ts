// What an inspect section is made of: key/value fields (one line each) and real multi-column tables
// (drawn with ink-table). Heights are computable, so a section scrolls by lines without measuring.
import {tableHeight, type KeyValue} from '../components/key-value-table.js';

export type TableRow = Record<string, string>;

export type Block =
	| {kind: 'fields'; title?: string; items: KeyValue[]}
	| {kind: 'table'; title?: string; rows: TableRow[]; empty: string}
	| {kind: 'lines'; lines: string[]};

export function blockHeight(block: Block): number {
	const title = 'title' in block && block.title ? 1 : 0;
	if (block.kind === 'fields') return title + block.items.length;
	if (block.kind === 'table') return title + (block.rows.length === 0 ? 1 : tableHeight(block.rows.length));
	return block.lines.length;
}

export function blocksHeight(blocks: readonly Block[]): number {
	return blocks.reduce((sum, block) => sum + blockHeight(block), 0);
}
