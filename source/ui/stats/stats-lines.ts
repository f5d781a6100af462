// The stats view as plain lines: a label, the newest figure, and a sparkline of the last two
// minutes filling what is left of the width. Unknown figures read "–".
import type {StatsPoint, StatsStreamState} from '../../store/stats/stats-stream.js';
import {formatCount, formatPercent, formatRate, formatSize, unknownFigure} from '../format/stats-format.js';
import {fitCell} from '../text/display-width.js';
import {sparkline} from './sparkline.js';

type Series = {label: string; value: (point: StatsPoint) => number | null; text: (point: StatsPoint) => string; floor: number};

const series: Series[] = [
	{label: 'CPU', value: point => point.cpuPercent, text: point => formatPercent(point.cpuPercent), floor: 10},
	{
		label: 'MEM',
		value: point => point.memUsed,
		text: point => (point.memLimit === null ? formatSize(point.memUsed) : `${formatSize(point.memUsed)} / ${formatSize(point.memLimit)} ${formatPercent(point.memPercent)}`),
		floor: 1,
	},
	{label: 'NET RX', value: point => point.rates.netRx, text: point => formatRate(point.rates.netRx), floor: 1024},
	{label: 'NET TX', value: point => point.rates.netTx, text: point => formatRate(point.rates.netTx), floor: 1024},
	{label: 'BLK R', value: point => point.rates.blkRead, text: point => formatRate(point.rates.blkRead), floor: 1024},
	{label: 'BLK W', value: point => point.rates.blkWrite, text: point => formatRate(point.rates.blkWrite), floor: 1024},
	{label: 'PIDS', value: point => point.pids, text: point => formatCount(point.pids), floor: 1},
];

const labelWidth = 7;
const valueWidth = 28;

/** One line per figure, each exactly `width` cells. */
export function statsLines(points: readonly StatsPoint[], width: number): string[] {
	const latest = points.at(-1);
	const valueRoom = Math.min(valueWidth, Math.max(0, width - labelWidth - 1));
	const chartRoom = Math.max(0, width - labelWidth - valueRoom - 2);
	return series.map(item => {
		const text = latest ? item.text(latest) : unknownFigure;
		// a chart of nothing but unknowns says nothing: leave it blank
		const values = points.map(item.value);
		const chart = values.some(value => value !== null) ? sparkline(values, chartRoom, item.floor) : '';
		return fitCell(`${item.label.padEnd(labelWidth)}${fitCell(text, valueRoom)}${chartRoom > 0 ? `  ${chart}` : ''}`, width);
	});
}

export function statsStatus(state: StatsStreamState, running: boolean): string {
	if (!running) return 'not running: no live stats';
	switch (state.status) {
		case 'opening':
			return 'opening the stats stream…';
		case 'live':
			return `live · ${state.points.length} samples · last 2 min`;
		case 'ended':
			return 'the container stopped: stream ended';
		case 'failed':
			return `no stats: ${state.error ?? 'the daemon refused'}`;
	}
}
