// One daemon answer for the UI, fetched when `id` (what is shown) or `version` (a change the store
// saw to it) changes, never polled; a newer request wins over a slow answer to an older one.
import {useEffect, useState} from 'react';
import {describeError} from '../../engine/errors.js';

export type Fetched<T> = {status: 'loading'} | {status: 'loaded'; value: T} | {status: 'error'; message: string};

export function useFetched<T>(id: string | null, version: string, load: () => Promise<T>): Fetched<T> | undefined {
	const [result, setResult] = useState<{id: string; fetched: Fetched<T>} | undefined>(undefined);
	useEffect(() => {
		if (id === null) return;
		let current = true;
		// A new version of the same thing keeps the previous answer on screen while it is fetched.
		setResult(previous => (previous?.id === id ? previous : {id, fetched: {status: 'loading'}}));
		load().then(
			value => current && setResult({id, fetched: {status: 'loaded', value}}),
			(error: unknown) => current && setResult({id, fetched: {status: 'error', message: describeError(error)}}),
		);
		return () => {
			current = false;
		};
		// `load` is a new closure each render; id and version say when to fetch.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [id, version]);
	if (id === null) return undefined;
	return result?.id === id ? result.fetched : {status: 'loading'};
}
