// Where the panes go for a terminal size: side by side when wide, stacked when narrow but tall
// enough, and only the focused pane on tiny terminals (40×12 stays usable).

export type ScreenLayout = {
	mode: 'side' | 'stack' | 'single';
	body: number; // rows between the tabs line and the footer
	list: {width: number; height: number} | null;
	detail: {width: number; height: number} | null;
};

export const chromeRows = 3; // header, tabs, footer

export function screenLayout(columns: number, rows: number, focus: 'list' | 'detail'): ScreenLayout {
	const width = Math.max(1, columns);
	const body = Math.max(1, rows - chromeRows);
	if (width >= 100 && body >= 6) {
		const listWidth = Math.min(120, Math.max(56, Math.round(width * 0.5)));
		return {mode: 'side', body, list: {width: listWidth, height: body}, detail: {width: width - listWidth - 1, height: body}};
	}
	if (body >= 17) {
		const listHeight = Math.floor((body - 1) * 0.5);
		return {mode: 'stack', body, list: {width, height: listHeight}, detail: {width, height: body - listHeight - 1}};
	}
	return focus === 'list'
		? {mode: 'single', body, list: {width, height: body}, detail: null}
		: {mode: 'single', body, list: null, detail: {width, height: body}};
}
