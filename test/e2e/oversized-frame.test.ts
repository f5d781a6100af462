// The built binary in tmux against an endpoint whose log stream opens with one frame declaring
// 1 GiB and then pours 256 MiB into it: dockhand must not hold the frame (its peak RSS stays far
// below the frame) and the pane says what it kept of the line.
import {readFileSync} from 'node:fs';
import type http from 'node:http';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {json, startFakeDaemon, type FakeDaemon, type FakeRequest} from '../engine/fake-daemon.js';
import {recordedApiObjects} from '../text/hostile-fixtures.js';
import {cliCommand, ensureBuilt, startTmux, type TmuxSession} from './tmux.js';

const MiB = 1024 * 1024;
const poured = 256 * MiB;
const api = recordedApiObjects();
const container = {...api.containers[0]!, Names: ['/big-frame']};
const inspect = {...api.containerInspect, Name: '/big-frame'};

function daemon(request: FakeRequest, res: http.ServerResponse): void {
	const path = (request.url.split('?')[0] ?? '').replace(/^\/v[\d.]+/, '');
	if (path === '/containers/json') json(res, 200, [container]);
	else if (path.startsWith('/containers/') && path.endsWith('/json')) json(res, 200, inspect);
	else if (path.startsWith('/containers/') && path.endsWith('/logs')) {
		res.writeHead(200);
		if (request.url.includes('since=')) return; // a reopened stream: nothing more
		const header = Buffer.alloc(8);
		header[0] = 1;
		header.writeUInt32BE(2 ** 30, 4);
		res.write(Buffer.concat([header, Buffer.from('2026-11-29T00:00:00.000000000Z ')]));
		const piece = Buffer.alloc(MiB, 'x');
		let sent = 0;
		const write = () => {
			while (!res.destroyed && sent < poured) {
				sent += piece.length;
				if (!res.write(piece)) return void res.once('drain', write);
			}
			res.end();
		};
		write();
	} else if (path === '/events') res.writeHead(200).flushHeaders();
	else if (path === '/version') json(res, 200, api.version);
	else if (path === '/info') json(res, 200, api.info);
	else json(res, 200, []);
}

describe('a log frame declaring 1 GiB (built binary)', () => {
	let fake: FakeDaemon;
	let tmux: TmuxSession;

	beforeAll(async () => {
		ensureBuilt();
		fake = await startFakeDaemon(daemon, {apiVersion: '1.41'});
		tmux = await startTmux({command: cliCommand(['-H', fake.host]), exec: true, columns: 140, rows: 30});
	});

	afterAll(async () => {
		await tmux?.kill();
		await fake?.close();
	});

	it('is read in pieces: RSS stays far below the frame, and the pane says what was kept of the line', async () => {
		// the recorded container is in a compose project: the list opens on the project's row
		await tmux.waitForText(/big-frame/, 30_000);
		await tmux.sendKeys('j');
		const screen = await tmux.waitForText(/kept 16\.4k of 268\.4M chars/, 60_000);
		expect(screen).toContain('big-frame');
		const pid = await tmux.display('#{pane_pid}');
		const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
		console.info(`peak RSS while 256 MiB of one frame went by: ${Math.round(peakKb / 1024)} MB`);
		expect(peakKb / 1024).toBeLessThan(220);
	}, 90_000);
});
