// Prints the key reference (markdown) generated from the keymap: npm run -s docs:keys
import {keymap} from '../source/ui/keymap/index.js';
import {keysMarkdown} from '../source/ui/keymap/keys-markdown.js';

process.stdout.write(`${keysMarkdown(keymap)}\n`);
