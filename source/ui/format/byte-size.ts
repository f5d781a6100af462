// Sizes the way docker prints them: decimal units, three significant digits ("1.23MB", "512kB").
const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return '-';
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < UNITS.length - 1) {
		value /= 1000;
		unit += 1;
	}
	if (unit === 0) return `${value}B`;
	const text = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
	// trailing zeros of a fraction only: "300MB" stays 300, "1.50MB" reads 1.5
	return `${text.includes('.') ? text.replace(/\.?0+$/, '') : text}${UNITS[unit]}`;
}
