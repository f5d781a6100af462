// Filter mode: which lines stay (those matching the search, with N lines of context around each).
// Match results are cached per line object, so each frame tests only the lines that are new, and
// the whole buffer is tested in time-budgeted slices (newest first) so no pattern blocks the keys.
import type {LogLine} from '../../store/logs/log-line.js';
import {matchesText, type SearchPattern} from './search-pattern.js';

/** The lines a view shows: the feed's, then any lines still waiting for a newline. */
export type LineSource = {readonly count: number; at(index: number): LogLine};

export class MatchCache {
	private readonly results = new WeakMap<LogLine, boolean>();

	constructor(readonly pattern: SearchPattern) {}

	/** The result if this line was tested already. */
	known(line: LogLine): boolean | undefined {
		return this.results.get(line);
	}

	matches(line: LogLine): boolean {
		let result = this.results.get(line);
		if (result === undefined) {
			result = matchesText(line.text, this.pattern);
			this.results.set(line, result);
		}
		return result;
	}

	/** How many of these lines are not tested yet. */
	untested(lines: LineSource): number {
		let left = 0;
		for (let index = 0; index < lines.count; index++) if (!this.results.has(lines.at(index))) left++;
		return left;
	}

	/** Tests untested lines, newest first, for at most ~`budgetMs`; returns how many are left untested. */
	scan(lines: LineSource, budgetMs: number): number {
		const deadline = performance.now() + budgetMs;
		let left = 0;
		for (let index = lines.count - 1; index >= 0; index--) {
			const line = lines.at(index);
			if (this.results.has(line)) continue;
			if (left === 0 && performance.now() < deadline) this.matches(line);
			else left++;
		}
		return left;
	}
}

/** Indices of the lines to show, ascending; lines not tested yet are left out. */
export function filterIndices(lines: LineSource, cache: MatchCache, context: number): number[] {
	const out: number[] = [];
	let shownUpTo = -1; // highest index already in `out`
	let after = 0; // context lines still owed after the last match
	for (let index = 0; index < lines.count; index++) {
		if (cache.known(lines.at(index)) === true) {
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
