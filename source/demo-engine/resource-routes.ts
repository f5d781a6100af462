// Images, volumes and networks: lists, inspects, image history and removal with dockerd's refusals.
import {boolParam, labelsMatch, parseFilters, sendJson} from './http-kit.js';
import type {DemoImage, DemoNetwork, DemoVolume} from './model.js';
import type {DemoContext, Route} from './router.js';
import {atLeast} from './versions.js';
import {DemoError, type World} from './world.js';

const iso = (ms: number) => new Date(ms).toISOString();

export function imageSummary(image: DemoImage, world: World, version: string) {
	return {
		Id: image.id, ParentId: '', RepoTags: image.tags, RepoDigests: image.tags.map(tag => `${tag.split(':')[0]}@sha256:${image.id.slice(7).split('').reverse().join('')}`),
		Created: Math.floor(image.created / 1000), Size: image.size, SharedSize: -1, ...(atLeast(version, '1.44') ? {} : {VirtualSize: image.size}),
		Labels: {}, Containers: world.containers.filter(c => c.imageId === image.id).length,
	};
}

function findImage(world: World, ref: string): DemoImage {
	const wanted = ref.includes(':') || ref.startsWith('sha256') ? ref : `${ref}:latest`;
	const image = world.images.find(i => i.id === ref || i.tags.includes(wanted) || i.tags.includes(ref) || (ref.length >= 4 && i.id.slice(7).startsWith(ref)) || i.id.startsWith(ref));
	if (!image) throw new DemoError(404, `No such image: ${ref}`);
	return image;
}

function imageInspect(ctx: DemoContext) {
	const image = findImage(ctx.world, ctx.params[0]!);
	sendJson(ctx.res, 200, {
		Id: image.id, RepoTags: image.tags, RepoDigests: imageSummary(image, ctx.world, ctx.version).RepoDigests, Parent: '', Comment: '', Created: iso(image.created),
		...(atLeast(ctx.version, '1.44') ? {} : {Container: '', ContainerConfig: null, VirtualSize: image.size}),
		DockerVersion: '', Author: '', Config: {Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: image.cmd, Labels: null},
		Architecture: 'amd64', Os: 'linux', Size: image.size, GraphDriver: {Name: 'overlay2', Data: {}},
		RootFS: {Type: 'layers', Layers: Array.from({length: image.layers}, (_, n) => `sha256:${image.id.slice(7 + n, 64)}${image.id.slice(7, 7 + n)}`)},
		Metadata: {LastTagTime: '0001-01-01T00:00:00Z'},
	});
}

function imageHistory(ctx: DemoContext) {
	const image = findImage(ctx.world, ctx.params[0]!);
	sendJson(ctx.res, 200, Array.from({length: image.layers}, (_, n) => ({
		Id: n === 0 ? image.id : '<missing>', Created: Math.floor(image.created / 1000) - n * 3600, CreatedBy: n === 0 ? `/bin/sh -c #(nop)  CMD ${JSON.stringify(image.cmd)}` : `/bin/sh -c step ${image.layers - n}`,
		Tags: n === 0 ? image.tags : [], Size: n === image.layers - 1 ? image.size : 0, Comment: '',
	})));
}

function imageRemove(ctx: DemoContext) {
	const image = findImage(ctx.world, ctx.params[0]!);
	const user = ctx.world.containers.find(c => c.imageId === image.id);
	if (user && !boolParam(ctx.query.get('force'))) {
		throw new DemoError(409, `conflict: unable to delete ${image.id.slice(7, 19)} (cannot be forced) - image is being used by running container ${user.id.slice(0, 12)}`);
	}
	ctx.world.images.splice(ctx.world.images.indexOf(image), 1);
	ctx.world.emit('image', 'delete', image.id, {name: image.tags[0] ?? image.id});
	sendJson(ctx.res, 200, [...image.tags.map(tag => ({Untagged: tag})), {Deleted: image.id}]);
}

export function volumeShape(volume: DemoVolume, _version: string) {
	return {Name: volume.name, Driver: 'local', Mountpoint: `/var/lib/docker/volumes/${volume.name}/_data`, CreatedAt: iso(volume.created), Labels: volume.labels, Scope: 'local', Options: {}};
}

function findVolume(world: World, name: string): DemoVolume {
	const volume = world.volumes.find(v => v.name === name);
	if (!volume) throw new DemoError(404, `get ${name}: no such volume`);
	return volume;
}

function networkShape(network: DemoNetwork, world: World) {
	const members = world.containers.filter(c => c.network === network.name && (c.state === 'running' || c.state === 'paused'));
	return {
		Name: network.name, Id: network.id, Created: iso(network.created), Scope: 'local', Driver: network.driver, EnableIPv6: false,
		IPAM: {Driver: 'default', Options: null, Config: network.subnet ? [{Subnet: network.subnet, Gateway: network.subnet.replace(/0\/16$/, '1')}] : []},
		Internal: false, Attachable: false, Ingress: false, ConfigFrom: {Network: ''}, ConfigOnly: false,
		Containers: Object.fromEntries(members.map(c => [c.id, {Name: c.name, EndpointID: c.id, MacAddress: '', IPv4Address: `${c.ip}/16`, IPv6Address: ''}])),
		Options: {}, Labels: network.labels,
	};
}

function findNetwork(world: World, ref: string): DemoNetwork {
	const network = world.networks.find(n => n.id === ref || n.name === ref || (ref.length >= 3 && n.id.startsWith(ref)));
	if (!network) throw new DemoError(404, `network ${ref} not found`);
	return network;
}

const param = '([^/]+(?:/[^/]+)*?)';

export const resourceRoutes: Route[] = [
	['GET', /^\/images\/json$/, ctx => {
		const filters = parseFilters(ctx.query.get('filters'));
		const dangling = filters.get('dangling')?.[0];
		const images = ctx.world.images.filter(i => dangling === undefined || (dangling === 'true') === (i.tags.length === 0));
		sendJson(ctx.res, 200, images.map(i => imageSummary(i, ctx.world, ctx.version)));
	}],
	['GET', new RegExp(`^/images/${param}/json$`), imageInspect],
	['GET', new RegExp(`^/images/${param}/history$`), imageHistory],
	['DELETE', new RegExp(`^/images/${param}$`), imageRemove],
	['GET', /^\/volumes$/, ctx => {
		const filters = parseFilters(ctx.query.get('filters'));
		const volumes = ctx.world.volumes.filter(v => labelsMatch(v.labels, filters.get('label')));
		sendJson(ctx.res, 200, {Volumes: volumes.map(v => volumeShape(v, ctx.version)), Warnings: []});
	}],
	['GET', /^\/volumes\/([^/]+)$/, ctx => sendJson(ctx.res, 200, volumeShape(findVolume(ctx.world, ctx.params[0]!), ctx.version))],
	['GET', /^\/networks$/, ctx => sendJson(ctx.res, 200, ctx.world.networks.map(n => networkShape(n, ctx.world)))],
	['GET', /^\/networks\/([^/]+)$/, ctx => sendJson(ctx.res, 200, networkShape(findNetwork(ctx.world, ctx.params[0]!), ctx.world))],
];
