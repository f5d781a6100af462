// Styles of the logs pane on top of the semantic theme: stderr gutter, match highlights, the
// colour of each container's name in merged views. Without colour, glyphs and inverse carry it.
import {isColorEnabled, theme, type TextStyle} from '../theme.js';
import type {LogStream} from '../../store/logs/log-line.js';

const namePalette = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'redBright', 'cyanBright', 'magentaBright'];

export function nameStyle(source: number): TextStyle {
	return isColorEnabled() ? {color: namePalette[source % namePalette.length]} : {bold: true};
}

/** The gutter glyph and its style: stderr is marked even without colour. */
export function gutter(stream: LogStream): {glyph: string; style: TextStyle} {
	if (stream === 'stderr') return {glyph: '▌', style: {...theme.status.error, dimColor: true}};
	if (stream === 'system') return {glyph: '▌', style: theme.status.warn};
	return {glyph: ' ', style: {}};
}

export function matchStyle(current: boolean): TextStyle {
	if (!isColorEnabled()) return current ? {inverse: true, bold: true, underline: true} : {inverse: true};
	return current ? {backgroundColor: 'yellow', color: 'black', bold: true, underline: true} : {backgroundColor: 'yellow', color: 'black'};
}
