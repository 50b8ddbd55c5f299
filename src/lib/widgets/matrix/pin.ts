/**
 * Pinned readings. A click or Enter on a cell pins its reading: pointing elsewhere in the same
 * widget no longer moves it, until another cell is chosen there or Esc is pressed. One pin a
 * widget, because the matrices of a widget often share one cursor (W²ᵀdZ², g′ and dZ¹ side by
 * side): pinning in one must hold the others still too.
 */

const pins = new Map<Element, () => void>();

/** The widget (or, outside one, the figure) a matrix's pin holds still. */
export function pinScope(element: Element): Element {
	return element.closest('.widget') ?? element.closest('figure') ?? element;
}

/** Pins `release`'s owner in `scope`, releasing whatever was pinned there before. */
export function pin(scope: Element, release: () => void): void {
	const before = pins.get(scope);
	if (before && before !== release) before();
	pins.set(scope, release);
}

/** Takes the owner's pin out of `scope`, if it is the one pinned there. */
export function unpin(scope: Element, release: () => void): void {
	if (pins.get(scope) === release) pins.delete(scope);
}

/** True while something in `scope` is pinned. */
export function pinnedIn(scope: Element): boolean {
	return pins.has(scope);
}

/**
 * Brings a reading into view when the step dock (or a panel above it) covers it: anything
 * marked `data-covers="bottom"` and its children count. Instant under reduced motion.
 */
export function reveal(reading: Element | null): void {
	if (!reading) return;
	const box = reading.getBoundingClientRect();
	let top = window.innerHeight;
	for (const cover of document.querySelectorAll('[data-covers="bottom"]')) {
		for (const part of [cover, ...cover.children]) {
			const rect = part.getBoundingClientRect();
			if (rect.height > 0) top = Math.min(top, rect.top);
		}
	}
	const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
	// Up until its bottom clears the cover, but never so far that its top leaves the window.
	if (box.bottom > top - 8) {
		window.scrollBy({ top: Math.min(box.bottom - top + 16, box.top - 16), behavior });
	} else if (box.top < 0) window.scrollBy({ top: box.top - 16, behavior });
}

/** The reading a matrix describes itself by, or else the widget's next live region after it. */
export function readingOf(host: HTMLElement): Element | null {
	const id = host.getAttribute('aria-describedby');
	const own = id ? document.getElementById(id) : null;
	if (own) return own;
	const scope = pinScope(host);
	for (const live of scope.querySelectorAll('[aria-live]')) {
		if (host.compareDocumentPosition(live) & Node.DOCUMENT_POSITION_FOLLOWING) return live;
	}
	return null;
}

/** True for a key press typed into a field, which Esc there should not unpin. */
export function inField(event: KeyboardEvent): boolean {
	const target = event.target;
	return (
		target instanceof HTMLElement && target.matches('input, textarea, select, [contenteditable]')
	);
}
