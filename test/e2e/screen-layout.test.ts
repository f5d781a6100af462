// Small and wide terminals with the built binary in tmux: every row is whole or cut with '…'
// (never pieces of two rows drawn over each other), overlays hide what is beneath them, and list
// columns show their content whole at 160 columns.
import {afterEach, describe, expect, it} from 'vitest';
import {startTmux, type TmuxSession} from './tmux.js';

let session: TmuxSession | undefined;

afterEach(async () => {
	await session?.kill();
	session = undefined;
});

const cells = (line: string) => [...line].length;

/** The screen's rows (tmux pads nothing; a trailing newline ends the last one). */
export function screenRows(screen: string): string[] {
	return screen.replace(/\n$/, '').split('\n');
}

describe('the "Cannot reach the Docker daemon" screen', () => {
	for (const [columns, rows] of [[40, 12], [80, 24]] as const) {
		it(`at ${columns}×${rows} shows whole rows (or rows cut with …) on every redraw, and says nothing is stale before any connection`, async () => {
			session = await startTmux({columns, rows, env: {DOCKER_HOST: 'unix:///run/dockhand-nowhere/docker.sock'}});
			const countdowns = new Set<string>();
			// the countdown redraws the screen every second: judge three different frames
			while (countdowns.size < 3) {
				const screen = await session.waitUntil(text => /Retrying in \d+s \(attempt \d+\)/.test(text) && !countdowns.has(/Retrying in \d+s \(attempt \d+\)/.exec(text)![0]), 15_000);
				countdowns.add(/Retrying in \d+s \(attempt \d+\)/.exec(screen)![0]);
				const lines = screenRows(screen);
				expect(lines).toHaveLength(rows);
				for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(columns);
				expect(lines[0]).toMatch(/^dockhand ◌ not connected/);
				expect(screen).not.toContain('stale');
				expect(lines.filter(line => line.includes('Cannot reach'))).toEqual([' Cannot reach the Docker daemon']);
				expect(lines.filter(line => line.includes('Retrying'))).toEqual([expect.stringMatching(/^ Retrying in \d+s \(attempt \d+\) …$/)]);
				expect(lines.filter(line => line.includes('quits'))).toEqual([' q quits']);
				expect(lines.filter(line => line.includes('Reason:'))).toEqual([expect.stringMatching(/^ Reason: {3}\S/)]);
			}
		});
	}
});
