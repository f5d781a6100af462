// `s` in the logs pane of the built binary: the file goes to the config's logDir, the notice names
// the whole path (shortened only when it cannot fit), and a view with no lines saves nothing.
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, expect, it} from 'vitest';
import {describeNeeding, testDockerHost, uniqueName} from '../support/daemon.js';
import {createTestContainer, removeContainers} from './actions-fixtures.js';
import {startApp, type TmuxApp} from './actions-tmux.js';
import {ensureBuilt} from './tmux.js';

const prefix = uniqueName('save');
const scratch = mkdtempSync(join(tmpdir(), 'dh-save-'));
// a deep folder, so the notice has a long path to show
const logDir = join(scratch, 'a-rather-long-folder-name', 'another-long-folder-name', 'saved-logs');
const ids: string[] = [];
let app: TmuxApp | undefined;

async function openLogs(name: string, columns: number): Promise<TmuxApp> {
	const config = join(scratch, 'config.json');
	writeFileSync(config, JSON.stringify({logDir}));
	const started = await startApp({env: {DOCKER_HOST: testDockerHost, DOCKHAND_CONFIG: config}, columns});
	await started.waitFor('connected');
	await started.filter(name);
	await started.waitFor(new RegExp(`● ${name} +running`));
	await started.press('Enter');
	return started;
}

describeNeeding('real-daemon', "saves the lines its container's command prints")('saving logs', () => {
	beforeAll(async () => {
		ensureBuilt();
		mkdirSync(logDir, {recursive: true});
		ids.push(await createTestContainer(`${prefix}-talk`, {start: true, cmd: ['sh', '-c', 'echo first; echo second; trap exit TERM; while :; do sleep 1; done']}));
		ids.push(await createTestContainer(`${prefix}-quiet`, {start: true}));
	});
	afterEach(async () => {
		await app?.close();
		app = undefined;
	});
	afterAll(async () => {
		await removeContainers(ids);
		rmSync(scratch, {recursive: true, force: true});
	});

	it('saves into logDir and shows the whole path when it fits', async () => {
		app = await openLogs(`${prefix}-talk`, 400);
		await app.waitFor('second');
		await app.press('s');
		const screen = await app.waitFor(/saved 2 lines to \S+\.log/);
		const shown = /saved 2 lines to (\S+\.log)/.exec(screen)![1]!;
		const files = readdirSync(logDir);
		expect(files).toHaveLength(1);
		expect(shown).toBe(join(logDir, files[0]!));
		expect(readFileSync(shown, 'utf8')).toMatch(/ first\n.* second\n$/);
	});

	it('in a narrow pane the path is shortened from the root, the file name kept whole', async () => {
		app = await openLogs(`${prefix}-talk`, 200);
		await app.waitFor('second');
		await app.press('s');
		const screen = await app.waitFor(/saved 2 lines to \S*…\S*\.log/);
		const shown = /saved 2 lines to (\S+\.log)/.exec(screen)![1]!;
		const newest = readdirSync(logDir).sort().at(-1)!;
		expect(shown).toMatch(/^\/…\/(.*\/)?[^/]+\.log$/);
		expect(shown.endsWith(`/${newest}`)).toBe(true);
		expect(join(logDir, newest).endsWith(shown.slice(shown.indexOf('…') + 1))).toBe(true);
	});

	it('refuses to save a view with no lines', async () => {
		const before = readdirSync(logDir).length;
		app = await openLogs(`${prefix}-quiet`, 200);
		await app.waitFor('live, no output yet');
		await app.press('s');
		await app.waitFor('could not save: nothing to save: the view shows no lines');
		expect(readdirSync(logDir)).toHaveLength(before);
	});
});
