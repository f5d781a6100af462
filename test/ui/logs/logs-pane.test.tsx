import {stripVTControlCharacters as plain} from 'node:util';
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import type {LogChunk} from '../../../source/engine/types.js';
import {createLogService, type LogService} from '../../../source/store/logs/log-service.js';
import {CommandRouter} from '../../../source/ui/hooks/use-commands.js';
import {LogsPane} from '../../../source/ui/logs/logs-pane.js';
import {renderInk, type InkHarness} from '../../support/ink.js';
import {fakeLogEngine, type FakeStream} from '../../store/logs/fakes.js';
import {setColorEnabled} from '../../../source/ui/theme.js';
import {container, fakeServices, fakeStore, makeState, withServices} from '../fixtures.js';

let harness: InkHarness | undefined;
let service: LogService | undefined;
afterEach(() => {
	setColorEnabled(true);
	harness?.unmount();
	service?.close();
	harness = undefined;
});

const encoder = new TextEncoder();
const base = Date.UTC(2026, 0, 1, 12, 0, 0);
const stamp = (ms: number) => `${new Date(ms).toISOString().replace('Z', '')}000000Z `;
const out = (index: number, text: string, stream: LogChunk['stream'] = 'stdout'): LogChunk => ({stream, data: encoder.encode(`${stamp(base + index * 10)}${text}\n`)});

async function setup(options: {ids?: string[]; containers?: ReturnType<typeof container>[]; rows?: number; columns?: number} = {}) {
	const containers = options.containers ?? [container({id: 'a1', name: 'web'})];
	const store = fakeStore(makeState({containers}));
	const {engine, streams} = fakeLogEngine();
	service = createLogService(engine, store, {frameMs: 10});
	const services = fakeServices(store, {logs: service});
	const tree = (
		<CommandRouter focused={['logs', 'detail']}>
			<LogsPane containerIds={options.ids ?? [containers[0]!.id]} width={options.columns ?? 60} height={(options.rows ?? 12) - 0} focused />
		</CommandRouter>
	);
	const ink = await renderInk(withServices(services, tree), {columns: options.columns ?? 60, rows: options.rows ?? 12});
	harness = ink;
	// assertions read the frame as a user sees it: styles stripped
	const view = {
		...ink,
		lastFrame: () => plain(ink.lastFrame()),
		waitFor: async (test: RegExp | ((frame: string) => boolean), timeoutMs?: number) =>
			plain(await ink.waitFor(frame => (typeof test === 'function' ? test(plain(frame)) : test.test(plain(frame))), timeoutMs)),
	};
	const wait = async (count: number) => {
		const deadline = Date.now() + 2000;
		while (streams.length < count) {
			if (Date.now() > deadline) throw new Error('no stream opened');
			await new Promise(resolve => setTimeout(resolve, 2));
		}
	};
	await wait(1);
	return {harness: view, raw: ink, streams, store, wait};
}

const push = (stream: FakeStream, from: number, count: number, text = (index: number) => `line ${index}`) => {
	for (let index = from; index < from + count; index++) stream.push(out(index, text(index)));
};

