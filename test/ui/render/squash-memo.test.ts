// The build's remembered squash (scripts/ink-fast-paths.mjs) must give what Ink's own
// squashTextNodes gives, for the same text met again in later frames too.
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {afterAll, describe, expect, it} from 'vitest';
import {memoisedSquash} from '../../../scripts/ink-fast-paths.mjs';
import {randomStyled, seeded} from './random-text.js';

type TextNode = {nodeName: string; nodeValue?: string; childNodes: TextNode[]; isHidden?: boolean; internal_transform?: (line: string, index: number) => string};
type Squash = (node: TextNode) => string;

const build = new URL('../../../node_modules/ink/build/', import.meta.url);
const original = ((await import(new URL('squash-text-nodes.js', build).href)) as {default: Squash}).default;
// the patched module beside Ink's, so its relative imports resolve as in the build
const patchedFile = new URL(`squash-text-nodes.memo-test-${process.pid}.js`, build);
const patchedSource = memoisedSquash(readFileSync(new URL('squash-text-nodes.js', build), 'utf8'));
writeFileSync(patchedFile, patchedSource ?? '');
const patched = ((await import(patchedFile.href)) as {default: Squash}).default;
afterAll(() => rmSync(patchedFile, {force: true}));

const hostile = ['\u001B]0;title\u0007', '\u009B31m', '\u009D8;;x\u009C', '\r\n', '\t', '\u0007', '\u001B[2J', '\u001B[38:5:196m'];

function randomTree(random: () => number, depth: number, name = 'ink-text'): TextNode {
	const children: TextNode[] = [];
	const count = 1 + Math.floor(random() * 4);
	for (let index = 0; index < count; index++) {
		const roll = random();
		if (roll < 0.55 || depth === 0) {
			const text = randomStyled(random, 3) + (random() < 0.3 ? hostile[Math.floor(random() * hostile.length)] : '');
			children.push({nodeName: '#text', nodeValue: text, childNodes: []});
		} else {
			const child = randomTree(random, depth - 1, 'ink-virtual-text');
			if (random() < 0.4) child.internal_transform = (line, index) => `\u001B[3${index % 8}m${line}\u001B[39m`;
			if (random() < 0.1) child.isHidden = true;
			children.push(child);
		}
	}
	return {nodeName: name, childNodes: children};
}

describe('the remembered squash of text nodes', () => {
	it('patches the installed Ink', () => {
		expect(patchedSource).not.toBeNull();
	});

	it("gives Ink's own result for random styled, hostile, nested and transformed texts, met once or again", () => {
		const random = seeded(7);
		const trees = Array.from({length: 400}, () => randomTree(random, 3));
		for (let round = 0; round < 3; round++) {
			for (const tree of trees) expect(patched(tree)).toBe(original(tree));
			// a text changed in place (as React updates a node) is squashed anew
			for (const tree of trees.slice(0, 50)) {
				const first = tree.childNodes.find(child => child.nodeName === '#text');
				if (first) first.nodeValue = `${first.nodeValue}\t+${round}`;
			}
		}
	});
});
