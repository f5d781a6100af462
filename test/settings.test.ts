import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {configPath, defaultSettings, loadConfigFile, resolveSettings, SettingsError} from '../source/settings.js';
import {describeDaemon, testDockerHost} from './support/daemon.js';
import {startTmux, type TmuxSession} from './e2e/tmux.js';

const dir = mkdtempSync(join(tmpdir(), 'dh-settings-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const write = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

describe('settings', () => {
	it('finds the config file like other XDG tools', () => {
		expect(configPath({DOCKHAND_CONFIG: '/x.json'}, '/home/u')).toBe('/x.json');
		expect(configPath({XDG_CONFIG_HOME: '/cfg'}, '/home/u')).toBe('/cfg/dockhand/config.json');
		expect(configPath({}, '/home/u')).toBe('/home/u/.config/dockhand/config.json');
	});

	it('uses the defaults when there is no file and no flag', () => {
		expect(loadConfigFile(join(dir, 'missing.json'))).toEqual({});
		expect(resolveSettings({}, {})).toEqual(defaultSettings);
	});

	it('lets the file override defaults and typed flags override the file', () => {
		const file = loadConfigFile(write('a.json', '{"readOnly": true, "logTail": 50, "shell": "/bin/ash"}'));
		expect(resolveSettings({}, file)).toMatchObject({readOnly: true, logTail: 50, shell: '/bin/ash', pollInterval: 10});
		expect(resolveSettings({readOnly: false, logTail: 7, json: true}, file)).toMatchObject({readOnly: false, logTail: 7, json: true});
	});

	it('a daemon named on the command line (-H or --context) replaces the one the file names the other way', () => {
		const byContext = resolveSettings({context: 'prod'}, {host: 'tcp://file:2376'});
		expect([byContext.context, byContext.host]).toEqual(['prod', undefined]);
		const byHost = resolveSettings({host: 'unix:///flag.sock'}, {context: 'lab'});
		expect([byHost.host, byHost.context]).toEqual(['unix:///flag.sock', undefined]);
		expect(resolveSettings({}, {context: 'lab'})).toMatchObject({context: 'lab'});
	});

	it('refuses unknown keys, wrong types and broken JSON with the file named', () => {
		expect(() => loadConfigFile(write('b.json', '{"readonly": true}'))).toThrow(/b\.json: unknown setting "readonly"/);
		expect(() => loadConfigFile(write('c.json', '{"logTail": "many"}'))).toThrow(/"logTail" must be a positive number/);
		expect(() => loadConfigFile(write('d.json', '{oops'))).toThrow(SettingsError);
		expect(() => resolveSettings({pollInterval: 0}, {})).toThrow(/--poll-interval must be a positive number/);
	});

	it('takes 0 for the flood threshold (always follow line by line) but no negative number', () => {
		expect(loadConfigFile(write('e.json', '{"logFlood": 0}'))).toEqual({logFlood: 0});
		expect(resolveSettings({logFlood: 0}, {}).logFlood).toBe(0);
		expect(resolveSettings({}, {}).logFlood).toBe(10_000);
		expect(() => loadConfigFile(write('f.json', '{"logFlood": -1}'))).toThrow(/"logFlood" must be a number, 0 or more/);
		expect(() => resolveSettings({logFlood: -5}, {})).toThrow(/--log-flood must be a number, 0 or more/);
	});

	it('samples CPU/MEM every 5 s unless told otherwise; 0 turns the columns off; the flag wins over the file', () => {
		expect(resolveSettings({}, {}).statsInterval).toBe(5);
		expect(loadConfigFile(write('g.json', '{"statsInterval": 0}'))).toEqual({statsInterval: 0});
		expect(resolveSettings({statsInterval: 2}, {statsInterval: 0}).statsInterval).toBe(2);
		expect(() => resolveSettings({statsInterval: -1}, {})).toThrow(/--stats-interval must be a number, 0 or more/);
	});
});

describeDaemon('the config file in the real binary', () => {
	let session: TmuxSession | undefined;
	afterAll(async () => session?.kill());

	it('readOnly in the config file makes a read-only session (READ-ONLY badge in the header)', async () => {
		const config = write('ro.json', '{"readOnly": true}');
		session = await startTmux({columns: 120, rows: 30, env: {DOCKER_HOST: testDockerHost, DOCKHAND_CONFIG: config}});
		const screen = await session.waitForText('READ-ONLY');
		expect(screen.split('\n')[0]).toContain('READ-ONLY');
	});

	it('a broken config file is a one-line error and exit code 2, not a stack trace', async () => {
		const config = write('broken.json', '{"pollInterval": -1}');
		session?.kill();
		session = await startTmux({shell: true, columns: 120, rows: 10, env: {DOCKER_HOST: testDockerHost, DOCKHAND_CONFIG: config}});
		const {cliCommand} = await import('./e2e/tmux.js');
		await session.sendText(`${cliCommand()}; echo "exit=$?"`);
		await session.sendKeys('Enter');
		const screen = await session.waitForText(/exit=\d/);
		expect(screen).toContain('"pollInterval" must be a positive number');
		expect(screen).toContain('exit=2');
		expect(screen).not.toMatch(/at .*\.js:\d+/);
	});
});
