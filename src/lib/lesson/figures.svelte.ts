import { createContext, untrack } from 'svelte';
import type { MatrixName } from '$lib/engine/symbols';

interface Entry {
	readonly element: HTMLElement;
	readonly shows: readonly MatrixName[];
}

const inReadingOrder = (a: Entry, b: Entry) =>
	a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/**
 * The figures of one chapter and the results they show. Each widget frame declares the symbols
 * it shows (`<Widget shows={['Z1']}>`); the lesson knows which step computes which symbol, so
 * the dock can ask which figure shows the step just computed, bring it into view and mark it.
 */
export class StepFigures {
	#entries = $state.raw<readonly Entry[]>([]);
	/** The top of what the dock covers, in viewport pixels; the window's height without a dock. */
	#coveredFrom: () => number = () => window.innerHeight;

	/** Call from an attachment: `element` shows `shows`; returns the cleanup. */
	register(element: HTMLElement, shows: readonly MatrixName[]): () => void {
		const entry = { element, shows: [...shows] };
		// Called from inside an attachment: reading the list must not make it depend on the list.
		untrack(() => (this.#entries = [...this.#entries, entry].sort(inReadingOrder)));
		return () => untrack(() => (this.#entries = this.#entries.filter((e) => e !== entry)));
	}

	/** The first figure, in reading order, that shows `symbol`. */
	figureFor(symbol: MatrixName | undefined): HTMLElement | undefined {
		return symbol ? this.#entries.find((e) => e.shows.includes(symbol))?.element : undefined;
	}

	/** The dock says how much of the window it covers. */
	coverWith(top: () => number): () => void {
		this.#coveredFrom = top;
		return () => (this.#coveredFrom = () => window.innerHeight);
	}

	/** The part of the window the page can be read in, between its top and the dock. */
	readable(): { top: number; bottom: number } {
		return { top: 8, bottom: Math.min(window.innerHeight, this.#coveredFrom()) - 8 };
	}
}

export const [getFigures, setFigures, hasFigures] = createContext<StepFigures>();
