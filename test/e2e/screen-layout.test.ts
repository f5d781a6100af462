// Small and wide terminals with the built binary in tmux: every row is whole or cut with '…'
// (never pieces of two rows drawn over each other), overlays hide what is beneath them, and list
// columns show their content whole at 160 columns.
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {describeDaemon, needs, testDockerHost, testImage, testLabel, uniqueName} from '../support/daemon.js';
import {api, createTestContainer, removeContainers} from './actions-fixtures.js';
import {ensureBuilt, startTmux, type TmuxSession} from './tmux.js';

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
		}, 60_000);
	}
});

/** Where a box is drawn: its first and last rows (the borders) and its left and right border columns. */
function findBox(lines: readonly string[]): {top: number; bottom: number; left: number; right: number} | null {
	const top = lines.findIndex(line => line.includes('╭'));
	if (top < 0) return null;
	const chars = [...lines[top]!];
	const left = chars.indexOf('╭');
	const right = chars.indexOf('╮');
	const bottom = lines.findIndex((line, index) => index > top && [...line][left] === '╰');
	return bottom > top && right > left ? {top, bottom, left, right} : null;
}

/**
 * Pieces of the screen beneath that show through an overlay: runs of 3+ non-blank characters that
 * stand at the same place inside the overlay's borders (`with`) as they did without it (`without`).
 */
function showingThrough(without: string, withOverlay: string, region: {top: number; bottom: number; left: number; right: number}): string[] {
	const before = screenRows(without);
	const after = screenRows(withOverlay);
	const found: string[] = [];
	for (let row = region.top + 1; row < region.bottom; row++) {
		const a = [...(after[row] ?? '')];
		const b = [...(before[row] ?? '')];
		let run = '';
		for (let column = region.left + 1; column <= region.right; column++) {
			const same = column < region.right && a[column] !== undefined && a[column] !== ' ' && a[column] === b[column];
			if (same) run += a[column];
			else {
				if (run.length >= 3) found.push(`row ${row}: ${run}`);
				run = '';
			}
		}
	}
	return found;
}

describeDaemon('overlays hide what is beneath them', () => {
	const prefix = uniqueName('ovl');
	const ids: string[] = [];

	beforeAll(async () => {
		ensureBuilt();
		// long names fill every list row: anything beneath an overlay would show through
		ids.push(...(await Promise.all(Array.from({length: 12}, (_, index) => createTestContainer(`${prefix}-beneath-${String(index).padStart(2, '0')}-xxxxxxxxxxxxxxxxxxxxxxxx`, {start: true})))));
	});

	afterAll(async () => {
		await removeContainers(ids);
	});

	const overlays: Array<{name: string; keys: string[]; shows: RegExp}> = [
		{name: 'the confirm dialog', keys: ['d'], shows: /remove/i},
		{name: 'the prune menu', keys: ['X'], shows: /Prune what nothing uses/},
		{name: 'the signal menu', keys: ['C-k'], shows: /Send a signal/},
		{name: 'help', keys: ['?'], shows: /Keys/},
	];

	for (const [columns, rows] of [[80, 24], [40, 12]] as const) {
		it(`at ${columns}×${rows}: confirm, prune and signal menus and help cover the list, and fit`, async () => {
			const app = (session = await startTmux({columns, rows, env: {DOCKER_HOST: testDockerHost}}));
			await app.waitForText(/● connected/, 30_000);
			await app.sendKeys('/');
			await app.waitForText(/^\/.*\(\d+\/\d+\)/m, 20_000);
			await app.sendText(`${prefix}-beneath`);
			await app.sendKeys('Enter');
			for (const overlay of overlays) {
				const without = await app.waitUntilSettled(text => text.includes(prefix.slice(0, 12)) && !text.includes('╭') && !overlay.shows.test(text), 20_000);
				await app.sendKeys(...overlay.keys);
				const withOverlay = await app.waitUntilSettled(text => overlay.shows.test(text), 20_000);
				const lines = screenRows(withOverlay);
				expect(lines, overlay.name).toHaveLength(rows);
				for (const line of lines) expect(cells(line), `${overlay.name}: ${line}`).toBeLessThanOrEqual(columns);
				// help takes the whole body; the others are boxes, drawn whole (both borders on screen)
				const region = overlay.name === 'help' ? {top: 1, bottom: rows - 1, left: -1, right: columns} : findBox(lines);
				expect(region, `${overlay.name} is a whole box:\n${withOverlay}`).not.toBeNull();
				expect(showingThrough(without, withOverlay, region!), `${overlay.name}:\n${withOverlay}`).toEqual([]);
				await app.sendKeys('Escape');
			}
		}, 120_000);
	}
});

