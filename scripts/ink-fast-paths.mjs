// esbuild plugin: builds Ink with dockhand's fast frame buffer and string widths.
// - ink/build/renderer.js's `./output.js` → source/ui/render/output.ts (same output, remembers
//   across frames what did not change — per Ink instance: renderer.js is made to pass its root node);
// - ink/build/log-update.js's `./line-update.js` → source/ui/render/line-update.ts (same bytes;
//   one-cell symbols take the ASCII path instead of grapheme segmentation);
// - the `string-width` imports of Ink and of its own dependencies (widest-line, cli-truncate, …) →
//   source/ui/render/string-width.ts (same numbers; printable text measured without segmenting);
//   other packages keep the real one.
// The build fails if Ink no longer imports what is swapped, or if Ink, string-width or undici is not
// the exact version the swaps were verified against (scripts/patched-dependencies.mjs).
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {inkPackages, patchedDependencyProblems} from './patched-dependencies.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fastOutput = `${root}source/ui/render/output.ts`;
const fastLineUpdate = `${root}source/ui/render/line-update.ts`;
const fastWidth = `${root}source/ui/render/string-width.ts`;
const renderer = /[\\/]ink[\\/]build[\\/]renderer\.js$/;

/** The package a file belongs to: the name after the last node_modules/ in its path. */
function packageOf(file) {
	const parts = file.split(/[\\/]/);
	const at = parts.lastIndexOf('node_modules');
	if (at === -1) return undefined;
	const name = parts[at + 1];
	return name?.startsWith('@') ? `${name}/${parts[at + 2]}` : name;
}

export function inkFastPaths() {
	return {
		name: 'ink-fast-paths',
		setup(build) {
			const swapped = new Set();
			let inkOwn = new Set();
			build.onStart(() => {
				swapped.clear();
				inkOwn = inkPackages(root);
				const problems = patchedDependencyProblems(root);
				if (problems.length > 0) return {errors: problems.map(text => ({text: `patched dependencies: ${text}`}))};
				return undefined;
			});
			// Output's frame memory belongs to one Ink instance: renderer.js passes the node it renders.
			build.onLoad({filter: renderer}, async args => {
				const source = await readFile(args.path, 'utf8');
				let count = 0;
				const contents = source.replace(/new Output\(\{/g, () => `new Output({owner: ${count++ === 0 ? 'node' : 'staticNode'}, `);
				if (count !== 2) return {errors: [{text: `ink-fast-paths: ink/build/renderer.js no longer builds two Outputs (found ${count}); check source/ui/render/output.ts against the new Ink`}]};
				swapped.add('renderer');
				return {contents, loader: 'js'};
			});
			build.onResolve({filter: /^\.\/output\.js$/}, args => {
				if (!/[\\/]ink[\\/]build[\\/]renderer\.js$/.test(args.importer)) return undefined;
				swapped.add('output');
				return {path: fastOutput};
			});
			build.onResolve({filter: /^\.\/line-update\.js$/}, args => {
				if (!/[\\/]ink[\\/]build[\\/]log-update\.js$/.test(args.importer)) return undefined;
				swapped.add('line-update');
				return {path: fastLineUpdate};
			});
			build.onResolve({filter: /^string-width$/}, args => {
				if (args.importer === fastWidth || !inkOwn.has(packageOf(args.importer))) return undefined;
				swapped.add('string-width');
				return {path: fastWidth};
			});
			build.onEnd(result => {
				for (const name of ['output', 'line-update', 'string-width', 'renderer']) {
					if (!swapped.has(name)) result.errors.push({text: `ink-fast-paths: Ink no longer imports ${name}; check source/ui/render/ against the new Ink`});
				}
			});
		},
	};
}