describe('LogsPane', () => {
	it('follows the newest lines and marks stderr', async () => {
		const {harness, streams} = await setup();
		push(streams[0]!, 0, 30);
		streams[0]!.push(out(30, 'boom on stderr', 'stderr'));
		const frame = await harness.waitFor(/boom on stderr/);
		expect(frame).toContain('line 29');
		expect(frame).not.toContain('line 5\n');
		expect(frame).toMatch(/▌boom on stderr/);
		expect(frame).toMatch(/ line 29/);
		expect(frame).toContain('● live');
		expect(frame).toContain('▼ following');
	});

	it('scrolling up pauses and counts new lines; G follows again', async () => {
		const {harness, streams} = await setup();
		push(streams[0]!, 0, 30);
		await harness.waitFor(/line 29/);
		await harness.press('up', 'up', 'up');
		push(streams[0]!, 30, 5);
		const paused = await harness.waitFor(/5 new lines/);
		expect(paused).toContain('⏸ paused');
		expect(paused).not.toContain('line 34');
		await harness.press('G');
		await harness.waitFor(frame => frame.includes('line 34') && frame.includes('▼ following'));
	});

	it('toggles timestamps', async () => {
		const {harness, streams} = await setup();
		push(streams[0]!, 0, 3);
		await harness.waitFor(/line 2/);
		await harness.press('t');
		const clock = new Date(base + 20);
		const expected = `${String(clock.getHours()).padStart(2, '0')}:${String(clock.getMinutes()).padStart(2, '0')}:00.020 line 2`;
		await harness.waitFor(frame => frame.includes(expected));
	});

	it('searches with highlight, n moves to the newest match first, N to older ones', async () => {
		const {harness, streams} = await setup();
		push(streams[0]!, 0, 40, index => (index % 10 === 5 ? `needle ${index}` : `hay ${index}`));
		await harness.waitFor(/hay 39/);
		await harness.press('/', ...'needle', 'enter');
		await harness.waitFor(/search \/needle\//);
		await harness.press('n');
		let frame = await harness.waitFor(/⏸ paused/);
		expect(frame).toContain('needle 35');
		await harness.press('N', 'N');
		frame = await harness.waitFor(/needle 15/);
		expect(frame.split('\n').find(line => line.includes('needle 15'))).toBeDefined();
		expect(frame).not.toContain('needle 35');
	});

	it('shows an invalid regex inline and keeps working', async () => {
		const {harness, streams} = await setup();
		push(streams[0]!, 0, 3);
		await harness.waitFor(/line 2/);
		await harness.press('/', '(', 'a');
		await harness.waitFor(/invalid regex/);
		await harness.press('enter');
		expect(harness.lastFrame()).toContain('invalid regex');
		await harness.press('escape');
		await harness.waitFor(frame => !frame.includes('invalid regex') && frame.includes('line 2'));
	});

	it('filter mode narrows to matching lines while lines stream in', async () => {
		const {harness, streams} = await setup({rows: 20});
		push(streams[0]!, 0, 20, index => (index % 2 === 0 ? `even ${index}` : `odd ${index}`));
		await harness.waitFor(/odd 19/);
		await harness.press('f', ...'odd', 'enter');
		let frame = await harness.waitFor(/filter \/odd\//);
		expect(frame).not.toContain('even');
		push(streams[0]!, 20, 4, index => (index % 2 === 0 ? `even ${index}` : `odd ${index}`));
		frame = await harness.waitFor(/odd 23/);
		expect(frame).not.toContain('even');
		await harness.press('escape');
		await harness.waitFor(/even 22/);
	});

	it('a filter that matches nothing says so (not that there are no lines yet)', async () => {
		const {harness, streams} = await setup({rows: 20});
		push(streams[0]!, 0, 5);
		await harness.waitFor(/line 4/);
		await harness.press('f', ...'nomatch', 'enter');
		const frame = await harness.waitFor(/filter \/nomatch\//);
		expect(frame).toContain('no lines match /nomatch/');
		expect(frame).not.toContain('no log lines yet');
	});

	it('counts one new line in the singular', async () => {
		const {harness, streams} = await setup();
		push(streams[0]!, 0, 30);
		await harness.waitFor(/line 29/);
		await harness.press('up');
		await harness.waitFor(/⏸ paused/);
		push(streams[0]!, 30, 1);
		const paused = await harness.waitFor(/new line/);
		expect(paused).toContain('⏸ paused · 1 new line · G to follow');
	});

	it('+ widens the filter context and Esc clears search and filter, leaving no search in the footer', async () => {
		const {harness, streams} = await setup({rows: 20});
		push(streams[0]!, 0, 20, index => (index === 10 ? `needle ${index}` : `hay ${index}`));
		await harness.waitFor(/hay 19/);
		await harness.press('f', ...'needle', 'enter');
		await harness.waitFor(/filter \/needle\//);
		await harness.press('+');
		let frame = await harness.waitFor(frame => /filter ±1 \/needle\//.test(frame) && frame.includes('hay 9'));
		expect(frame).toContain('hay 11');
		await harness.press('escape');
		frame = await harness.waitFor(frame => !frame.includes('/needle/') && frame.includes('hay 3'));
		expect(frame).not.toMatch(/search|filter/);
		await harness.press('/', ...'hay', 'enter');
		await harness.waitFor(/search \/hay\//);
		await harness.press('escape');
		frame = await harness.waitFor(frame => !frame.includes('/hay/'));
		expect(frame).toContain('following');
	});

	it.each(['(a+)+$', '(a|aa)+$'])('a catastrophic search %s over a full buffer (10k lines, 16 MB) leaves keys drawn within 200 ms', async query => {
		const {harness, streams} = await setup({rows: 20, columns: 80});
		push(streams[0]!, 0, 10_000, index => `${index} ${'a'.repeat(1590)}!`);
		await harness.waitFor(/9999 aaaa/, 10_000);
		// what drawing a key costs this machine without any search (the harness, React, Ink): a loaded
		// machine gets that much more time, the search itself may add no more than 200 ms
		let started = performance.now();
		await harness.press('w');
		await harness.waitFor(/ · wrap/);
		await harness.press('w');
		await harness.waitFor(frame => !frame.includes(' · wrap'));
		const baseline = (performance.now() - started) / 2;
		for (const key of ['/', ...query, 'enter']) await harness.press(key);
		await harness.waitFor(/searching… \d+%/);
		const drawn: Array<[string, RegExp]> = [['t', /\d\d:\d\d:\d\d\.\d{3} 99\d\d aaa/], ['f', /filter \/\(a/], ['w', / · wrap/]];
		for (const [key, shows] of drawn) {
			started = performance.now();
			await harness.press(key);
			await harness.waitFor(shows);
			expect(performance.now() - started).toBeLessThan(200 + baseline);
			// the key was drawn while the buffer was still being searched
			expect(harness.lastFrame()).toMatch(/searching… \d+%/);
		}
	});

	it('renders hostile escape sequences inert', async () => {
		const {harness, raw, streams} = await setup();
		streams[0]!.push(out(0, 'evil \u001B]0;pwned\u0007\u001B[2J\u001B[31mred\u001B[0m \u0007bell \u009B31m'));
		const frame = await harness.waitFor(/evil/);
		expect(frame.split('\n').find(line => line.includes('evil'))).toContain('evil red ␇bell');
		// the raw output holds only dockhand's own styling (SGR), nothing from the line
		const written = raw.lastFrame();
		expect(written).not.toContain('pwned');
		expect(written).not.toMatch(/\u001B\]|\u001B\[2J|\u0007|\u009B/);
		expect(written.replace(/\u001B\[[0-9;]*m/g, '')).not.toMatch(/\u001B/);
	});

	it('shows an over-long line cut with a marker', async () => {
		const {harness, streams} = await setup();
		streams[0]!.push({stream: 'stdout', data: encoder.encode(`${stamp(base)}${'x'.repeat(100_000)}\n`)});
		streams[0]!.push(out(1, 'after the long one'));
		const frame = await harness.waitFor(/after the long one/);
		expect(frame).toMatch(/⋯ kept 16\.4k of 100\.0k chars/);
	});

	it('merges marked containers with their names', async () => {
		const containers = [container({id: 'a1', name: 'web'}), container({id: 'b2', name: 'db'})];
		const {harness, streams, wait} = await setup({ids: ['a1', 'b2'], containers});
		await wait(2);
		const byId = (id: string) => streams.find(stream => stream.id === id)!;
		byId('a1').push(out(1, 'web says one'));
		byId('a1').push(out(3, 'web says three'));
		byId('b2').push(out(2, 'db says two'));
		const frame = await harness.waitFor(/web says three/);
		const lines = frame.split('\n').filter(line => line.includes('says'));
		expect(lines.map(line => line.replace(/\s+/g, ' ').trim())).toEqual(['web web says one', 'db db says two', 'web web says three']);
		expect(frame).toContain('2 containers merged');
	});
});

describe('LogsPane colours', () => {
	const coloured = 'plain \u001B[31mred\u001B[0m \u001B[1;38;5;208mbold orange\u001B[0m \u001B]8;;https://evil.example\u0007link\u001B]8;;\u0007\u001B]0;PWNED\u0007\u001B[2J end';

	it("draws the log's own colours, re-emitted by Ink, and none of the other sequences", async () => {
		setColorEnabled(true);
		const {harness, raw, streams} = await setup({columns: 80});
		streams[0]!.push(out(0, coloured));
		await harness.waitFor(/plain red bold orange link end/);
		const frame = raw.lastFrame();
		expect(frame).toContain('\u001B[31mred\u001B[39m');
		expect(frame).toMatch(/\u001B\[38;5;208m[^\n]*bold orange/);
		const everything = raw.stdout.frames.join('');
		expect(everything).not.toMatch(/\u001B\]|evil\.example|PWNED|\u001B\[2J/);
	});

	it('shows them plain under --no-color / NO_COLOR', async () => {
		setColorEnabled(false);
		const {harness, raw, streams} = await setup({columns: 80});
		streams[0]!.push(out(0, coloured));
		await harness.waitFor(/plain red bold orange link end/);
		expect(raw.lastFrame()).not.toMatch(/\u001B\[(31|38;5;208)m/);
	});
});
