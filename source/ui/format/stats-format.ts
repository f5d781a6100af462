// Stats figures as short cells: "52.9%", "335kB", "1.2MB/s"; unknown is "–", never NaN.
import {formatBytes} from './byte-size.js';

export const unknownFigure = '–';

export function formatPercent(value: number | null | undefined): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return unknownFigure;
	return `${value >= 99.95 ? value.toFixed(0) : value.toFixed(1)}%`;
}

export function formatSize(value: number | null | undefined): string {
	if (value === null || value === undefined || !Number.isFinite(value) || value < 0) return unknownFigure;
	return formatBytes(value);
}

export function formatRate(value: number | null | undefined): string {
	const size = formatSize(value);
	return size === unknownFigure ? size : `${size}/s`;
}

export function formatCount(value: number | null | undefined): string {
	return value === null || value === undefined || !Number.isFinite(value) ? unknownFigure : String(Math.round(value));
}
