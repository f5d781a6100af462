// Everything a logs frame needs, computed from the feed snapshot and the pane's state: the entries
// (lines, markers, filter gaps), where the view's top is, and the rows on screen with their
// highlights. Also the scroll and n/N moves, returned as new anchors. Pure: no React, no terminal.
import type {CrashMarker} from '../../store/logs/crash-markers.js';
import type {LogFeed} from '../../store/logs/log-feed.js';
import type {LogLine} from '../../store/logs/log-line.js';
import {bottomTop, isAtBottom, moveTop, visibleRows, type Layout, type ViewTop} from './log-layout.js';
import {buildSequence, gapEntry, markerIndex} from './log-sequence.js';
import type {LineFormat, LineLayoutCache} from './line-format.js';
import type {StyledSpan} from './log-colors.js';
import type {Anchor, LogsViewState} from './logs-view-state.js';
import {markerLine} from './marker-label.js';
import {matchRanges, type SearchPattern} from './search-pattern.js';
import {filterIndices, MatchCache, type LineSource} from './visible-lines.js';
import type {Tone} from '../theme.js';

export type LineRow = {
	kind: 'line';
	key: string;
	line: LogLine;
	first: boolean;
	time: string;
	name: string;
	/** Index of the container in the view (picks the name colour). */
	source: number;
	text: string;
	highlights: Array<[number, number]>;
	/** The log's own colours over `text` (same key and text: same colours). */
	colors: StyledSpan[];
	current: boolean;
	cutLabel: string | null;
};
export type RowModel = LineRow | {kind: 'marker'; key: string; text: string; tone: Tone} | {kind: 'gap'; key: string};

export type ViewInput = {
	feed: LogFeed;
	markers: readonly CrashMarker[];
	/** The engine stamps log lines in whole seconds (Podman): markers go above the lines of their second. */
	wholeSecondTimes?: boolean;
	state: LogsViewState;
	pattern: SearchPattern | null;
	width: number;
	/** Rows for log lines (the pane's height minus its own header/footer). */
	height: number;
	containerIds: readonly string[];
	/** Display names by container id (used in merged views). */
	names: ReadonlyMap<string, string>;
	/** A service's log: each line named by its own task and node (not by the stream it came in), and coloured by task. */
	origin?: LineOrigin;
	layoutCache: LineLayoutCache;
	matchCache: MatchCache | null;
	/** Keep the log's own colours (off under --no-color / NO_COLOR). */
	colors?: boolean;
};

export type LineOrigin = {name(line: LogLine): string; source(line: LogLine): number; width: number};

const dayOf = (time: number) => new Date(time).toDateString();

/** What n/N may spend testing lines the slices have not reached yet. */
const findBudgetMs = 50;

const noColors: StyledSpan[] = [];

export class LogsViewModel {
	readonly lines: LineSource;
	readonly sequence: number[];
	readonly layout: Layout;
	readonly top: ViewTop;
	readonly format: LineFormat;
	/** Lines not yet tested against the search (0 = the filter and n/N see every line); the pane tests them in slices. */
	readonly unscanned: number;
	private readonly merged: boolean;
	private readonly pending: readonly LogLine[];

	constructor(private readonly input: ViewInput) {
		const {feed, state} = input;
		const pending = feed.pending;
		this.pending = pending;
		this.lines = {count: feed.size + pending.length, at: index => (index < feed.size ? feed.at(index)! : pending[index - feed.size]!)};
		this.merged = input.containerIds.length > 1 || input.origin !== undefined;
		const nameWidth = input.origin ? input.origin.width : this.merged ? Math.min(20, Math.max(4, ...input.containerIds.map(id => (input.names.get(id) ?? id).length))) : 0;
		const first = this.lines.count > 0 ? this.lines.at(0).time : 0;
		const last = this.lines.count > 0 ? this.lines.at(this.lines.count - 1).time : 0;
		this.format = {width: input.width, wrap: state.wrap, timestamps: state.timestamps, showDate: dayOf(first) !== dayOf(last), nameWidth, colors: input.colors ?? false};
		this.unscanned = input.matchCache ? input.matchCache.untested(this.lines) : 0;
		const filtered = state.filter && input.matchCache ? filterIndices(this.lines, input.matchCache, state.context) : null;
		this.sequence = buildSequence(this.lines, input.markers, filtered, state.context > 0, input.wholeSecondTimes);
		this.layout = {count: this.sequence.length, height: Math.max(1, input.height), rowsOf: entry => this.rowsOf(entry)};
		this.top = this.resolveTop(state);
	}

	/** The view is following the newest lines (or shows them all anyway). */
	get atBottom(): boolean {
		return isAtBottom(this.layout, this.top);
	}

