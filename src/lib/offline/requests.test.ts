import { describe, expect, it } from 'vitest';
import { handlingOf, keeps, type RequestFacts } from './requests';

const ORIGIN = 'https://example.org';
const BUILD = ['/_app/immutable/entry/start.abc123.js'];
const FILES = ['/favicon.svg', '/data/lesson-images.gz'];
const get = (url: string, mode = 'cors'): RequestFacts => ({ method: 'GET', url, mode });

describe('handlingOf', () => {
	const cases: [string, RequestFacts, ReturnType<typeof handlingOf>][] = [
		['another origin passes through', get('https://cdn.example.com/x.js'), 'pass'],
		['the same host on another port is another origin', get('https://example.org:8443/'), 'pass'],
		['another scheme is another origin', get('http://example.org/softmax/'), 'pass'],
		['a POST passes through', { method: 'POST', url: `${ORIGIN}/softmax/` }, 'pass'],
		['a HEAD passes through', { method: 'HEAD', url: `${ORIGIN}/data/train.gz` }, 'pass'],
		[
			'a PUT to a built file passes through',
			{ method: 'PUT', url: `${ORIGIN}${BUILD[0]}` },
			'pass'
		],
		['a built file is answered from the cache first', get(`${ORIGIN}${BUILD[0]}`), 'cache-first'],
		[
			'MNIST is answered from the cache first',
			get(`${ORIGIN}/data/train-images.gz`),
			'cache-first'
		],
		[
			'a page goes to the network first',
			get(`${ORIGIN}/softmax/?m=4`, 'navigate'),
			'network-first'
		],
		[
			'another of its files goes to the network first',
			get(`${ORIGIN}/favicon.svg`),
			'network-first'
		]
	];
	it.each(cases)('%s', (_, request, handling) => {
		expect(handlingOf(request, ORIGIN, BUILD)).toBe(handling);
	});
});

describe('keeps', () => {
	const cases: [string, RequestFacts, boolean, boolean][] = [
		['a page', get(`${ORIGIN}/softmax/`, 'navigate'), true, true],
		['the data', get(`${ORIGIN}/data/train-images.gz`), true, true],
		['one of its static files', get(`${ORIGIN}/favicon.svg`), true, true],
		['not a failed response', get(`${ORIGIN}/softmax/`, 'navigate'), false, false],
		['not a fetch of an address it does not serve', get(`${ORIGIN}/api/x`), true, false],
		[
			'not another origin’s response',
			get('https://cdn.example.com/data/x.gz', 'navigate'),
			true,
			false
		],
		[
			'not a POST’s response',
			{ method: 'POST', url: `${ORIGIN}/data/x.gz`, mode: 'navigate' },
			true,
			false
		]
	];
	it.each(cases)('keeps %s', (_, request, ok, kept) => {
		expect(keeps(request, ORIGIN, ok, FILES)).toBe(kept);
	});
});
