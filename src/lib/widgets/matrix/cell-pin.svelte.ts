import type { Cell } from './cursor';
import { inField, pin, pinnedIn, pinScope, readingOf, reveal, unpin } from './pin';

/**
 * One matrix's pinned reading (see pin.ts), shared by the heatmap and the 28 × 28 tiles: a
 * click or Enter pins the cell, a click on it again or Esc lets go, and pinning another cell
 * of the same widget lets go of this one. While pinned, pointing does not move the cursor.
 */
export class CellPin {
	pinned = $state(false);
	/** The matrix's focusable element. */
	host = $state<HTMLElement>();
	#release = () => (this.pinned = false);

	/** Whether pointing may move the cursor: nothing in this widget is pinned. */
	get free(): boolean {
		return !this.pinned && !(this.host && pinnedIn(pinScope(this.host)));
	}

	/**
	 * Pins `at` (and brings its reading into view), or lets go when `at` is the cell already
	 * pinned. Returns the cell to read: `at`, or the cursor unchanged.
	 */
	hold(at: Cell, cursor: Cell | null): Cell | null {
		const host = this.host;
		if (!host) return cursor;
		if (this.pinned && cursor && at[0] === cursor[0] && at[1] === cursor[1]) {
			this.letGo();
			return cursor;
		}
		this.pinned = true;
		pin(pinScope(host), this.#release);
		const reading = readingOf(host);
		requestAnimationFrame(() => reveal(reading));
		return at;
	}

	letGo(): void {
		this.pinned = false;
		if (this.host) unpin(pinScope(this.host), this.#release);
	}

	/** After an arrow key moved a pinned cursor: its reading stays in view. */
	moved(): void {
		if (this.pinned && this.host) reveal(readingOf(this.host));
	}

	/**
	 * The pointer handlers for the matrix's element, to spread on it: pointing reads the cell
	 * under the pointer while nothing is pinned, a click pins it (or lets go), and a mouse
	 * leaving takes an unpinned reading away (a finger lifting leaves it, to be read).
	 */
	pointing(
		cellAt: (event: MouseEvent) => Cell | null,
		cursor: () => Cell | null,
		set: (cell: Cell | null) => void
	) {
		const point = (event: PointerEvent) => {
			if (this.free) set(cellAt(event));
		};
		return {
			onpointermove: point,
			onpointerdown: point,
			onclick: (event: MouseEvent) => {
				const at = cellAt(event);
				if (at) set(this.hold(at, cursor()));
			},
			onpointerleave: (event: PointerEvent) => {
				if (event.pointerType === 'mouse' && this.free) set(null);
			}
		};
	}

	/** Enter (or Space) pins the cursor's cell, Esc lets go; true when the key was one of them. */
	key(event: KeyboardEvent, cursor: Cell, set: (cell: Cell | null) => void): boolean {
		if (event.key === 'Enter' || event.key === ' ') {
			event.preventDefault();
			// Enter on a pinned reading keeps it (the arrows may have moved it), in view.
			if (this.pinned) this.moved();
			else set(this.hold(cursor, null));
			return true;
		}
		if (event.key === 'Escape' && this.pinned) {
			event.preventDefault();
			event.stopPropagation();
			this.letGo();
			return true;
		}
		return false;
	}

	/** For the window: Esc anywhere but in a text field lets go. */
	windowKey = (event: KeyboardEvent): void => {
		if (event.key === 'Escape' && this.pinned && !event.defaultPrevented && !inField(event)) {
			this.letGo();
		}
	};
}
