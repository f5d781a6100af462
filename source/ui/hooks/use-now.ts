// A clock for texts computed from timestamps ("up 3m"). It ticks only as often as those texts can
// change, so an idle screen writes nothing to the terminal.
import {useEffect, useState} from 'react';

export function useNow(intervalMs: number): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		const timer = setInterval(() => setNow(Date.now()), intervalMs);
		timer.unref?.();
		return () => clearInterval(timer);
	}, [intervalMs]);
	return now;
}
