// A file path shortened to fit a width without losing what matters: the home folder reads '~', then
// the folders nearest the root give way to '…', and the file name stays whole as long as it fits.
import {displayWidth, truncateEnd} from '../text/display-width.js';

export function fitPath(path: string, width: number, home = ''): string {
	const short = home && home !== '/' && path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
	if (displayWidth(short) <= width) return short;
	const parts = short.split('/');
	const base = parts.pop() ?? '';
	// keep the first part ('' for an absolute path, or '~') and as many folders next to the file as fit
	const [first = '', ...middle] = parts;
	for (let drop = 1; drop <= middle.length; drop++) {
		const candidate = [first, '…', ...middle.slice(drop), base].join('/');
		if (displayWidth(candidate) <= width) return candidate;
	}
	return truncateEnd(`…/${base}`, width);
}
