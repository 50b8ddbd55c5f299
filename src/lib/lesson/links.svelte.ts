import type { Attachment } from 'svelte/attachments';

/**
 * Which symbol the learner is pointing at, anywhere on the page. Equations and widgets both
 * carry `data-symbol`; pointing at either lights up every element with the same symbol.
 */
export class SymbolLinks {
	highlight = $state<string | null>(null);
}

/** The symbol an event happened on, if it happened on a tagged element inside `root`. */
function symbolAt(root: HTMLElement, target: EventTarget | null): string | null {
	if (!(target instanceof Element)) return null;
	const tagged = target.closest('[data-symbol]');
	return tagged && root.contains(tagged) ? tagged.getAttribute('data-symbol') : null;
}

/**
 * Attach to the element holding a chapter: pointing at or focusing a tagged symbol sets the
 * highlight, and every element carrying that symbol gets `data-linked="true"` for CSS, those a
 * widget adds while it is lit included (a ten-row column replacing four rows lights all ten).
 */
export function linkSymbols(
	links: SymbolLinks,
	onpick?: (symbol: string) => void
): Attachment<HTMLElement> {
	return (root) => {
		// Clicking a symbol in an equation opens it in the inspector.
		const pick = (event: Event) => {
			const target = event.target instanceof Element ? event.target : null;
			if (!target?.closest('.katex')) return;
			const name = symbolAt(root, target);
			if (name && onpick) onpick(name);
		};
		root.addEventListener('click', pick);
		const enter = (event: Event) => {
			const name = symbolAt(root, event.target);
			if (name) links.highlight = name;
		};
		const leave = (event: Event) => {
			const next = symbolAt(root, (event as PointerEvent | FocusEvent).relatedTarget);
			if (next !== links.highlight) links.highlight = next;
		};
		root.addEventListener('pointerover', enter);
		root.addEventListener('pointerout', leave);
		root.addEventListener('focusin', enter);
		root.addEventListener('focusout', leave);

		const light = (records: MutationRecord[]) => {
			const name = links.highlight;
			if (!name) return;
			const tagged = `[data-symbol="${CSS.escape(name)}"]`;
			for (const record of records) {
				for (const node of record.addedNodes) {
					if (!(node instanceof Element)) continue;
					if (node.matches(tagged)) node.setAttribute('data-linked', 'true');
					for (const element of node.querySelectorAll(tagged)) {
						element.setAttribute('data-linked', 'true');
					}
				}
			}
		};
		const added = new MutationObserver(light);
		added.observe(root, { childList: true, subtree: true });

		$effect(() => {
			const name = links.highlight;
			for (const element of root.querySelectorAll('[data-linked]')) {
				element.removeAttribute('data-linked');
			}
			if (!name) return;
			for (const element of root.querySelectorAll(`[data-symbol="${CSS.escape(name)}"]`)) {
				element.setAttribute('data-linked', 'true');
			}
		});

		return () => {
			added.disconnect();
			root.removeEventListener('click', pick);
			root.removeEventListener('pointerover', enter);
			root.removeEventListener('pointerout', leave);
			root.removeEventListener('focusin', enter);
			root.removeEventListener('focusout', leave);
		};
	};
}
