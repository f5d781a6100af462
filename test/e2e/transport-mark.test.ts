// The header says when the connection to the daemon is not private: plain tcp:// is marked
// UNENCRYPTED (the built binary in tmux, talking to the real daemon through a local TCP forwarder).
import net from 'node:net';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {describeDaemon, testDockerHost} from '../support/daemon.js';
import {cliCommand, ensureBuilt, startTmux, type TmuxSession} from './tmux.js';

describeDaemon('transport mark in the header', () => {
	let forwarder: net.Server;
	let port: number;
	const sessions: TmuxSession[] = [];

	beforeAll(async () => {
		ensureBuilt();
		forwarder = net.createServer(client => {
			const daemon = net.connect(testDockerHost.slice('unix://'.length));
			client.pipe(daemon).pipe(client);
			client.on('error', () => daemon.destroy());
			daemon.on('error', () => client.destroy());
		});
		await new Promise<void>(resolve => forwarder.listen(0, '127.0.0.1', resolve));
		port = (forwarder.address() as AddressInfo).port;
	});

	afterAll(async () => {
		for (const session of sessions) await session.kill();
		await new Promise(resolve => forwarder?.close(resolve));
	});

	it('marks plain tcp:// UNENCRYPTED once connected, and a Unix socket not at all', async () => {
		const tcp = await startTmux({command: cliCommand(['-H', `tcp://127.0.0.1:${port}`]), columns: 160, rows: 20});
		sessions.push(tcp);
		const screen = await tcp.waitForText(/● connected +UNENCRYPTED\b.* tcp:\/\/127\.0\.0\.1/);
		expect(screen.split('\n')[0]).toContain('UNENCRYPTED');
		const unix = await startTmux({command: cliCommand(['-H', testDockerHost]), columns: 160, rows: 20});
		sessions.push(unix);
		const local = await unix.waitForText('● connected');
		expect(local.split('\n')[0]).not.toMatch(/UNENCRYPTED|UNVERIFIED/);
	});
});
