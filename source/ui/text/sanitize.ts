// Daemon-supplied text (names, labels, tags, env, log lines) is untrusted: make it inert before it
// reaches Ink. Escape sequences are dropped whole; any other control character becomes a visible
// control picture, so nothing the daemon sends can move the cursor, retitle or recolour the terminal.

// CSI (ESC [ or 0x9B) params/intermediates/final; OSC/DCS/SOS/PM/APC up to BEL or ST; ESC + one char.
const ESCAPE_SEQUENCE =
	// eslint-disable-next-line no-control-regex
	/(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;

// C0 except tab, DEL, C1, and the bidi controls that can reorder what the user reads.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function picture(char: string): string {
	const code = char.charCodeAt(0);
	if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟
	if (code === 0x7f) return '\u2421'; // ␡
	return '\uFFFD';
}

/** Text safe to print on one line: escape sequences removed, tabs expanded, controls made visible. */
export function sanitizeLine(text: string, tabWidth = 4): string {
	let out = text;
	if (out.includes('\u001B') || /[\u0090-\u009F]/.test(out)) out = out.replace(ESCAPE_SEQUENCE, '');
	if (out.includes('\t')) out = expandTabs(out, tabWidth);
	return out.replace(CONTROL, picture);
}

function expandTabs(text: string, tabWidth: number): string {
	let out = '';
	let column = 0;
	for (const char of text) {
		if (char === '\t') {
			const pad = tabWidth - (column % tabWidth);
			out += ' '.repeat(pad);
			column += pad;
		} else {
			out += char;
			column += 1;
		}
	}
	return out;
}

/** For short labels (names, tags, keys): also turns tabs into a single space. */
export function sanitizeLabel(text: string): string {
	return sanitizeLine(text.replaceAll('\t', ' '));
}
