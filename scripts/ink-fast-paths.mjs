// esbuild plugin: builds Ink with dockhand's fast frame buffer and string widths.
// - ink/build/renderer.js's `./output.js` → source/ui/render/output.ts (same output, remembers
//   across frames what did not change — per Ink instance: renderer.js is made to pass its root node);
// - ink/build/log-update.js's `./line-update.js` → source/ui/render/line-update.ts (same bytes;
//   one-cell symbols take the ASCII path instead of grapheme segmentation);
// - ink/build/squash-text-nodes.js remembers what a text's pieces became (ANSI sanitised, C1
//   controls, tabs): every frame squashes every text on screen, most of them unchanged;
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
const squash = /[\\/]ink[\\/]build[\\/]squash-text-nodes\.js$/;
const memoCache = `${root}source/ui/render/two-generation-cache.ts`;

/** Ink's squashTextNodes with its pure tail (sanitise, C1 forms, tabs) remembered per text; null if Ink changed. */
export function memoisedSquash(source) {
	const steps = [
		[
			"    text = sanitizeAnsi(text.replaceAll('\\r\\n', '\\n'));",
			"    const memoKey = node.nodeName === 'ink-text' ? text : '\\u0000' + text;\n    const remembered = squashMemo.get(memoKey);\n    if (remembered !== undefined) return remembered;\n    text = sanitizeAnsi(text.replaceAll('\\r\\n', '\\n'));",
		],
		['    return text;\n};', '    squashMemo.set(memoKey, text);\n    return text;\n};'],
	];
	let contents = source;
	for (const [from, to] of steps) {
		if (contents.split(from).length !== 2) return null;
		contents = contents.replace(from, to);
	}
	return `import {TwoGenerationCache as SquashMemo} from ${JSON.stringify(memoCache)};\n// sized for a few screens of distinct texts (a list row, its cells, the detail lines)\nconst squashMemo = new SquashMemo(1024);\n${contents}`;
}

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
			build.onLoad({filter: squash}, async args => {
				const contents = memoisedSquash(await readFile(args.path, 'utf8'));
				if (!contents) return {errors: [{text: 'ink-fast-paths: ink/build/squash-text-nodes.js changed; check the squash memo against the new Ink'}]};
				swapped.add('squash');
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
				for (const name of ['output', 'line-update', 'string-width', 'renderer', 'squash']) {
					if (!swapped.has(name)) result.errors.push({text: `ink-fast-paths: Ink no longer imports ${name}; check source/ui/render/ against the new Ink`});
				}
			});
		},
	};
}
