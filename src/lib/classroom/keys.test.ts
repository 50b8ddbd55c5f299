import { describe, expect, it } from 'vitest';
import { presenterAction } from './keys';

const body = { tagName: 'BODY' };

describe('presenterAction', () => {
	it.each([
		['ArrowRight', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'previous'],
		['PageUp', 'previous'],
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['p', 'projector'],
		['?', 'help'],
		['Escape', 'escape'],
		['x', undefined],
		['ArrowUp', undefined]
	])('maps %j to %s on the page', (key, action) => {
		expect(presenterAction({ key, target: body })).toBe(action);
	});

	it.each([
		['a text field', { tagName: 'INPUT', type: 'text' }],
		['a number field', { tagName: 'INPUT', type: 'number' }],
		['a range slider', { tagName: 'INPUT', type: 'range' }],
		['a select', { tagName: 'SELECT' }],
		['a focused matrix', { tagName: 'DIV', role: 'application' }],
		['an editable element', { tagName: 'DIV', editable: true }]
	])('leaves the keys to %s', (_, target) => {
		for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'p', 'f', '?']) {
			expect(presenterAction({ key, target })).toBeUndefined();
		}
	});

	it('still closes things with Esc from inside a field', () => {
		expect(presenterAction({ key: 'Escape', target: { tagName: 'INPUT', type: 'text' } })).toBe(
			'escape'
		);
	});

	it('lets Space press a focused button, and arrows still step from one', () => {
		const button = { tagName: 'BUTTON' };
		expect(presenterAction({ key: ' ', target: button })).toBeUndefined();
		expect(presenterAction({ key: 'PageDown', target: button })).toBe('next');
	});

	it('ignores keys with Ctrl, Cmd or Alt, and keys a widget already handled', () => {
		expect(presenterAction({ key: 'ArrowRight', ctrlKey: true, target: body })).toBeUndefined();
		expect(presenterAction({ key: 'p', metaKey: true, target: body })).toBeUndefined();
		expect(presenterAction({ key: 'ArrowLeft', altKey: true, target: body })).toBeUndefined();
		expect(
			presenterAction({ key: 'ArrowRight', defaultPrevented: true, target: body })
		).toBeUndefined();
	});
});
