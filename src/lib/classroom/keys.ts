/**
 * The presenter keys. Clicker remotes send PageDown/PageUp (some send the arrow keys), so
 * those step through the iteration; F toggles full screen, P projector mode, ? the list of
 * keys, Esc leaves whichever is open.
 */
export type PresenterAction = 'next' | 'previous' | 'fullscreen' | 'projector' | 'help' | 'escape';

export interface KeyInfo {
	readonly key: string;
	readonly ctrlKey?: boolean;
	readonly metaKey?: boolean;
	readonly altKey?: boolean;
	readonly defaultPrevented?: boolean;
	/** What has focus: its tag name, role and type, if anything. */
	readonly target?: {
		tagName: string;
		role?: string | null;
		type?: string | null;
		editable?: boolean;
	};
}

/** Keys listed in the "?" overlay, in order, with what they do. */
export const PRESENTER_KEYS: readonly { keys: string; does: string }[] = [
	{ keys: '→  PageDown  Space', does: 'Next step' },
	{ keys: '←  PageUp', does: 'Previous step' },
	{ keys: 'P', does: 'Projector mode on or off' },
	{ keys: 'F', does: 'Full screen on or off' },
	{ keys: '?', does: 'Show or hide this list' },
	{ keys: 'Esc', does: 'Close this list, leave full screen or projector mode' },
	{ keys: 'Tab', does: 'Move between controls; arrow keys read a focused matrix' }
];

// Where the keys belong to the focused control: typing, choosing, sliding, reading a matrix.
function ownsKeys(target: KeyInfo['target']): boolean {
	if (!target) return false;
	const tag = target.tagName.toLowerCase();
	if (target.editable || tag === 'textarea' || tag === 'select') return true;
	if (tag === 'input')
		return !['checkbox', 'radio', 'button', 'submit'].includes(target.type ?? 'text');
	return [
		'application',
		'slider',
		'spinbutton',
		'listbox',
		'menu',
		'radiogroup',
		'tablist'
	].includes(target.role ?? '');
}

/** The action a key press asks for, or undefined to leave it to the browser. */
export function presenterAction(event: KeyInfo): PresenterAction | undefined {
	if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return undefined;
	if (event.key === 'Escape') return 'escape';
	if (ownsKeys(event.target)) return undefined;
	const onButton = event.target?.tagName.toLowerCase() === 'button';
	switch (event.key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case ' ':
			// Space presses a focused button; only elsewhere does it mean "next".
			return onButton ? undefined : 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'previous';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'p':
		case 'P':
			return 'projector';
		case '?':
			return 'help';
		default:
			return undefined;
	}
}