describeDaemon('list columns at 160 columns', () => {
	const prefix = uniqueName('col');
	const ids: string[] = [];

	beforeAll(async () => {
		ensureBuilt();
		const create = async (name: string, extra: Record<string, unknown>) => {
			const {json} = await api<{Id: string}>('POST', `/containers/create?name=${name}`, {Image: testImage, Labels: {[testLabel]: '1'}, ...extra, HostConfig: {NetworkMode: 'none', ...(extra.HostConfig as object)}});
			ids.push(json.Id);
			await api('POST', `/containers/${json.Id}/start`);
		};
		const forever = ['sh', '-c', 'trap exit TERM; while :; do sleep 1; done'];
		// a long name, a failing health check, a crash loop
		await create(`${prefix}-a-rather-long-service-name-x`, {Cmd: forever});
		await create(`${prefix}-sick`, {Cmd: forever, Healthcheck: {Test: ['CMD-SHELL', 'exit 1'], Interval: 1_000_000_000, Timeout: 1_000_000_000, Retries: 1}});
		await create(`${prefix}-loop`, {Cmd: ['sh', '-c', 'exit 3'], HostConfig: {RestartPolicy: {Name: 'always'}}});
	});

	afterAll(async () => {
		await removeContainers(ids);
	});

	it.skipIf(!needs('real-daemon', 'a health check command that really fails and a restart policy that really restarts'))('shows STATE, STATUS and RESTARTS whole: "(unhealthy)" is visible and the RESTARTS title is not cut', async () => {
		const app = (session = await startTmux({columns: 160, rows: 30, env: {DOCKER_HOST: testDockerHost}}));
		await app.waitForText(/● connected/, 30_000);
		await app.sendKeys('/');
		await app.waitForText(/^\/.*\(\d+\/\d+\)/m, 20_000);
		await app.sendText(prefix);
		await app.sendKeys('Enter');
		// the list is the left pane (the detail pane is right of '│')
		const listOf = (text: string) => screenRows(text).map(line => line.split('│')[0]!);
		// the crash loop is judged while it waits to restart (docker's back-off grows to seconds)
		const screen = await app.waitUntilSettled(text => listOf(text).some(line => line.includes('(unhealthy)')) && listOf(text).some(line => /restarting .* \d+ *$/.test(line)), 20_000);
		const list = listOf(screen);
		const header = list.find(line => /\bNAME\b/.test(line))!;
		expect(header).toMatch(/\bSTATE +STATUS\b.* RESTARTS\b/);
		expect(header).not.toContain('…');
		expect(list.find(line => line.includes('(unhealthy)'))).toMatch(/running +up \S+ \(unhealthy\)/);
		// names and images may be cut with '…', never STATE or STATUS (up to the next column's title)
		const statusAt = header.indexOf('STATUS');
		const gap = header.slice(statusAt + 'STATUS'.length).search(/\S/);
		const statusEnd = gap === -1 ? header.length : statusAt + 'STATUS'.length + gap;
		for (const line of list.filter(line => line.includes(prefix.slice(0, 12)))) {
			expect(line.slice(header.indexOf('STATE'), statusEnd), line).not.toContain('…');
		}
	}, 60_000);
});
