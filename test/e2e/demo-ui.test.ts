// The built binary with the demo engine: --demo, and the one key the cannot-reach screen offers
// when no daemon is set up. Needs no Docker at all.
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cliCommand, ensureBuilt, startTmux, type TmuxSession} from './tmux.js';

// nothing configured: no -H, DOCKER_HOST and DOCKER_CONTEXT empty (as unset), an empty docker config
const bare = () => {
	const home = mkdtempSync(join(tmpdir(), 'dh-demo-home-'));
	return {HOME: home, DOCKER_CONFIG: join(home, '.docker'), DOCKER_HOST: '', DOCKER_CONTEXT: '', DOCKHAND_CONFIG: '', XDG_CONFIG_HOME: home};
};
const defaultSocket = existsSync('/var/run/docker.sock');
if (defaultSocket) console.warn('/var/run/docker.sock exists here: the demo offer (shown only without one) is not checked on this machine');

describe('demo sessions', () => {
	let tmux: TmuxSession | undefined;
	afterEach(async () => {
		await tmux?.kill();
		tmux = undefined;
	});

	it('--demo lists the simulated containers under a DEMO header and follows their logs', async () => {
		ensureBuilt();
		tmux = await startTmux({command: cliCommand(['--demo']), env: bare(), columns: 200});
		const screen = await tmux.waitForText('shop-web-1', 15_000);
		expect(screen.split('\n')[0]).toContain(' DEMO ');
		expect(screen).toMatch(/noisy-logger/);
		await tmux.sendText('/');
		await tmux.sendText('shop-web');
		await tmux.sendKeys('Enter');
		await tmux.waitUntil(screen => !screen.includes('noisy-logger'));
		await tmux.sendKeys('j'); // from the compose group's row to its web container
		await tmux.waitForText(/"GET \S+ HTTP\/1\.1" \d{3}/, 15_000);
		expect((await tmux.capture()).split('\n')[0]).toContain(' DEMO ');
	});

	it.skipIf(defaultSocket)('the cannot-reach screen offers T when nothing is configured, and T opens the demo', async () => {
		ensureBuilt();
		tmux = await startTmux({env: bare(), columns: 200});
		const screen = await tmux.waitForText('Cannot reach the Docker daemon', 15_000);
		expect(screen).toContain('T opens the built-in demo');
		expect(screen.split('\n')[0]).not.toContain('DEMO');
		await tmux.sendKeys('T');
		const demo = await tmux.waitForText('shop-web-1', 15_000);
		expect(demo.split('\n')[0]).toContain(' DEMO ');
	});

	it('a configured endpoint that cannot be reached is never swapped for the demo', async () => {
		ensureBuilt();
		tmux = await startTmux({command: cliCommand(['-H', 'unix:///nonexistent/docker.sock']), env: bare()});
		const screen = await tmux.waitForText('Cannot reach the Docker daemon', 15_000);
		expect(screen).not.toContain('demo');
		await tmux.sendKeys('T');
		await new Promise(resolve => setTimeout(resolve, 1000)); // a key that does nothing leaves nothing to wait for
		const after = await tmux.capture();
		expect(after).toContain('Cannot reach the Docker daemon');
		expect(after).not.toContain('DEMO');
	});
});
