// Inspect + history of the selected image, fetched once per image through Services (the UI does
// no I/O of its own) and kept while the image exists; a newer selection wins a slow answer.
import {useEffect, useState} from 'react';
import {describeError} from '../../engine/errors.js';
import type {ImageHistoryItem, ImageInspect} from '../../engine/types.js';
import {useServices} from '../services-context.js';

export type ImageDetails =
	| {status: 'loading'}
	| {status: 'loaded'; inspect: ImageInspect; history: ImageHistoryItem[]}
	| {status: 'error'; message: string};

const cache = new Map<string, ImageDetails>();
const cacheLimit = 50;

export function useImageDetails(id: string | undefined): ImageDetails | undefined {
	const {inspectImage, imageHistory} = useServices();
	const [details, setDetails] = useState<ImageDetails | undefined>(() => (id ? cache.get(id) : undefined));
	useEffect(() => {
		if (!id) {
			setDetails(undefined);
			return;
		}
		const cached = cache.get(id);
		if (cached && cached.status === 'loaded') {
			setDetails(cached);
			return;
		}
		let current = true;
		setDetails({status: 'loading'});
		Promise.all([inspectImage(id), imageHistory(id).catch(() => [])]).then(
			([inspect, history]) => {
				const loaded: ImageDetails = {status: 'loaded', inspect, history};
				if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!);
				cache.set(id, loaded);
				if (current) setDetails(loaded);
			},
			(error: unknown) => {
				if (current) setDetails({status: 'error', message: describeError(error)});
			},
		);
		return () => {
			current = false;
		};
	}, [id, inspectImage, imageHistory]);
	return details;
}
