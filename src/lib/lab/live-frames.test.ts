import { describe, expect, it } from 'vitest';
import { LiveFrames } from './live-frames';

/** A page's animation frames, run by hand: `frame()` runs what the last frame asked for. */
function frames() {
	let waiting = new Map<number, () => void>();
	let next = 1;
	const queue = new LiveFrames(
		(run) => (waiting.set(next, run), next++),
		(id) => waiting.delete(id)
	);
	const frame = () => {
		const due = waiting;
		waiting = new Map();
		for (const run of due.values()) run();
	};
	return { queue, frame, pending: () => waiting.size };
}

describe('LiveFrames', () => {
	it('draws one picture a frame, in the order they first asked', () => {
		const { queue, frame } = frames();
		const drawn: string[] = [];
		queue.put('curves', () => drawn.push('curves'));
		queue.put('weights', () => drawn.push('weights'));
		queue.put('evaluation', () => drawn.push('evaluation'));
		expect(drawn).toEqual([]);
		frame();
		expect(drawn).toEqual(['curves']);
		frame();
		expect(drawn).toEqual(['curves', 'weights']);
		frame();
		expect(drawn).toEqual(['curves', 'weights', 'evaluation']);
	});

	it('keeps only the latest job of a picture, in the place of its first', () => {
		const { queue, frame } = frames();
		const drawn: string[] = [];
		queue.put('weights', () => drawn.push('weights 1'));
		queue.put('curves', () => drawn.push('curves'));
		queue.put('weights', () => drawn.push('weights 2'));
		expect(queue.waiting('weights')).toBe(true);
		frame();
		frame();
		expect(drawn).toEqual(['weights 2', 'curves']);
		expect(queue.waiting('weights')).toBe(false);
	});

	it('asks for no frame once nothing is waiting', () => {
		const { queue, frame, pending } = frames();
		queue.put('curves', () => {});
		expect(pending()).toBe(1);
		frame();
		expect(pending()).toBe(0);
	});

	it('flush draws everything waiting now; clear forgets it', () => {
		const { queue, frame, pending } = frames();
		const drawn: string[] = [];
		queue.put('curves', () => drawn.push('curves'));
		queue.put('weights', () => drawn.push('weights'));
		queue.flush();
		expect(drawn).toEqual(['curves', 'weights']);
		expect(pending()).toBe(0);
		queue.put('evaluation', () => drawn.push('evaluation'));
		queue.clear();
		frame();
		expect(drawn).toEqual(['curves', 'weights']);
		expect(queue.waiting('evaluation')).toBe(false);
	});

	it('lets a job come back for another turn, behind the pictures already waiting', () => {
		const { queue, frame } = frames();
		const drawn: string[] = [];
		let tiles = 0;
		const more = () => {
			drawn.push(`tiles ${++tiles}`);
			if (tiles < 2) queue.put('tiles', more);
		};
		queue.put('tiles', more);
		queue.put('curves', () => drawn.push('curves'));
		for (let k = 0; k < 4; k++) frame();
		expect(drawn).toEqual(['tiles 1', 'curves', 'tiles 2']);
	});

	it('drop forgets one picture and keeps the others', () => {
		const { queue, frame } = frames();
		const drawn: string[] = [];
		queue.put('tiles', () => drawn.push('tiles'));
		queue.put('curves', () => drawn.push('curves'));
		queue.drop('tiles');
		frame();
		frame();
		expect(drawn).toEqual(['curves']);
		expect(queue.waiting('tiles')).toBe(false);
	});
});
