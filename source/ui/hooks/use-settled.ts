// A value that follows its input once the input stops changing for `delayMs`: holding `j` moves the
// list at once, while the detail pane (logs stream, inspect) follows only where the user stops.
import {useEffect, useState} from 'react';

export function useSettled<T>(value: T, delayMs: number): T {
	const [settled, setSettled] = useState(value);
	useEffect(() => {
		if (Object.is(value, settled)) return;
		const timer = setTimeout(() => setSettled(value), delayMs);
		return () => clearTimeout(timer);
	}, [value, settled, delayMs]);
	return settled;
}
