import { describe, expect, it } from 'vitest';
import { activationFrame, PAD } from './activation-plot';

const relu = { activation: 'relu', leakySlope: 0.01 } as const;
const leaky = { activation: 'leaky-relu', leakySlope: 0.01 } as const;
const points = (path: string) =>
	path
		.slice(1)
		.split('L')
		.map((p) => p.split(',').map(Number));

describe('activationFrame', () => {
	it.each([
		[100, 240, 200],
		[375, 375, 200],
		[560, 560, 258],
		[1200, 560, 258]
	])('in %i px of room draws %i × %i', (room, width, height) => {
		const frame = activationFrame(room, [-2, 1], relu);
		expect([frame.width, frame.height]).toEqual([width, height]);
	});

	it('spans z over 1.08 × the largest entry either side of 0, at least ±1', () => {
		expect(activationFrame(560, [-2, 1], relu).x.domain()).toEqual([-2.16, 2.16]);
		expect(activationFrame(560, [0.1, 0.3], relu).x.domain()).toEqual([-1.08, 1.08]);
		expect(activationFrame(560, undefined, relu).x.domain()).toEqual([-3.24, 3.24]);
	});

	it("draws the engine's g through 201 points: flat at 0 left of zero for ReLU, not for Leaky ReLU", () => {
		for (const [network, leftEnd] of [
			[relu, 0],
			[leaky, -0.01 * 2.16]
		] as const) {
			const frame = activationFrame(560, [-2, 2], network);
			const drawn = points(frame.path);
			expect(drawn).toHaveLength(201);
			expect(drawn[0][0]).toBeCloseTo(PAD.left, 9);
			expect(drawn[0][1]).toBeCloseTo(frame.y(leftEnd), 9);
			expect(drawn[200]).toEqual([frame.x(2.16), frame.y(2.16)]);
		}
	});
});
