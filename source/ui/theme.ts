// Semantic style tokens. Panes ask for `theme.status.error`, never for 'red', so NO_COLOR and
// --no-color only have to change this file: colours go, bold/dim/inverse (readable without colour) stay.

export type TextStyle = {color?: string; backgroundColor?: string; bold?: boolean; dimColor?: boolean; inverse?: boolean; underline?: boolean};

export type Tone = 'ok' | 'warn' | 'error' | 'info' | 'muted' | 'accent';

function build(color: boolean) {
	const c = (name: string): {color?: string} => (color ? {color: name} : {});
	return {
		status: {ok: c('green'), warn: c('yellow'), error: {...c('red'), bold: !color}, info: c('cyan')},
		text: {muted: {dimColor: true}, accent: {...c('cyan'), bold: true}, title: {bold: true}, key: {...c('cyan'), bold: true}},
		selection: {focused: {inverse: true}, unfocused: {inverse: true, dimColor: true}},
		tab: {active: {inverse: true, bold: true}, inactive: {dimColor: true}},
		border: {focused: c('cyan'), unfocused: c('gray')},
		badge: {readOnly: {...c('yellow'), inverse: true, bold: true}, insecure: {...c('red'), inverse: true, bold: true}, demo: {...c('magenta'), inverse: true, bold: true}},
	} satisfies Record<string, Record<string, TextStyle>>;
}

export type Theme = ReturnType<typeof build>;

/** The live theme; replaced in place by setColorEnabled at startup. */
export const theme: Theme = build(!process.env.NO_COLOR);

let colorEnabled = !process.env.NO_COLOR;

/** Colours on or off (NO_COLOR set → off, --no-color → off). */
export function setColorEnabled(enabled: boolean): void {
	colorEnabled = enabled;
	Object.assign(theme, build(enabled));
}

export function isColorEnabled(): boolean {
	return colorEnabled;
}

export function toneStyle(tone: Tone | undefined): TextStyle {
	if (tone === undefined) return {};
	if (tone === 'muted') return theme.text.muted;
	if (tone === 'accent') return theme.text.accent;
	return theme.status[tone];
}

/** Whether NO_COLOR / --no-color ask for no colour. */
export function wantsColor(flagColor: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
	return flagColor && !env.NO_COLOR;
}
