// How one log line looks: gutter, optional time and container name, then the sanitised text cut to
// the width (with '…') or wrapped into rows; an over-long line ends with a marker saying how much
// was cut. Nothing here reaches the terminal unsanitised; the log's own colours come back as styled
// runs (log-colors.ts), never as its escape sequences.
import type {LogLine} from '../../store/logs/log-line.js';
import {displayWidth, truncateEnd} from '../text/display-width.js';
import {styledLine, type StyledSpan} from './log-colors.js';

export type LineFormat = {
	width: number;
	wrap: boolean;
	timestamps: boolean;
	/** Show the date too (the lines span more than one day). */
	showDate: boolean;
	/** Column width of the container name (merged views), 0 for none. */
	nameWidth: number;
	/** Keep the log's own SGR colours and styles (off under --no-color / NO_COLOR). */
	colors?: boolean;
};

export type LineRows = {
	/** Time and name columns of the first row, already padded. */
	time: string;
	name: string;
	/** The sanitised text (only its head when cut to the width), and each row's piece of it with the offset where the piece starts. */
	body: string;
	/** The log's own colours over `body` (empty without colours). */
	spans: StyledSpan[];
	rows: Array<{text: string; start: number}>;
	/** "⋯ kept 16.4k of 204.8k chars" when the line was too long to keep whole. */
	cutLabel: string | null;
};

export const gutterWidth = 1;

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
// eslint-disable-next-line no-control-regex
const ascii = /^[\u0020-\u007E]*$/;

const pad2 = (value: number) => String(value).padStart(2, '0');

/** Local time of a line: "23:49:06.155", or "11-26 23:49:06.155" with the date. */
export function formatLineTime(time: number, showDate: boolean): string {
	const date = new Date(time);
	const clock = `${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`;
	return showDate ? `${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${clock}` : clock;
}

export function formatCount(count: number): string {
	if (count < 1000) return String(count);
	if (count < 1_000_000) return `${(count / 1000).toFixed(1)}k`;
	return `${(count / 1_000_000).toFixed(1)}M`;
}

/**
 * What dockhand kept of an over-long line, said the same way in the pane and (in full figures) in
 * saved files: the kept head and the line's whole length, so the two numbers add up.
 */
export function cutText(line: Pick<LogLine, 'text' | 'cut'>): string {
	return `⋯ kept ${formatCount(line.text.length)} of ${formatCount(line.text.length + line.cut)} chars`;
}

/** Splits text into pieces of at most `width` cells (wide characters never split). */
export function wrapCells(text: string, width: number): Array<{text: string; start: number}> {
	const cells = Math.max(1, width);
	if (text.length === 0) return [{text: '', start: 0}];
	if (ascii.test(text)) {
		const out: Array<{text: string; start: number}> = [];
		for (let start = 0; start < text.length; start += cells) out.push({text: text.slice(start, start + cells), start});
		return out;
	}
	const out: Array<{text: string; start: number}> = [];
	let current = '';
	let used = 0;
	let start = 0;
	let offset = 0;
	for (const {segment} of segmenter.segment(text)) {
		const w = displayWidth(segment);
		if (used + w > cells && current !== '') {
			out.push({text: current, start});
			start = offset;
			current = '';
			used = 0;
		}
		current += segment;
		used += w;
		offset += segment.length;
	}
	out.push({text: current, start});
	return out;
}

/** Cells taken before the text: gutter, time column, name column. */
export function prefixWidth(format: LineFormat): number {
	const time = format.timestamps ? (format.showDate ? 19 : 13) : 0;
	const name = format.nameWidth > 0 ? format.nameWidth + 1 : 0;
	return gutterWidth + time + name;
}

export function layoutLine(line: LogLine, format: LineFormat, name = ''): LineRows {
	const bodyWidth = Math.max(1, format.width - prefixWidth(format));
	// cut to the width anyway: sanitise only a head of a long line (room for escapes and wide characters)
	const head = format.wrap ? line.text.length : bodyWidth * 4 + 64;
	let sliced = line.text.length > head;
	const colors = format.colors ?? false;
	let {text: body, spans} = styledLine(sliced ? line.text.slice(0, head) : line.text, colors);
	if (sliced && displayWidth(body) <= bodyWidth) {
		// mostly escape sequences up front: the whole line is needed to fill the width
		({text: body, spans} = styledLine(line.text, colors));
		sliced = false;
	}
	const cutLabel = line.cut > 0 ? ` ${cutText(line)}` : null;
	const time = format.timestamps ? `${formatLineTime(line.time, format.showDate)} ` : '';
	const nameColumn = format.nameWidth > 0 ? `${truncateEnd(name, format.nameWidth).padEnd(format.nameWidth)} ` : '';
	let rows: Array<{text: string; start: number}>;
	if (format.wrap) {
		rows = wrapCells(body, bodyWidth);
		const last = rows.at(-1)!;
		// the cut marker goes on its own row when the last one has no room for it
		if (cutLabel && displayWidth(last.text) + cutLabel.length > bodyWidth) rows.push({text: '', start: body.length});
	} else {
		const room = cutLabel ? Math.max(1, bodyWidth - cutLabel.length) : bodyWidth;
		const text = truncateEnd(body, room);
		// the head was sliced off a longer text: it ends with '…' even when it happens to fit (escaped: the bundle stays ASCII)
		rows = [{text: sliced && text === body ? `${truncateEnd(body, room - 1).replace(/\u2026$/, '')}…` : text, start: 0}];
	}
	return {time, name: nameColumn, body, spans, rows, cutLabel};
}

/** Keeps each visible line's layout across frames while the format stays the same. */
export class LineLayoutCache {
	private cache = new WeakMap<LogLine, LineRows>();
	private key = '';

	get(line: LogLine, format: LineFormat, name?: string): LineRows {
		const key = `${format.width}|${format.wrap}|${format.timestamps}|${format.showDate}|${format.nameWidth}|${format.colors}`;
		if (key !== this.key) {
			this.cache = new WeakMap();
			this.key = key;
		}
		let rows = this.cache.get(line);
		if (!rows) {
			rows = layoutLine(line, format, name);
			this.cache.set(line, rows);
		}
		return rows;
	}
}
