// Event → screen on any engine, split into what the engine takes and what dockhand adds: another
// client pauses/unpauses a visible container; for each change, from the request: the engine's
// answer, the event's arrival at an independent /events reader, its arrival on dockhand's own
// connection (a pass-through socket between dockhand and the engine notes it), and the row showing
// it in the built binary under tmux (screen polled every 5 ms). dockhand's share = screen − arrival
// on its own connection (Podman tails its events file per subscriber: readers get an event at
// different moments, so an independent reader cannot stand in for dockhand's connection).
// Usage: DOCKER_HOST=unix:///… npm run bench:latency
//   (SAMPLES=20; run it against dockerd and against Podman's socket to compare)
import http from 'node:http';
import net from 'node:net';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {dockerRequest} from '../test/support/docker-http.js';
import {ensureBuilt, startTmux} from '../test/e2e/tmux.js';
import {percentile} from '../test/support/mixed-actions.js';

const host = process.env.DOCKER_HOST ?? 'unix:///run/dockhand-test/docker.sock';
const image = process.env.DOCKHAND_TEST_IMAGE ?? 'dockhand-test/busybox:1';
const samples = Number(process.env.SAMPLES ?? 20);
const name = `dh-latency-${process.pid}`;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Arrival times (performance.now()) of this container's events, read straight off the socket. */
function eventReader(): {arrivals: Array<{action: string; at: number}>; close(): void} {
	const arrivals: Array<{action: string; at: number}> = [];
	const filters = encodeURIComponent(JSON.stringify({container: [name]}));
	const request = http.get({socketPath: host.replace(/^unix:\/\//, ''), path: `/events?filters=${filters}`}, response => {
		let buffered = '';
		response.on('data', (chunk: Buffer) => {
			const at = performance.now();
			buffered += chunk.toString('utf8');
			let newline: number;
			while ((newline = buffered.indexOf('\n')) >= 0) {
				const line = buffered.slice(0, newline);
				buffered = buffered.slice(newline + 1);
				if (line.trim()) arrivals.push({action: (JSON.parse(line) as {Action: string}).Action, at});
			}
		});
	});
	request.on('error', () => undefined);
	return {arrivals, close: () => request.destroy()};
}

/** A pass-through socket in front of the engine noting when `"Action":"pause"`/`"unpause"` reach dockhand. */
async function tap(): Promise<{host: string; arrivals: Array<{action: string; at: number}>; close(): void}> {
	const dir = mkdtempSync(join(tmpdir(), 'dh-latency-'));
	const path = join(dir, 'tap.sock');
	const arrivals: Array<{action: string; at: number}> = [];
	const server = net.createServer(client => {
		const upstream = net.connect(host.replace(/^unix:\/\//, ''));
		client.pipe(upstream);
		upstream.on('data', (chunk: Buffer) => {
			const at = performance.now();
			for (const match of chunk.toString('latin1').matchAll(/"Action":"(pause|unpause)"[^\n]*?"name":"([^"]+)"/g)) if (match[2] === name) arrivals.push({action: match[1]!, at});
			client.write(chunk);
		});
		const end = () => {
			client.destroy();
			upstream.destroy();
		};
		client.on('close', end);
		upstream.on('close', end);
		client.on('error', end);
		upstream.on('error', end);
	});
	await new Promise<void>(resolve => server.listen(path, resolve));
	return {host: `unix://${path}`, arrivals, close: () => {
		server.close();
		rmSync(dir, {recursive: true, force: true});
	}};
}

const summary = (values: number[]) => `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms`;

async function main() {
	ensureBuilt();
	const created = await dockerRequest(host, 'POST', `/containers/create?name=${name}`, {Image: image, Cmd: ['sh', '-c', 'trap exit TERM; while :; do sleep 1; done'], Labels: {'dockhand.test': '1'}, HostConfig: {NetworkMode: 'none'}});
	if (created.status !== 201) throw new Error(`create: ${created.status} ${created.body}`);
	await dockerRequest(host, 'POST', `/containers/${name}/start`);
	const reader = eventReader();
	const tapped = await tap();
	const session = await startTmux({columns: 200, rows: 50, exec: true, env: {DOCKER_HOST: tapped.host}});
	const rows = {answer: [] as number[], event: [] as number[], own: [] as number[], screen: [] as number[], dockhand: [] as number[]};
	try {
		await session.waitForText(name, 20_000);
		await sleep(1000);
		for (let index = 0; index < samples; index++) {
			for (const [action, word] of [['pause', 'paused'], ['unpause', 'running']] as const) {
				const seen = reader.arrivals.length;
				const seenOwn = tapped.arrivals.length;
				const started = performance.now();
				await dockerRequest(host, 'POST', `/containers/${name}/${action}`);
				const answered = performance.now();
				const pattern = new RegExp(`${name}\\s+${word}`);
				while (!pattern.test(await session.capture())) {
					if (performance.now() - started > 5000) throw new Error(`${word} not shown within 5 s:\n${await session.capture()}`);
					await sleep(5);
				}
				const shown = performance.now();
				while (!reader.arrivals.slice(seen).some(arrival => arrival.action === action)) await sleep(5);
				const arrived = reader.arrivals.slice(seen).find(arrival => arrival.action === action)!.at;
				const own = tapped.arrivals.slice(seenOwn).find(arrival => arrival.action === action)?.at ?? Number.NaN;
				rows.answer.push(answered - started);
				rows.event.push(arrived - started);
				rows.own.push(own - started);
				rows.screen.push(shown - started);
				rows.dockhand.push(shown - own);
				await sleep(700);
			}
		}
	} finally {
		reader.close();
		await session.kill();
		tapped.close();
		await dockerRequest(host, 'DELETE', `/containers/${name}?force=1`);
	}
	const version = JSON.parse((await dockerRequest(host, 'GET', '/version')).body) as {Version: string; Components?: Array<{Name: string}>};
	console.log(`${version.Components?.some(component => component.Name === 'Podman Engine') ? 'Podman' : 'Engine'} ${version.Version}, ${rows.screen.length} changes (pause/unpause by another client):`);
	console.log(`  engine answers        ${summary(rows.answer)}`);
	console.log(`  event reaches a reader ${summary(rows.event)}`);
	console.log(`  event reaches dockhand ${summary(rows.own)}`);
	console.log(`  row shows it           ${summary(rows.screen)}`);
	console.log(`  dockhand's share (row shown − event on its connection; incl. ≤5 ms polling + a tmux capture) ${summary(rows.dockhand)}`);
}

await main();
