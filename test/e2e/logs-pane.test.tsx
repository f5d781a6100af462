// The logs pane on the real daemon: real engine, store and log service, rendered by Ink into a
// fake terminal. Each test starts its own container and reads the frames a user would see.
import {stripVTControlCharacters as plain} from 'node:util';
import React from 'react';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {createEngine} from '../../source/engine/create-engine.js';
import {resolveEndpoint} from '../../source/engine/endpoint.js';
import type {ContainerCreateBody, Engine} from '../../source/engine/types.js';
import {createDaemonStore, type DaemonStore} from '../../source/store/daemon-store.js';
import {createLogService, type LogService} from '../../source/store/logs/log-service.js';
import {LogStreamDecoder} from '../../source/store/logs/log-stream-decoder.js';
import {CommandRouter} from '../../source/ui/hooks/use-commands.js';
import {LogsPane} from '../../source/ui/logs/logs-pane.js';
import type {Services} from '../../source/ui/services-context.js';
import {needs, testImage, testLabel, testTargets, uniqueName} from '../support/daemon.js';
import {renderInk, type InkHarness} from '../support/ink.js';
import {until} from '../store/logs/fakes.js';
import {fakeServices, withServices} from '../ui/fixtures.js';

const why = "every test reads what its container's command prints (lines, TTY, exits, restarts, floods)";
for (const {engine: name, host, podman} of testTargets) describe.skipIf(!host || (!podman && !needs('real-daemon', why)))(`logs pane on the real daemon [${name}]`, () => {
	/** A Podman behaviour dockhand does not handle yet: the test is skipped there, said out loud (and in the README). */
	const podmanGap = (why: string) => {
		if (podman) console.warn(`SKIPPED on Podman (not handled yet): ${why}`);
		return podman;
	};
	let engine: Engine;
	let store: DaemonStore;
	let logs: LogService;
	let harness: InkHarness | undefined;
	const created: string[] = [];

	beforeAll(async () => {
		engine = createEngine(resolveEndpoint({host}));
		store = createDaemonStore(engine, {pollIntervalMs: 2000});
		store.start();
		logs = createLogService(engine, store);
	});

	afterEach(() => {
		harness?.unmount();
		harness = undefined;
	});

	afterAll(async () => {
		logs?.close();
		await Promise.all(created.map(id => engine.removeContainer(id, {force: true}).catch(() => {})));
		await store?.stop();
		await engine?.close();
	});

	async function run(script: string, options: Partial<ContainerCreateBody> = {}): Promise<string> {
		const {Id} = await engine.createContainer(
			{Image: testImage, Cmd: ['sh', '-c', script], Labels: {[testLabel]: '1'}, HostConfig: {NetworkMode: 'none'}, ...options},
			{name: uniqueName('logs')},
		);
		created.push(Id);
		await engine.startContainer(Id);
		return Id;
	}

	/** Waits until the store lists the container (the pane reads its name, TTY and markers there). */
	async function known(id: string): Promise<void> {
		const deadline = Date.now() + 10_000;
		while (!store.getState().containers.get(id)?.startedAt) {
			if (Date.now() > deadline) throw new Error('the store never saw the container');
			await new Promise(resolve => setTimeout(resolve, 20));
		}
	}

	async function open(id: string, size = {columns: 100, rows: 16}) {
		await known(id);
		const services: Services = {...fakeServices(store as never), store, logs};
		const tree = (
			<CommandRouter focused={['logs', 'detail']}>
				<LogsPane containerIds={[id]} width={size.columns} height={size.rows} focused />
			</CommandRouter>
		);
		const ink = await renderInk(withServices(services, tree), size);
		harness = ink;
		return {
			raw: ink,
			press: ink.press,
			frame: () => plain(ink.lastFrame()),
			waitFor: async (test: RegExp | ((frame: string) => boolean), timeoutMs = 10_000) =>
				plain(await ink.waitFor(frame => (typeof test === 'function' ? test(plain(frame)) : test.test(plain(frame))), timeoutMs)),
		};
	}

	const rowsOf = (frame: string) => frame.split('\n');

	it('shows known stdout and stderr lines in order, stderr marked', async () => {
		const id = await run('trap exit TERM; for i in 1 2 3; do echo "out $i"; sleep 0.05; echo "err $i" >&2; sleep 0.05; done; while :; do sleep 1; done');
		const view = await open(id);
		const frame = await view.waitFor(/err 3/);
		const lines = rowsOf(frame).filter(row => /(out|err) \d/.test(row));
		expect(lines.map(row => row.trim().replace(/^▌/, ''))).toEqual(['out 1', 'err 1', 'out 2', 'err 2', 'out 3', 'err 3']);
		for (const row of lines) expect(row.startsWith('▌')).toBe(row.includes('err'));
		expect(frame).toContain('● live');
	});

	// Podman sends no response headers to a followed log until its first line: a second open without an error is live there
	it('a running container that writes nothing is live with no output yet, not connecting', async () => {
		const id = await run('exec sleep 100000');
		const view = await open(id);
		const frame = await view.waitFor(/● live, no output yet/);
		expect(frame).not.toContain('connecting');
		expect(frame).toContain('(no log lines yet)');
	});

	it('shows a TTY container\'s output, \\r\\n handled and \\r progress collapsed', async () => {
		const id = await run('trap exit TERM; echo "tty hello"; printf "10%%\\r50%%\\r100%% done\\n"; while :; do sleep 1; done', {Tty: true});
		const view = await open(id);
		const frame = await view.waitFor(/100% done/);
		expect(frame).toContain(' tty hello');
		expect(frame).not.toMatch(/10%|50%/);
		expect(frame).not.toContain('␍');
	});

	it('search highlights matches and n moves between them; filter narrows while lines stream', async () => {
		const id = await run('trap exit TERM; i=0; while :; do i=$((i+1)); if [ $((i % 5)) = 0 ]; then echo "ERROR number $i"; else echo "tick $i"; fi; sleep 0.03; done');
		const view = await open(id);
		await view.waitFor(/ERROR number 10/);
		await view.press('/', ...'error', 'enter');
		await view.press('n');
		await view.waitFor(/⏸ paused/);
		// the current match is underlined on top of the highlight every match gets
		const current = () => {
			const row = view.raw.lastFrame().split('\n').find(line => line.includes('\u001B[4m'));
			return row ? Number(/ERROR number (\d+)/.exec(plain(row))?.[1]) : undefined;
		};
		expect(view.raw.lastFrame().split('\n').filter(row => /ERROR/.test(plain(row)) && row.includes('\u001B[43m')).length).toBeGreaterThan(1);
		const first = current()!;
		expect(first % 5).toBe(0);
		await view.press('N');
		await view.waitFor(() => current() === first - 5);
		await view.press('f', 'G');
		const filtered = await view.waitFor(/filter \/error\//);
		expect(filtered).not.toMatch(/tick \d/);
		const newest = Math.max(...[...filtered.matchAll(/ERROR number (\d+)/g)].map(match => Number(match[1])));
		const later = await view.waitFor(frame => [...frame.matchAll(/ERROR number (\d+)/g)].some(match => Number(match[1]) >= newest + 10));
		expect(later).not.toMatch(/tick \d/);
	});

	it('marks the exit of a container with its exit code', async () => {
		const id = await run('echo starting; sleep 1; echo bye; exit 3');
		const view = await open(id);
		const frame = await view.waitFor(/died · exit code 3/, 15_000);
		const rows = rowsOf(frame);
		expect(rows.findIndex(row => row.includes('died · exit code 3'))).toBeGreaterThan(rows.findIndex(row => row.includes('bye')));
		await view.waitFor(/ended/);
	});

	it('marks a restart and keeps streaming the new run', async () => {
		const id = await run('trap exit TERM; echo "boot $(cat /proc/uptime)"; i=0; while :; do i=$((i+1)); echo "beat $i"; sleep 0.5; done'); // slow enough that the marker and both boots stay on screen for ~14 s on a busy machine
		const view = await open(id, {columns: 100, rows: 30});
		await view.waitFor(/beat 3/);
		await engine.restartContainer(id, {t: 3}); // past the TERM reaction: Podman 4.3 fails a restart whose SIGKILL meets an exited container
		const frame = await view.waitFor(frame => frame.includes('restarted') && rowsOf(frame).filter(row => row.includes('boot')).length === 2 && /beat 2\n(.|\n)*$/.test(frame.slice(frame.indexOf('restarted'))), 20_000);
		const rows = rowsOf(frame);
		const marker = rows.findIndex(row => row.includes('restarted'));
		expect(rows.slice(marker).some(row => row.includes('boot'))).toBe(true);
		// the reopened stream may still be settling in that frame; it must come back live
		expect(await view.waitFor(/● live/, 5000)).toMatch(/beat \d+/);
	});

	it('shows hostile escape sequences inert', async () => {
		const id = await run('trap exit TERM; printf "evil \\033]0;pwned\\007\\033[2J\\033[31mred\\033[0m \\007 end\\n"; while :; do sleep 1; done');
		const view = await open(id);
		const frame = await view.waitFor(/evil/);
		expect(rowsOf(frame).find(row => row.includes('evil'))).toContain('evil red ␇ end');
		const written = view.raw.lastFrame();
		expect(written).not.toContain('pwned');
		expect(written.replace(/\u001B\[[0-9;]*m/g, '')).not.toMatch(/[\u0007\u001B\u009B]/);
	});

	/**
	 * Lines the container wrote per second over [fromMs, toMs] (from its first line if that is later),
	 * counted in the daemon's log: over seconds, timestamps that bunch are lost in the count.
	 */
	async function writtenPerSecond(id: string, fromMs: number, toMs: number): Promise<number> {
		let lines = 0;
		let first = Number.POSITIVE_INFINITY;
		const decoder = new LogStreamDecoder({
			framed: true,
			sink: (_stream, time) => {
				first = Math.min(first, time);
				if (time >= fromMs && time <= toMs) lines++;
			},
		});
		for await (const bytes of engine.logBytes(id, {follow: false, timestamps: true, tty: false, since: Math.floor(fromMs / 1000)})) decoder.pushBytes(bytes);
		decoder.end();
		return (lines * 1000) / (toMs - Math.max(fromMs, first));
	}

	it.skipIf(podmanGap('on Podman (followed logs in ~250 ms batches, whole-second stamps) the pane stays in flood mode, newest only, instead of showing the written rate'))('a log written in bursts (2,001 lines every 0.1 s) shows the rate it is really written at, not the burst\'s', async () => {
		const id = await run('trap exit TERM; while :; do seq 100000 102000; usleep 100000; done');
		const view = await open(id, {columns: 160, rows: 16});
		const rateOf = (text: string) => {
			const [, number, k] = /flood ~([\d.]+)(k?) lines\/s/.exec(text) ?? [];
			return number === undefined ? null : Number(number) * (k ? 1000 : 1);
		};
		// ~20k lines/s when the machine is quiet (fewer when the loop waits for a core); ~25× that inside a burst.
		// The rate shown is what reads a second apart found written, over the last two seconds or more:
		// within −30 % / +25 % of what the daemon's log holds for the seconds before it (measured, not assumed).
		const frame = await view.waitFor(frame => rateOf(frame) !== null, 20_000);
		const shownAt = Date.now();
		const real = await writtenPerSecond(id, shownAt - 3500, shownAt - 200);
		expect(real).toBeGreaterThan(1000); // it floods
		expect(rateOf(frame)! / real).toBeGreaterThan(0.7);
		expect(rateOf(frame)! / real).toBeLessThan(1.25);
		const watch = logs.watch([id]);
		try {
			const markers = () => {
				const {feed} = watch.getSnapshot();
				return Array.from({length: feed.size}, (_, index) => feed.at(index)!).filter(line => line.stream === 'system' && line.text.includes('flood: ~'));
			};
			await until(() => markers().length >= 2, 20_000);
			for (const marker of markers().slice(0, 2)) {
				const rate = Number(/flood: ~([\d,]+) lines\/s/.exec(marker.text)![1]!.replaceAll(',', ''));
				const around = await writtenPerSecond(id, marker.time - 3000, marker.time);
				expect(rate / around).toBeGreaterThan(0.7);
				expect(rate / around).toBeLessThan(1.25);
			}
		} finally {
			watch.release();
		}
	});

	it.skipIf(podmanGap('flood mode stays on newest-only on Podman (~250 ms batches, whole-second stamps)'))('reads a flooding container a few times a second, marks what it skipped, and follows line by line once it calms down', async () => {
		const id = await run('trap exit TERM; i=0; while [ $i -lt 400000 ]; do i=$((i+1)); echo "flood $i"; done; j=0; while :; do j=$((j+1)); echo "calm $j"; sleep 0.05; done');
		const view = await open(id, {columns: 140, rows: 16});
		// the rate joins the header once two reads a second apart measured it (the bursts test checks it)
		const flooding = await view.waitFor(/flood( ~[\d.]+k? lines\/s)?: newest only/, 15_000);
		expect(flooding).toContain('● live');
		// the same session, seen through the service: a marker says about how many lines were never read
		const watch = logs.watch([id]);
		try {
			await view.waitFor(/skipped ~[\d.]+k?/, 15_000);
			// following again (after reopening the stream where the held lines end): the calm lines arrive one by one, none missing
			await view.waitFor(frame => /calm \d+/.test(frame) && /● live/.test(frame) && !/flood ~/.test(frame), 30_000);
			const {feed} = watch.getSnapshot();
			const lines = Array.from({length: feed.size}, (_, index) => feed.at(index)!);
			const calmNumbers = lines.filter(line => line.text.startsWith('calm ')).map(line => Number(line.text.slice(5)));
			expect(calmNumbers.length).toBeGreaterThan(0);
			expect(calmNumbers).toEqual(calmNumbers.map((_, index) => calmNumbers[0]! + index));
			expect(lines.some(line => line.stream === 'system' && /^┄ about [\d,]+ lines skipped/.test(line.text))).toBe(true);
			// what was read of the flood is in order, newest last
			const floodNumbers = lines.filter(line => line.text.startsWith('flood ')).map(line => Number(line.text.slice(6)));
			expect(floodNumbers).toEqual([...floodNumbers].sort((a, b) => a - b));
			expect(floodNumbers.at(-1)).toBe(400_000);
		} finally {
			watch.release();
		}
	}, 60_000); // its waits add up to a minute on a loaded machine

	it.skipIf(podmanGap('Podman 4.3 reading a log with a tail joins a line its log file split (P entry) to the line before: "burst 13135burst 13" (its 500 "not a valid container log line" on a half-written line is read again quietly now)'))('a burst in the history asked for is read whole, not taken for a flood', async () => {
		const id = await run('trap exit TERM; i=0; while [ $i -lt 20000 ]; do i=$((i+1)); echo "burst $i"; done; echo done; while :; do sleep 1; done');
		await known(id);
		// the burst is over and more than the 2 s margin old before the logs open
		const deadline = Date.now() + 20_000;
		let written = '';
		while (!written.includes('done') && Date.now() < deadline) {
			written = '';
			for await (const chunk of engine.logs(id, {follow: false, tail: 1})) written += new TextDecoder().decode(chunk.data);
			if (!written.includes('done')) await new Promise(resolve => setTimeout(resolve, 50));
		}
		await new Promise(resolve => setTimeout(resolve, 2500));
		for (const tail of ['all', 5000] as const) {
			const watch = logs.watch([id], {tail});
			try {
				await until(() => watch.getSnapshot().feed.size > 0 && watch.getSnapshot().feed.at(watch.getSnapshot().feed.size - 1)!.text === 'done', 15_000);
				const {feed, status} = watch.getSnapshot();
				const lines = Array.from({length: feed.size}, (_, index) => feed.at(index)!);
				expect(lines.some(line => line.stream === 'system')).toBe(false);
				const numbers = lines.filter(line => line.text.startsWith('burst ')).map(line => Number(line.text.slice(6)));
				expect(numbers.at(-1)).toBe(20_000);
				expect(numbers).toEqual(numbers.map((_, index) => numbers[0]! + index));
				expect(numbers.length).toBe(tail === 'all' ? 9999 : 4999); // the ring's 10,000 lines, or the tail, with "done"
				expect(status.floodLinesPerSecond).toBeNull();
			} finally {
				watch.release();
			}
		}
	});

	it.skipIf(podmanGap('the "kept … of 1.0M chars" note for a 1 MB line does not appear on Podman (cause not investigated)'))('a 1 MB line without a newline does not freeze the view', async () => {
		const id = await run('trap exit TERM; head -c 1048576 /dev/zero | tr "\\0" x; echo; echo after-long; while :; do sleep 1; done');
		const view = await open(id);
		await view.waitFor(/after-long/, 15_000);
		expect(view.frame()).toMatch(/⋯ kept 16\.4k of 1\.0M chars/);
		const started = Date.now();
		await view.press('t');
		await view.waitFor(/\d\d:\d\d:\d\d\.\d{3} after-long/);
		expect(Date.now() - started).toBeLessThan(1000);
	});
});
