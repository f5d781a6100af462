// The entries a logs view scrolls through, as plain numbers so a frame allocates one array:
// a line index (≥ 0), a gap between filtered runs (-1), or a crash marker (-2 - marker index).
import type {CrashMarker} from '../../store/logs/crash-markers.js';
import type {LineSource} from './visible-lines.js';

export const gapEntry = -1;
export const markerEntry = (index: number) => -2 - index;
export const markerIndex = (entry: number) => -2 - entry;

const runStart = (marker: CrashMarker | undefined) => marker?.kind === 'restarted' || marker?.kind === 'started';

/**
 * Podman stamps logs in whole seconds: a line stamped 12:00:05 may have come at 12:00:05.9, after
 * a restart at .4. A restart's markers (and the death just before) go above the lines of their
 * second, so the new run's first lines are below them; an exit alone keeps its second's last lines
 * above it.
 */
function placedByWholeSecond(markers: readonly CrashMarker[], wholeSeconds: boolean): boolean[] {
	return markers.map((marker, index) => {
		const next = markers[index + 1];
		return wholeSeconds && (runStart(marker) || (runStart(next) && next!.time - marker.time < 2000));
	});
}

/**
 * Lines (all, or the filtered indices) with the markers placed by time before the first later line.
 * Markers older than the first line held are history the view does not show. `gaps` marks breaks in filtered runs.
 */
export function buildSequence(lines: LineSource, markers: readonly CrashMarker[], filtered: readonly number[] | null, gaps = true, wholeSeconds = false): number[] {
	const out: number[] = [];
	const bySecond = placedByWholeSecond(markers, wholeSeconds);
	const firstTime = lines.count > 0 ? lines.at(0).time : Number.NEGATIVE_INFINITY;
	let marker = 0;
	while (marker < markers.length && markers[marker]!.time < firstTime) marker++;
	const count = filtered ? filtered.length : lines.count;
	let previous = -1;
	for (let position = 0; position < count; position++) {
		const index = filtered ? filtered[position]! : position;
		const time = lines.at(index).time;
		const latest = Math.floor(time / 1000) * 1000 + 999;
		while (marker < markers.length && markers[marker]!.time < (bySecond[marker] ? latest : time)) out.push(markerEntry(marker++));
		if (filtered && gaps && previous !== -1 && index > previous + 1) out.push(gapEntry);
		out.push(index);
		previous = index;
	}
	while (marker < markers.length) out.push(markerEntry(marker++));
	return out;
}
