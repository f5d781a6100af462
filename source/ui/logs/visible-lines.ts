// Filter mode: which lines stay (those matching the search, with N lines of context around each).
// Match results are cached per line object, so each frame tests only the lines that are new.
import type {LogLine} from '../../store/logs/log-line.js';
import type {SearchPattern} from './search-pattern.js';

/** The lines a view shows: the feed's, then any lines still waiting for a newline. */
export type LineSource = {readonly count: number; at(index: number): LogLine};

export class MatchCache {
	private readonly results = new WeakMap<LogLine, boolean>();

	constructor(readonly pattern: SearchPattern) {}

	matches(line: LogLine): boolean {
		let result = this.results.get(line);
		if (result === undefined) {
			result = this.pattern.test.test(line.text);
			this.results.set(line, result);
		}
		return result;
	}
}

/** Indices of the lines to show, ascending. */
export function filterIndices(lines: LineSource, cache: MatchCache, context: number): number[] {
	const out: number[] = [];
	let shownUpTo = -1; // highest index already in `out`
	let after = 0; // context lines still owed after the last match
	for (let index = 0; index < lines.count; index++) {
		if (cache.matches(lines.at(index))) {
			for (let before = Math.max(shownUpTo + 1, index - context); before < index; before++) out.push(before);
			out.push(index);
			shownUpTo = index;
			after = context;
		} else if (after > 0) {
			out.push(index);
			shownUpTo = index;
			after--;
		}
	}
	return out;
}
