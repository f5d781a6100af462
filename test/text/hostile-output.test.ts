// Daemon text written outside Ink goes through the same boundary: `dockhand version` (text, JSON and
// its error) against an endpoint that lies in every field, and the exec session's banner.
import {execFile} from 'node:child_process';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {runExecSession, type ExecTerminal} from '../../source/terminal/exec-session.js';
import {startFakeDaemon, type FakeDaemon} from '../engine/fake-daemon.js';
import {ensureBuilt} from '../e2e/tmux.js';
import {daemonError, hostileDaemon} from './hostile-daemon.js';
import {expectInert, hostile} from './hostile-fixtures.js';

const cli = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'cli.js');
let daemon: FakeDaemon | undefined;

afterEach(async () => {
	await daemon?.close();
	daemon = undefined;
});

function run(args: string[], host: string): Promise<{stdout: string; stderr: string}> {
	return new Promise(resolve => {
		execFile(process.execPath, [cli, ...args, '-H', host], {env: {PATH: process.env.PATH}, encoding: 'utf8'}, (_error, stdout, stderr) => resolve({stdout, stderr}));
	});
}

describe('daemon text outside Ink', () => {
	it('`dockhand version` prints none of it, as text, as JSON, nor in its error', async () => {
		ensureBuilt();
		daemon = await startFakeDaemon(hostileDaemon);
		const text = await run(['version'], daemon.host);
		expect(text.stdout).toMatch(/Engine: +20\.10\.24/);
		expectInert(text.stdout, 'version');
		const asJson = await run(['version', '--json'], daemon.host);
		expect(asJson.stdout).toContain('"engine":"20.10.24');
		expectInert(asJson.stdout, 'version --json');
		await daemon.close();
		daemon = await startFakeDaemon((_request, res) => daemonError(res), {apiVersion: '1.41'});
		const failed = await run(['version'], daemon.host);
		expect(failed.stderr).toContain('no such thing');
		expectInert(failed.stdout + failed.stderr, 'version error');
	});

	it('the exec banner prints none of it', async () => {
		const stdout = Object.assign(new PassThrough(), {rows: 20, columns: 80});
		const written: Buffer[] = [];
		stdout.on('data', chunk => written.push(chunk as Buffer));
		const stdin = Object.assign(new PassThrough(), {isTTY: false});
		const shell = new PassThrough();
		const session = runExecSession({
			kind: 'exec', execId: 'e1', shell: `/bin/sh${hostile}`, containerName: `web${hostile}`,
			attach: async () => shell, resize: async () => {}, exitCode: async () => 0,
		}, {stdin, stdout} as unknown as ExecTerminal);
		shell.end();
		await session;
		const banner = Buffer.concat(written).toString('utf8').replace(/\r\n$/, '');
		expect(banner).toContain('web');
		expectInert(banner, 'exec banner');
	});
});
