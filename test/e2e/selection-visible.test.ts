// Regression: where supports-color reports no colour (CI=true, TERM=dumb) Ink's chalk dropped every
// attribute, inverse included, so the selected row looked like all the others.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {createContainer, removeTestContainers} from '../store/test-containers.js';
import {describeDaemon, testDockerHost, uniqueName} from '../support/daemon.js';
import {startTmux, type TmuxSession} from './tmux.js';

const prefix = uniqueName('sel');
const ids: string[] = [];
let session: TmuxSession | undefined;

/** The name of the list row drawn in reverse video (SGR 7), if any (the tab bar, line 2, is skipped). */
function selectedRow(styled: string): string | undefined {
	const line = styled.split('\n').slice(2).find(row => /^\u001B\[(?:\d+;)*7(?:;\d+)*m/.test(row));
	return line ? /\b(dh-[\w-]+)/.exec(line.replace(/\u001B\[[0-9;]*m/g, ''))?.[1] : undefined;
}

describeDaemon('the selection without colour support', () => {
	beforeAll(async () => {
		for (const suffix of ['a', 'b']) ids.push((await createContainer(testDockerHost, prefix, {name: `${prefix}-${suffix}`})).id);
	});
	afterAll(async () => {
		await session?.kill();
		await removeTestContainers(testDockerHost, ids);
	});

	for (const env of [{TERM: 'dumb'}, {CI: 'true'}, {NO_COLOR: '1'}]) {
		it(`is drawn in reverse video with ${Object.entries(env)[0]!.join('=')} and follows j`, async () => {
			await session?.kill();
			session = await startTmux({columns: 200, rows: 20, env: {DOCKER_HOST: testDockerHost, ...env}}); // wide enough for the whole names
			await session.waitForText(`${prefix}-b`);
			// only this test's rows: other containers on the daemon may sort first
			await session.sendText('/');
			await session.sendText(prefix);
			await session.sendKeys('Enter');
			await session.waitForText(/\(2\/\d+\)/);
			await session.sendKeys('g'); // the first row
			const first = await session.waitUntil(styled => selectedRow(styled) !== undefined, 5000, {escapes: true});
			await session.sendKeys('j');
			const next = await session.waitUntil(styled => selectedRow(styled) !== undefined && selectedRow(styled) !== selectedRow(first), 5000, {escapes: true});
			expect(selectedRow(next)).not.toBe(selectedRow(first));
		});
	}
});
