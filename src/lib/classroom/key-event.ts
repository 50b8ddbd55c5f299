import type { KeyInfo } from './keys';

/** The parts of a browser key event that decide a presenter action. */
export function describeKey(event: KeyboardEvent): KeyInfo {
	const target = event.target instanceof HTMLElement ? event.target : null;
	return {
		key: event.key,
		ctrlKey: event.ctrlKey,
		metaKey: event.metaKey,
		altKey: event.altKey,
		defaultPrevented: event.defaultPrevented,
		target: target
			? {
					tagName: target.tagName,
					role: target.getAttribute('role'),
					type: target.getAttribute('type'),
					editable: target.isContentEditable
				}
			: undefined
	};
}
