// Which slice of a long list is on screen: only these rows are rendered, so 10 000 rows cost the
// same as 10. The window scrolls only as far as needed to keep the selection visible.

/** First visible index for a list of `count` rows in `height` lines, keeping `selected` in view. */
export function windowTop(selected: number, count: number, height: number, previousTop: number): number {
	if (height <= 0 || count <= height) return 0;
	const maxTop = count - height;
	let top = Math.min(Math.max(0, previousTop), maxTop);
	if (selected < top) top = selected;
	else if (selected >= top + height) top = selected - height + 1;
	return Math.min(Math.max(0, top), maxTop);
}

/** Index after a move; clamped, and 0 for an empty list. */
export function movedIndex(current: number, delta: number, count: number): number {
	if (count === 0) return 0;
	return Math.min(count - 1, Math.max(0, current + delta));
}

/** Where the selection is: its id's position, else the old index clamped (the row vanished). */
export function resolveSelection(ids: readonly string[], selectedId: string | null, fallbackIndex: number): number {
	if (ids.length === 0) return -1;
	if (selectedId !== null) {
		const found = ids.indexOf(selectedId);
		if (found !== -1) return found;
	}
	return Math.min(Math.max(0, fallbackIndex), ids.length - 1);
}