	rows(): RowModel[] {
		const out: RowModel[] = [];
		const highlightCache = new Map<LogLine, Array<[number, number]>>();
		for (const {entry, row} of visibleRows(this.layout, this.top)) {
			const value = this.sequence[entry]!;
			if (value === gapEntry) {
				out.push({kind: 'gap', key: `gap-${entry}`});
				continue;
			}
			if (value < 0) {
				const marker = this.input.markers[markerIndex(value)]!;
				const {text, tone} = markerLine(marker, this.merged ? this.nameOf(marker.containerId) : null, this.format.showDate);
				out.push({kind: 'marker', key: `marker-${marker.containerId}-${marker.time}-${marker.kind}`, text, tone});
				continue;
			}
			const line = this.lines.at(value);
			const layout = this.layoutOf(line);
			const piece = layout.rows[row]!;
			let ranges = highlightCache.get(line);
			if (!ranges) {
				ranges = this.input.pattern && this.input.matchCache?.known(line) !== false ? matchRanges(layout.body, this.input.pattern) : [];
				highlightCache.set(line, ranges);
			}
			const visibleLength = !this.format.wrap && piece.text.length < layout.body.length ? piece.text.length - 1 : piece.text.length;
			const highlights = ranges
				.map(([start, end]): [number, number] => [Math.max(start, piece.start) - piece.start, Math.min(end, piece.start + visibleLength) - piece.start])
				.filter(([start, end]) => end > start);
			const colors = layout.spans.length === 0 ? noColors : layout.spans
				.map(span => ({start: Math.max(span.start, piece.start) - piece.start, end: Math.min(span.end, piece.start + visibleLength) - piece.start, style: span.style}))
				.filter(span => span.end > span.start);
			out.push({
				kind: 'line',
				key: `${line.containerId}-${line.seq}-${row}`,
				line,
				first: row === 0,
				time: row === 0 ? layout.time : ' '.repeat(layout.time.length),
				name: row === 0 ? layout.name : ' '.repeat(layout.name.length),
				source: this.input.origin ? this.input.origin.source(line) : Math.max(0, this.input.containerIds.indexOf(line.containerId)),
				text: piece.text,
				highlights,
				colors,
				current: this.input.state.current === line,
				cutLabel: row === layout.rows.length - 1 ? layout.cutLabel : null,
			});
		}
		return out;
	}

	/** The anchor after scrolling `delta` rows; null when that reaches the bottom (follow again). */
	scroll(delta: number): Anchor | null {
		const top = moveTop(this.layout, this.top, delta);
		return isAtBottom(this.layout, top) && delta > 0 ? null : this.anchorAt(top);
	}

	/** The anchor for the very first row. */
	home(): Anchor | null {
		return this.anchorAt({entry: 0, row: 0});
	}

	/**
	 * The next (1) or previous (-1) matching line from the current match, or from the view's top/bottom;
	 * wraps around. 'searching' when no tested line matches yet and some are still untested.
	 */
	findMatch(requested: 1 | -1): {line: LogLine; anchor: Anchor; wrapped: boolean} | 'searching' | null {
		const cache = this.input.matchCache;
		if (!cache) return null;
		// a key may spend a little more than a slice to finish the search before answering
		const untested = this.unscanned > 0 ? cache.scan(this.lines, findBudgetMs) : 0;
		const lineEntries = this.sequence.filter(value => value >= 0);
		if (lineEntries.length === 0) return null;
		const current = this.input.state.current;
		// following: the first jump goes to the newest match, whichever way
		const direction = !current && this.input.state.follow ? -1 : requested;
		let start: number;
		const position = (index: number) => {
			const found = lineEntries.findIndex(value => value >= index);
			return found === -1 ? lineEntries.length : found;
		};
		if (current) {
			const index = this.indexOfLine(current);
			start = position(index) + (direction === 1 && this.lines.at(index) === current ? 1 : 0) - (direction === -1 ? 1 : 0);
		} else if (this.input.state.follow) {
			start = lineEntries.length - 1;
		} else {
			const topLine = this.firstLineAtOrAfter(this.top.entry);
			start = topLine === null ? lineEntries.length - 1 : position(topLine) + (direction === 1 ? 0 : -1);
		}
		for (let step = 0; step < lineEntries.length; step++) {
			const raw = start + direction * step;
			const wrappedAround = raw < 0 || raw >= lineEntries.length;
			const slot = ((raw % lineEntries.length) + lineEntries.length) % lineEntries.length;
			const line = this.lines.at(lineEntries[slot]!);
			if (cache.known(line) === true) {
				// show a few rows above the match for context
				const above = Math.min(2, Math.floor(this.layout.height / 3));
				return {line, anchor: {line, row: -above}, wrapped: wrappedAround};
			}
		}
		return untested > 0 ? 'searching' : null;
	}

	private nameOf(id: string): string {
		return this.input.names.get(id) ?? id.slice(0, 12);
	}

	private layoutOf(line: LogLine) {
		const name = this.input.origin ? this.input.origin.name(line) : this.merged ? this.nameOf(line.containerId) : '';
		return this.input.layoutCache.get(line, this.format, name);
	}

	private rowsOf(entry: number): number {
		const value = this.sequence[entry]!;
		if (value < 0 || !this.format.wrap) return 1;
		return this.layoutOf(this.lines.at(value)).rows.length;
	}

	private indexOfLine(line: LogLine): number {
		const {feed} = this.input;
		const pendingIndex = this.pending.indexOf(line);
		return pendingIndex >= 0 ? feed.size + pendingIndex : feed.indexOf(line);
	}

	/** Sequence position of the first entry showing line `index` or a later line. */
	private entryOfIndex(index: number): number {
		for (let entry = 0; entry < this.sequence.length; entry++) if (this.sequence[entry]! >= index) return entry;
		return this.sequence.length;
	}

	private firstLineAtOrAfter(entry: number): number | null {
		for (let probe = entry; probe < this.sequence.length; probe++) if (this.sequence[probe]! >= 0) return this.sequence[probe]!;
		return null;
	}

	private resolveTop(state: LogsViewState): ViewTop {
		if (state.follow || !state.anchor) return bottomTop(this.layout);
		const entry = this.entryOfIndex(this.indexOfLine(state.anchor.line));
		return moveTop(this.layout, {entry, row: 0}, state.anchor.row);
	}

	private anchorAt(top: ViewTop): Anchor | null {
		for (let entry = top.entry, rows = 0; entry < this.sequence.length; entry++) {
			const value = this.sequence[entry]!;
			if (value >= 0) return {line: this.lines.at(value), row: entry === top.entry ? top.row : -(rows - top.row)};
			rows += this.rowsOf(entry);
		}
		return null;
	}
}
