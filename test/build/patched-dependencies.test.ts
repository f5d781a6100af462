// The build refuses an Ink, string-width or undici other than the versions dockhand's patches of
// their internals were verified against, and swaps string-width only inside Ink and its own packages.
import {execFile} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {inkPackages, patchedDependencyProblems, verifiedVersions} from '../../scripts/patched-dependencies.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dh-pins-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** A project root with package.json dependencies and installed versions as given. */
function fakeRoot(name: string, declared: Record<string, string>, installed: Record<string, string>): string {
	const dir = join(scratch, name);
	mkdirSync(dir, {recursive: true});
	writeFileSync(join(dir, 'package.json'), JSON.stringify({version: '0.0.0', dependencies: declared}));
	for (const [pkg, version] of Object.entries(installed)) {
		mkdirSync(join(dir, 'node_modules', pkg), {recursive: true});
		writeFileSync(join(dir, 'node_modules', pkg, 'package.json'), JSON.stringify({name: pkg, version}));
	}
	return dir;
}

describe('patched dependencies', () => {
	it('are pinned exactly in package.json and installed at the verified versions here', () => {
		expect(patchedDependencyProblems(root)).toEqual([]);
		const declared = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {dependencies: Record<string, string>}).dependencies;
		for (const [name, version] of Object.entries(verifiedVersions)) expect(declared[name]).toBe(version);
	});

	it('name each range pin and each other installed version in a clear sentence', () => {
		const dir = fakeRoot('drift', {...verifiedVersions, ink: '^8.0.0'}, {...verifiedVersions, ink: '8.1.0'});
		expect(patchedDependencyProblems(dir)).toEqual([
			'package.json asks for ink "^8.0.0", not exactly the verified 8.0.0',
			"ink 8.1.0 is installed, but dockhand's patches of it were verified against 8.0.0: re-verify them (see scripts/patched-dependencies.mjs), then update verifiedVersions there",
		]);
	});

	it('fail the build with that sentence', async () => {
		const dir = fakeRoot('build', verifiedVersions, {...verifiedVersions, undici: '8.14.0'});
		cpSync(join(root, 'scripts'), join(dir, 'scripts'), {recursive: true});
		cpSync(join(root, 'source'), join(dir, 'source'), {recursive: true});
		symlinkSync(join(root, 'node_modules', 'esbuild'), join(dir, 'node_modules', 'esbuild'));
		const result = await new Promise<{code: number | null; stderr: string}>(resolve => {
			execFile(process.execPath, [join(dir, 'scripts', 'build.mjs')], {cwd: dir}, (error, _stdout, stderr) => resolve({code: error ? (error.code as number) : 0, stderr}));
		});
		expect(result.code).not.toBe(0);
		expect(result.stderr).toContain('patched dependencies: undici 8.14.0');
		expect(result.stderr).toContain("undici 8.14.0 is installed, but dockhand's patches of it were verified against 8.13.1");
	});

	it('swap string-width for Ink and the packages Ink depends on, not for others', () => {
		const own = inkPackages(root);
		for (const name of ['ink', 'widest-line', 'cli-truncate', 'wrap-ansi', 'slice-ansi']) expect(own.has(name), name).toBe(true);
		expect(own.has('@alcalzone/ink-table')).toBe(false);
		expect(own.has('meow')).toBe(false);
	});
});
