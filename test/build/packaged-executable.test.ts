// `npm run package` makes one file that runs where no Node is installed: built once here (a few
// seconds), run with a PATH that has every system tool but no node, against the real test daemon.
import {execFile} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {createContainer, containerAction, removeTestContainers} from '../store/test-containers.js';
import {describeDaemon, testDockerHost} from '../support/daemon.js';
import {ensureBuilt, shellQuote, startTmux, type TmuxSession} from '../e2e/tmux.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dh-package-'));
const executable = join(scratch, 'dockhand-linux-x64');
/** /usr/bin and /bin as a server without Node has them: every tool linked in except node itself. */
const noNodeBin = join(scratch, 'bin');
const ids: string[] = [];
let session: TmuxSession | undefined;

function linkSystemToolsExceptNode(): void {
	mkdirSync(noNodeBin);
	for (const dir of ['/usr/bin', '/bin']) {
		for (const name of readdirSync(dir)) {
			if (/^node(js)?$/.test(name)) continue;
			try {
				symlinkSync(join(dir, name), join(noNodeBin, name));
			} catch {
				// /bin is /usr/bin on merged-/usr systems: the name is already there
			}
		}
	}
}

const serverEnv = () => ({PATH: noNodeBin, HOME: scratch, DOCKER_HOST: testDockerHost, TERM: 'xterm-256color'});

describeDaemon('the packaged single-file executable', () => {
	beforeAll(async () => {
		ensureBuilt();
		linkSystemToolsExceptNode();
		await run(process.execPath, [join(root, 'scripts', 'package.mjs'), '--out', executable], {timeout: 120_000});
	}, 180_000);

	afterAll(async () => {
		await session?.kill();
		await removeTestContainers(testDockerHost, ids);
		rmSync(scratch, {recursive: true, force: true});
	});

	it('is one file, and the PATH it runs with here has no node', async () => {
		expect(statSync(executable).mode & 0o111).not.toBe(0);
		await expect(run('/bin/sh', ['-c', 'command -v node || command -v nodejs'], {env: serverEnv()})).rejects.toMatchObject({stdout: ''});
		// the tools are there: only node is missing
		await expect(run('/bin/sh', ['-c', 'command -v tmux'], {env: serverEnv()})).resolves.toBeTruthy();
	});

	it('prints `version --json` against the test daemon', async () => {
		const {stdout} = await run(executable, ['version', '--json'], {env: serverEnv(), timeout: 20_000});
		const report = JSON.parse(stdout) as {client: string; endpoint: string; engine: string; apiVersion: string};
		expect(report.endpoint).toBe(testDockerHost);
		expect(report.engine).toMatch(/^\d+\.\d+/);
		expect(report.apiVersion).toMatch(/^1\.\d+$/);
	});

	it('shows the container list in a real terminal', async () => {
		const container = await createContainer(testDockerHost, 'packaged');
		ids.push(container.id);
		await containerAction(testDockerHost, container.id, 'start');
		const env = serverEnv();
		const command = `env -i ${Object.entries(env).map(([key, value]) => `${key}=${shellQuote(value)}`).join(' ')} ${shellQuote(executable)}`;
		session = await startTmux({command, columns: 160, rows: 40});
		await session.waitForText(/● connected/, 20_000);
		await session.sendKeys('/');
		await session.waitForText(/^\/.*\(\d+\/\d+\)/m);
		await session.sendText(container.name);
		const screen = await session.waitForText(/\(1\/\d+\)/);
		expect(screen).toContain(container.name);
	});
});
