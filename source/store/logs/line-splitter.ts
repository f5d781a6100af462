// Turns decoded log text into lines, across any chunk boundaries: `\n` and `\r\n` end a line; a
// lone `\r` (a progress bar redrawing itself) keeps only what followed it, as a terminal would show;
// a line longer than the limit keeps its head and counts what was cut, without buffering the rest.

export type SplitLine = {time: number; text: string; cut: number};

/** Characters kept of one line; the rest is counted and dropped (1 MB lines stay cheap). */
export const defaultMaxLineLength = 16 * 1024;

export class LineSplitter {
	private parts: string[] = [];
	private length = 0;
	private cut = 0;
	private time = 0;
	private open = false; // a line has started (some text or a timestamp arrived for it)
	private pendingCr = false; // the last chunk ended in '\r': `\r\n` or a redraw, the next chunk tells
	private redraw = false; // a lone '\r' came: the next text replaces the line

	constructor(private readonly maxLineLength = defaultMaxLineLength) {}

	/** Feeds text that arrived with `time` (the time of the message it belongs to); completed lines go to `out`. */
	push(text: string, time: number, out: SplitLine[]): void {
		if (!this.open) {
			this.open = true;
			this.time = time;
		}
		let pos = 0;
		if (this.pendingCr) {
			this.pendingCr = false;
			if (text.charCodeAt(0) !== 10) this.redraw = true;
		}
		while (pos <= text.length) {
			const newline = text.indexOf('\n', pos);
			let end = newline === -1 ? text.length : newline;
			if (end > pos && text.charCodeAt(end - 1) === 13) {
				end--; // the '\r' of '\r\n', or one whose meaning the next chunk decides
				if (newline === -1) this.pendingCr = true;
			}
			const lastCr = end > pos ? text.lastIndexOf('\r', end - 1) : -1;
			if (lastCr >= pos) {
				// what stood before the last redraw stays if nothing follows it ("done\r\r\n")
				const previousCr = lastCr > pos ? text.lastIndexOf('\r', lastCr - 1) : -1;
				if (previousCr >= pos) this.redraw = true;
				const from = previousCr >= pos ? previousCr + 1 : pos;
				if (lastCr > from) this.append(text, from, lastCr, time);
				this.redraw = true;
				pos = lastCr + 1;
			}
			if (end > pos) this.append(text, pos, end, time);
			if (newline === -1) return;
			out.push(this.take());
			pos = newline + 1;
			if (pos === text.length) return;
			this.open = true;
			this.time = time;
		}
	}

	/** No line in progress and nothing pending: the next text starts a fresh line. */
	get idle(): boolean {
		return !this.open && !this.pendingCr && !this.redraw;
	}

	/** The line in progress already holds all it keeps: more text without a line end only counts. */
	get full(): boolean {
		return this.open && this.length >= this.maxLineLength && !this.pendingCr && !this.redraw;
	}

	/** Counts `count` characters of the line in progress as cut, without their text. */
	skip(count: number): void {
		this.cut += count;
	}

	/** Ends the stream: a last line without a newline is returned too. */
	flush(out: SplitLine[]): void {
		if (this.open && (this.length > 0 || this.cut > 0)) out.push(this.take());
		this.reset();
	}

	/** The line still waiting for its newline (for a live view of a progress line). */
	pending(): SplitLine | undefined {
		if (!this.open || (this.length === 0 && this.cut === 0)) return undefined;
		return {time: this.time, text: this.parts.join(''), cut: this.cut};
	}

	private append(text: string, from: number, to: number, time: number): void {
		if (this.redraw) {
			this.parts = [];
			this.length = 0;
			this.cut = 0;
			this.redraw = false;
			this.time = time;
		}
		const room = this.maxLineLength - this.length;
		const take = Math.min(room, to - from);
		if (take > 0) {
			this.parts.push(from === 0 && take === text.length ? text : text.slice(from, from + take));
			this.length += take;
		}
		this.cut += to - from - Math.max(take, 0);
	}

	private take(): SplitLine {
		// pieces come from one daemon message (at most 16 KiB) each, so a slice never pins a large string
		const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
		const line = {time: this.time, text, cut: this.cut};
		this.reset();
		return line;
	}

	private reset(): void {
		this.parts = [];
		this.length = 0;
		this.cut = 0;
		this.open = false;
		this.redraw = false;
	}
}
