import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {keymap} from '../source/ui/keymap/index.js';
import {keysMarkdown} from '../source/ui/keymap/keys-markdown.js';

describe('README key reference', () => {
	it('is exactly what the keymap generates (refresh with npm run -s docs:keys)', () => {
		const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
		const block = /<!-- keys:start -->\n([\s\S]*?)\n<!-- keys:end -->/.exec(readme);
		expect(block, 'README lacks the keys:start/keys:end block').not.toBeNull();
		expect(block![1]).toBe(keysMarkdown(keymap));
	});

	it('lists every binding once, with its keys', () => {
		const text = keysMarkdown(keymap);
		for (const binding of keymap) expect(text).toContain(binding.description.replace('|', '\\|'));
		expect(text).toContain('| `q` `^C` | quit');
	});
});
