// `npm install -g .` from a clone (after `npm ci`) and `npm install -g` of what `npm pack` makes both
// give a working `dockhand`: dist/ is not in git, so npm's prepare step has to build it.
import {execFile} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dh-install-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
// the project's Node first: the installed bin starts with `#!/usr/bin/env -S node …` and needs Node ≥ 22.19
const env = {...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false'};
const npm = (cwd: string, ...args: string[]) => run('npm', [...args, '--prefer-offline'], {cwd, env, timeout: 120_000});

/** The project as a clone has it: every file git tracks, as it is in the working tree (no dist/, no node_modules). */
async function cloneOfTheWorkingTree(): Promise<string> {
	const clone = join(scratch, 'clone');
	const {stdout} = await run('git', ['ls-files', '-z'], {cwd: root});
	for (const file of stdout.split('\0').filter(Boolean)) {
		if (!existsSync(join(root, file))) continue; // deleted, not yet committed
		mkdirSync(dirname(join(clone, file)), {recursive: true});
		cpSync(join(root, file), join(clone, file));
	}
	return clone;
}

async function works(bin: string): Promise<void> {
	expect(existsSync(bin), `${bin} exists`).toBe(true);
	const {stdout} = await run(bin, ['--version'], {env});
	expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
	const help = await run(bin, ['--help'], {env});
	expect(help.stdout).toContain('dockhand version [--json]');
}

describe('global install', () => {
	it('works from a clone after npm ci, and from the tarball npm pack makes', async () => {
		const clone = await cloneOfTheWorkingTree();
		expect(existsSync(join(clone, 'dist'))).toBe(false);
		await npm(clone, 'ci');
		await npm(clone, 'install', '-g', '.', '--prefix', join(scratch, 'from-clone'));
		await works(join(scratch, 'from-clone', 'bin', 'dockhand'));

		rmSync(join(clone, 'dist'), {recursive: true, force: true});
		const {stdout} = await npm(clone, 'pack', '--pack-destination', scratch);
		const tarball = join(scratch, stdout.trim().split('\n').at(-1)!);
		await npm(scratch, 'install', '-g', tarball, '--prefix', join(scratch, 'from-pack'));
		await works(join(scratch, 'from-pack', 'bin', 'dockhand'));
	}, 240_000);
});
