import { createContext } from 'svelte';

const STORAGE_KEY = 'from-scratch:projector';

/**
 * Projector mode: large type, high contrast, thick strokes, and the prose reduced to the
 * equations and widgets. Remembered for the visit (a teacher moving between chapters keeps
 * it), and shown to CSS as `data-projector` on the root element.
 */
export class Projector {
	on = $state(false);
	help = $state(false);

	constructor() {
		if (typeof sessionStorage !== 'undefined') {
			this.on = sessionStorage.getItem(STORAGE_KEY) === 'on';
		}
		$effect(() => {
			document.documentElement.dataset.projector = String(this.on);
			try {
				sessionStorage.setItem(STORAGE_KEY, this.on ? 'on' : 'off');
			} catch {
				// Storage can be switched off; the mode still works for this page.
			}
		});
	}

	toggle = () => {
		this.on = !this.on;
	};
}

export const [getProjector, setProjector] = createContext<Projector>();
