// A one-line chart of the newest `width` values with the eight block heights; an unknown value is
// a blank cell. Scaled to the largest value shown (at least `floor`, so an idle 0.1 % CPU stays low).
const bars = '▁▂▃▄▅▆▇█';

export function sparkline(values: ReadonlyArray<number | null>, width: number, floor = 0): string {
	if (width <= 0) return '';
	const shown = values.slice(-width);
	let top = floor;
	for (const value of shown) if (value !== null && Number.isFinite(value) && value > top) top = value;
	const cells = shown.map(value => {
		if (value === null || !Number.isFinite(value)) return ' ';
		if (top <= 0) return bars[0];
		return bars[Math.min(bars.length - 1, Math.max(0, Math.round((value / top) * (bars.length - 1))))];
	});
	return cells.join('');
}
