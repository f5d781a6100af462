// The raw inspect JSON as lines (secret env values masked unless revealed) and where a search hits.
import type {ContainerInspect} from '../../engine/types.js';
import {matchesText, type SearchPattern} from '../logs/search-pattern.js';
import {sanitizeLine} from '../text/sanitize.js';
import {maskInspect} from './secret-mask.js';

export function rawLines(inspect: ContainerInspect, reveal: boolean): string[] {
	return JSON.stringify(maskInspect(inspect, reveal), null, 2)
		.split('\n')
		.map(line => sanitizeLine(line, 2));
}

/** Indices of the lines the pattern matches, in order. */
export function matchingLines(lines: readonly string[], pattern: SearchPattern | null): number[] {
	if (!pattern) return [];
	const hits: number[] = [];
	lines.forEach((line, index) => {
		if (matchesText(line, pattern)) hits.push(index);
	});
	return hits;
}

/** The match after (or before) the line at `from`, wrapping around; null when there is none. */
export function nextMatch(hits: readonly number[], from: number, direction: 1 | -1): number | null {
	if (hits.length === 0) return null;
	if (direction === 1) return hits.find(line => line > from) ?? hits[0]!;
	return [...hits].reverse().find(line => line < from) ?? hits.at(-1)!;
}
