// The built binary in tmux against an endpoint that lies in every field of every API object (and in
// log lines, events and errors): every byte dockhand writes to the terminal is recorded (pipe-pane)
// while the user walks every tab, detail, logs, an action error and help; none carries the poison.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startFakeDaemon, type FakeDaemon} from '../engine/fake-daemon.js';
import {hostileDaemon} from '../text/hostile-daemon.js';
import {expectInert} from '../text/hostile-fixtures.js';
import {cliCommand, ensureBuilt, shellQuote, startTmux, type TmuxSession} from './tmux.js';

describe('a hostile daemon (built binary)', () => {
	let daemon: FakeDaemon;
	let tmux: TmuxSession;
	const dir = mkdtempSync(join(tmpdir(), 'dh-hostile-'));
	const recording = join(dir, 'terminal.bytes');

	beforeAll(async () => {
		ensureBuilt();
		daemon = await startFakeDaemon(hostileDaemon);
		// the program waits for Enter, so the recording starts before its first byte
		tmux = await startTmux({columns: 160, rows: 40, command: `sh -c ${shellQuote(`read go; exec ${cliCommand(['-H', daemon.host])}`)}`});
		await tmux.pipeOutput(recording);
		await tmux.sendKeys('Enter');
	});

	afterAll(async () => {
		await tmux?.kill();
		await daemon?.close();
		rmSync(dir, {recursive: true, force: true});
	});

	it('reaches no byte written to the terminal: lists, details, logs, events, errors, every tab, help', async () => {
		await tmux.waitForText(/hostile-a[\s\S]*hostile-b/);
		await tmux.waitForText('Engine 20.10.24');
		await tmux.sendKeys('j');
		await tmux.waitForText('tail-two');
		await tmux.sendKeys('r');
		await tmux.waitForText('no such thing');
		await tmux.sendKeys('k');
		await tmux.waitForText(/│ +hostile-a[\s\S]*command/);
		// the inspect view: overview, env and the raw JSON of a poisoned inspect answer
		for (const [key, shown] of [['i', 'o:overview'], ['e', 'PATH'], ['r', '"Id"']] as const) {
			await tmux.sendKeys(key);
			await tmux.waitForText(shown);
		}
		await tmux.sendKeys('i');
		await tmux.waitForText(/│ +hostile-a[\s\S]*command/);
		await tmux.sendKeys('I'); // daemon info: poisoned /info, /version and /system/df
		await tmux.waitForText('disk usage');
		await tmux.sendKeys('Escape');
		await tmux.waitUntil(screen => !screen.includes('disk usage'));
		for (const [key, shown] of [['2', 'REPOSITORY'], ['3', 'mountpoint'], ['4', /attached \(1\)[\s\S]*hostile-a[^\n]* 172\.17\.0\.2/]] as const) {
			await tmux.sendKeys(key);
			await tmux.waitForText(shown);
		}
		await tmux.sendKeys('?');
		await tmux.waitForText(/help/i);
		await tmux.sendKeys('Escape', 'q');
		const bytes = readFileSync(recording, 'utf8');
		// the poisoned objects were shown, minus what they smuggled
		expect(bytes).toContain('click');
		expect(daemon.requests.some(request => request.url.includes('/stats')), 'the stats of a running container were read').toBe(true);
		expectInert(bytes, 'terminal bytes');
		expect(await tmux.display('#{pane_title}')).not.toMatch(/PWNED/);
	});
});
