import {Text} from 'ink';
import React from 'react';
import {describe, expect, it} from 'vitest';
import {createStatsBoard} from '../../../source/store/stats/stats-board.js';
import type {StatsFigures} from '../../../source/store/stats/stats-figures.js';
import {sameShownFigures, useShownFigures} from '../../../source/ui/hooks/use-shown-figures.js';
import {renderInk} from '../../support/ink.js';

const figures = (cpuPercent: number | null, memUsed: number): StatsFigures => ({at: 1, cpuPercent, memUsed, memLimit: 2e9, memPercent: 1, netRx: null, netTx: null, blkRead: null, blkWrite: null, pids: 1});
/** Until the board has notified its listeners (then a little longer, for any render it caused to be drawn). */
const notified = (board: ReturnType<typeof createStatsBoard>) =>
	new Promise<void>(resolve => {
		const stop = board.subscribe(() => {
			stop();
			setTimeout(resolve, 30);
		});
	});

describe('CPU/MEM figures as the list shows them', () => {
	it('are the same when every cell reads the same, whatever the raw numbers', () => {
		const before = new Map([['a', figures(0.12, 1_200_100)]]);
		expect(sameShownFigures(before, new Map([['a', figures(0.14, 1_200_900)]]))).toBe(true); // "0.1%", "1.2MB"
		expect(sameShownFigures(before, new Map([['a', figures(0.16, 1_200_100)]]))).toBe(false); // "0.2%"
		expect(sameShownFigures(before, new Map([['a', figures(null, 1_200_100)]]))).toBe(false); // "–"
		expect(sameShownFigures(before, new Map([['a', figures(0.12, 1_200_100)], ['b', figures(1, 1)]]))).toBe(false);
	});

	it('a sample that changes no cell draws no frame; one that does, draws one', async () => {
		const board = createStatsBoard({batchMs: 10});
		let renders = 0;
		function Cells() {
			renders++;
			const shown = useShownFigures(board);
			return <Text>{[...shown].map(([id, figure]) => `${id} ${figure.cpuPercent?.toFixed(1)}%`).join(' ') || 'none'}</Text>;
		}
		const ink = await renderInk(<Cells />);
		board.set('a', figures(0.12, 1_200_100));
		await ink.waitFor(/a 0\.1%/);
		const frames = ink.stdout.frames.length;
		const rendered = renders;
		const told = notified(board);
		board.set('a', figures(0.14, 1_200_900));
		await told;
		expect(renders).toBe(rendered);
		expect(ink.stdout.frames.length).toBe(frames);
		board.set('a', figures(2.5, 1_200_900));
		await ink.waitFor(/a 2\.5%/);
		expect(renders).toBe(rendered + 1);
		ink.unmount();
	});
});
