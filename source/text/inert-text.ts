// The one trust boundary for daemon text. Names, labels, tags, env, errors, versions: anything the
// daemon (or whoever answers on its socket) sends is made inert here before anyone keeps or prints
// it. Escape sequences (CSI, OSC incl. titles, hyperlinks and clipboard writes, DCS, APC…) are
// dropped whole; other C0/C1 controls and the bidi controls that reorder what the user reads become
// visible pictures. Tab and newline stay: harmless, and display code lays them out.

// CSI (ESC [ or 0x9B) params/intermediates/final; OSC/DCS/SOS/PM/APC up to BEL or ST; ESC + one char.
export const ESCAPE_SEQUENCE =
	// eslint-disable-next-line no-control-regex
	/(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;

/** Unicode's Bidi_Control characters: ALM (U+061C), LRM, RLM, the embeddings/overrides and isolates. */
const BIDI = '\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069';
// eslint-disable-next-line no-control-regex
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${BIDI}]`, 'g');
// eslint-disable-next-line no-control-regex
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${BIDI}]`);
// eslint-disable-next-line no-control-regex
const ESCAPE_START = /[\u001B\u0090-\u009F]/;

/** The visible stand-in for a control character: ␀ … ␟, ␡, or � for C1 and bidi controls. */
export function controlPicture(char: string): string {
	const code = char.charCodeAt(0);
	if (code < 0x20) return String.fromCharCode(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	return '\uFFFD';
}

/** `text` with escape sequences removed and controls (except tab and newline) made visible. */
export function inertText(text: string): string {
	if (!UNSAFE.test(text)) return text;
	const out = ESCAPE_START.test(text) ? text.replace(ESCAPE_SEQUENCE, '') : text;
	return out.replace(CONTROL, controlPicture);
}

// In JSON text a control character can only be escaped (\u001b, \r, \b, \f); C1 and bidi controls may
// also stand raw. A body with none of these (nearly every one) needs no walk after parsing.
// eslint-disable-next-line no-control-regex
const UNSAFE_JSON = new RegExp(`\\\\(?:u00[0189][0-9a-fA-F]|u007[fF]|u061[cC]|u200[eEfF]|u202[a-eA-E]|u206[6-9]|[rbf])|[\\u007F-\\u009F${BIDI}]`);

/** JSON.parse, then inertValue when the text could hold anything to make inert. */
export function parseInert<T>(json: string): T {
	const value = JSON.parse(json) as T;
	return UNSAFE_JSON.test(json) ? inertValue(value) : value;
}

/** A parsed API object with every string in it (keys too) made inert; other values unchanged. */
export function inertValue<T>(value: T): T {
	return inertAny(value) as T;
}

function inertAny(value: unknown): unknown {
	if (typeof value === 'string') return inertText(value);
	if (value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) value[i] = inertAny(value[i]);
		return value;
	}
	const record = value as Record<string, unknown>;
	for (const key of Object.keys(record)) {
		const clean = inertText(key);
		const item = inertAny(record[key]);
		if (clean !== key) {
			delete record[key];
			record[clean] = item;
		} else record[key] = item;
	}
	return record;
}
