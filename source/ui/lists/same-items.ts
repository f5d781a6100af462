// Whether two arrays hold the very same items in the same order (identity, not equality): how the
// list and the frame buffer tell that a rebuilt array changed nothing.
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
	return true;
}
