// Turns a `tmux capture-pane -e -p` dump (text + SGR colour codes) into a standalone HTML page,
// for screenshots. Usage: node scripts/ansi-to-html.mjs IN.ans OUT.html [title]
import {readFileSync, writeFileSync} from 'node:fs';

const [input, output, title = 'dockhand'] = process.argv.slice(2);
if (!input || !output) {
	console.error('usage: node scripts/ansi-to-html.mjs IN.ans OUT.html [title]');
	process.exit(2);
}

const basic = ['#1e1e1e', '#e05252', '#5fbf5f', '#d7af3f', '#5f87d7', '#c678dd', '#56b6c2', '#d0d0d0'];
const bright = ['#7f7f7f', '#ff6e6e', '#87e087', '#ffd75f', '#87afff', '#e0a0f0', '#87d7d7', '#ffffff'];
const fg0 = '#d0d0d0';
const bg0 = '#1b1d23';

function palette256(n) {
	if (n < 8) return basic[n];
	if (n < 16) return bright[n - 8];
	if (n < 232) {
		const v = [0, 95, 135, 175, 215, 255];
		const i = n - 16;
		return `rgb(${v[Math.floor(i / 36)]},${v[Math.floor(i / 6) % 6]},${v[i % 6]})`;
	}
	const g = 8 + (n - 232) * 10;
	return `rgb(${g},${g},${g})`;
}

const escapeHtml = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let style = {};
function apply(params) {
	const codes = params === '' ? [0] : params.split(';').map(Number);
	for (let i = 0; i < codes.length; i++) {
		const c = codes[i];
		if (c === 0) style = {};
		else if (c === 1) style.bold = true;
		else if (c === 2) style.dim = true;
		else if (c === 3) style.italic = true;
		else if (c === 4) style.underline = true;
		else if (c === 7) style.inverse = true;
		else if (c === 22) delete style.bold, delete style.dim;
		else if (c === 23) delete style.italic;
		else if (c === 24) delete style.underline;
		else if (c === 27) delete style.inverse;
		else if (c >= 30 && c <= 37) style.fg = basic[c - 30];
		else if (c === 39) delete style.fg;
		else if (c >= 40 && c <= 47) style.bg = basic[c - 40];
		else if (c === 49) delete style.bg;
		else if (c >= 90 && c <= 97) style.fg = bright[c - 90];
		else if (c >= 100 && c <= 107) style.bg = bright[c - 100];
		else if ((c === 38 || c === 48) && codes[i + 1] === 5) {
			style[c === 38 ? 'fg' : 'bg'] = palette256(codes[i + 2]);
			i += 2;
		} else if ((c === 38 || c === 48) && codes[i + 1] === 2) {
			style[c === 38 ? 'fg' : 'bg'] = `rgb(${codes[i + 2]},${codes[i + 3]},${codes[i + 4]})`;
			i += 4;
		}
	}
}

function css() {
	let fg = style.fg ?? fg0;
	let bg = style.bg ?? null;
	if (style.inverse) [fg, bg] = [bg ?? bg0, fg];
	const parts = [`color:${fg}`];
	if (bg) parts.push(`background:${bg}`);
	if (style.bold) parts.push('font-weight:bold');
	if (style.dim) parts.push('opacity:0.6');
	if (style.italic) parts.push('font-style:italic');
	if (style.underline) parts.push('text-decoration:underline');
	return parts.join(';');
}

const text = readFileSync(input, 'utf8').replace(/\n$/, '');
let html = '';
// eslint-disable-next-line no-control-regex
for (const piece of text.split(/(\u001B\[[0-9;]*m)/)) {
	// eslint-disable-next-line no-control-regex
	const sgr = /^\u001B\[([0-9;]*)m$/.exec(piece);
	if (sgr) apply(sgr[1]);
	else if (piece) html += `<span style="${css()}">${escapeHtml(piece)}</span>`;
}

writeFileSync(output, `<!doctype html><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>html,body{margin:0;background:${bg0}}pre{margin:0;padding:10px;font:14px/17px 'DejaVu Sans Mono',monospace;color:${fg0};white-space:pre}</style>
<pre>${html}</pre>
`);
