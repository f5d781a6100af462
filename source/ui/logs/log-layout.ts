// Scrolling over entries of different heights (a wrapped line takes several rows): where the top
// of the view is, how it moves, and which rows fill the view. Only entries near the view are measured.

/** The top of the view: an entry of the sequence and the row inside it. */
export type ViewTop = {entry: number; row: number};

export type Layout = {
	/** Number of entries. */
	count: number;
	/** Rows entry i takes (at least 1). */
	rowsOf(entry: number): number;
	height: number;
};

/** The top that shows the last rows (follow mode). */
export function bottomTop(layout: Layout): ViewTop {
	let remaining = layout.height;
	let entry = layout.count;
	while (entry > 0 && remaining > 0) {
		entry--;
		const rows = layout.rowsOf(entry);
		if (rows >= remaining) return {entry, row: rows - remaining};
		remaining -= rows;
	}
	return {entry: 0, row: 0};
}

function compare(a: ViewTop, b: ViewTop): number {
	return a.entry - b.entry || a.row - b.row;
}

/** Moves the top by `delta` rows (negative = up), kept between the first row and the bottom. */
export function moveTop(layout: Layout, top: ViewTop, delta: number): ViewTop {
	if (layout.count === 0) return {entry: 0, row: 0};
	let {entry, row} = top;
	row += delta;
	while (row < 0 && entry > 0) {
		entry--;
		row += layout.rowsOf(entry);
	}
	if (row < 0) row = 0;
	while (entry < layout.count && row >= layout.rowsOf(entry)) {
		row -= layout.rowsOf(entry);
		entry++;
	}
	const bottom = bottomTop(layout);
	const moved = {entry, row};
	return compare(moved, bottom) > 0 ? bottom : moved;
}

export function isAtBottom(layout: Layout, top: ViewTop): boolean {
	return compare(top, bottomTop(layout)) >= 0;
}

/** The rows on screen from `top`: which entry and which of its rows. */
export function visibleRows(layout: Layout, top: ViewTop): Array<{entry: number; row: number}> {
	const out: Array<{entry: number; row: number}> = [];
	let {entry, row} = top;
	while (out.length < layout.height && entry < layout.count) {
		const rows = layout.rowsOf(entry);
		for (; row < rows && out.length < layout.height; row++) out.push({entry, row});
		entry++;
		row = 0;
	}
	return out;
}
