// dockhand reaches into the internals of these packages: the build swaps Ink's output.js,
// line-update.js and its string-width (scripts/ink-fast-paths.mjs, source/ui/render/), and
// source/engine/undici-pool.ts loads undici's private lib/ files. Each was verified against one exact
// version; any other version fails the build until someone re-verifies and updates this table.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

export const verifiedVersions = {ink: '8.0.0', 'string-width': '8.3.0', undici: '8.13.1'};

const readJson = file => JSON.parse(readFileSync(file, 'utf8'));

/** What is wrong with the pins and the installed versions (empty when all is as verified). */
export function patchedDependencyProblems(root) {
	const declared = readJson(join(root, 'package.json')).dependencies ?? {};
	const problems = [];
	for (const [name, version] of Object.entries(verifiedVersions)) {
		if (declared[name] !== version) problems.push(`package.json asks for ${name} "${declared[name] ?? '(missing)'}", not exactly the verified ${version}`);
		const manifest = join(root, 'node_modules', name, 'package.json');
		const installed = existsSync(manifest) ? readJson(manifest).version : undefined;
		if (installed !== version) {
			problems.push(`${name} ${installed ?? '(not installed)'} is installed, but dockhand's patches of it were verified against ${version}: re-verify them (see scripts/patched-dependencies.mjs), then update verifiedVersions there`);
		}
	}
	return problems;
}

/** Ink and every package it depends on, transitively (the packages whose string-width the build swaps). */
export function inkPackages(root) {
	const seen = new Set();
	const visit = (name, from) => {
		if (seen.has(name)) return;
		// Node's lookup: the package's own node_modules first, then the top level
		const dir = [join(from, 'node_modules', name), join(root, 'node_modules', name)].find(candidate => existsSync(join(candidate, 'package.json')));
		if (!dir) return;
		seen.add(name);
		for (const dependency of Object.keys(readJson(join(dir, 'package.json')).dependencies ?? {})) visit(dependency, dir);
	};
	visit('ink', root);
	return seen;
}
