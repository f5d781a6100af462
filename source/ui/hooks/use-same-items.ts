// An array rebuilt with the very same items (a clock tick that changed no row's text) keeps its
// identity, so what is computed from it (groups, column widths, the visible rows) is not redone.
import {useRef} from 'react';

export function useSameItems<T>(next: readonly T[]): readonly T[] {
	const previous = useRef(next);
	const same = previous.current.length === next.length && previous.current.every((item, index) => item === next[index]);
	if (!same) previous.current = next;
	return previous.current;
}
