/**
 * The cell editor: CodeMirror 6 with Python highlighting, undo, Tab to indent (Esc then Tab
 * leaves, CodeMirror's way out), Shift+Enter or Ctrl/⌘+Enter to run, and a mark under the code
 * an error came from. Loaded by dynamic import only when a cell comes near the screen, so a
 * chapter's first load does not carry it.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { pythonLanguage } from '@codemirror/lang-python';
import {
	defaultHighlightStyle,
	indentUnit,
	LanguageSupport,
	syntaxHighlighting
} from '@codemirror/language';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';

export interface EditorOptions {
	doc: string;
	/** The editor's accessible name. */
	label: string;
	/** The id of the text beside the cell that tells its keys. */
	describedBy: string;
	onrun: (code: string) => void;
	onchange: (code: string) => void;
}

export interface CellEditor {
	value(): string;
	set(doc: string): void;
	/** Underlines from..to (the code an error came from); undefined clears it. */
	mark(span: { from: number; to: number } | undefined): void;
	/** Focuses the editor, with the selection from..to (the end of the code if not given). */
	focus(from?: number, to?: number): void;
	destroy(): void;
}

const AN_HOUR = 3_600_000;

const setMark = StateEffect.define<{ from: number; to: number } | undefined>();
const errorMark = Decoration.mark({ class: 'cm-error-span' });

const marks = StateField.define<DecorationSet>({
	create: () => Decoration.none,
	update(value, tr) {
		if (tr.docChanged) value = Decoration.none;
		for (const effect of tr.effects) {
			if (!effect.is(setMark)) continue;
			const span = effect.value;
			const length = tr.state.doc.length;
			value =
				span && span.from < length
					? Decoration.set(
							errorMark.range(span.from, Math.min(Math.max(span.to, span.from + 1), length))
						)
					: Decoration.none;
		}
		return value;
	},
	provide: (field) => EditorView.decorations.from(field)
});

const theme = EditorView.theme({
	// As tall as the plain text box it replaces, so the swap never moves the page.
	'&': {
		boxSizing: 'border-box',
		minHeight: '2.9rem',
		fontSize: 'inherit',
		background: '#fff',
		border: '1px solid var(--rule)',
		borderRadius: 'var(--radius)'
	},
	'&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
	'.cm-content': { fontFamily: 'var(--font-mono)', padding: '0.5rem 0', minHeight: '2.6em' },
	'.cm-line': { padding: '0 0.6rem' },
	'.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.5' },
	'.cm-error-span': { textDecoration: 'underline wavy #a1162b', textUnderlineOffset: '3px' }
});

export function createEditor(parent: HTMLElement, options: EditorOptions): CellEditor {
	const run = (view: EditorView) => {
		options.onrun(view.state.doc.toString());
		return true;
	};
	const view = new EditorView({
		parent,
		state: EditorState.create({
			doc: options.doc,
			extensions: [
				history(),
				keymap.of([
					{ key: 'Shift-Enter', run },
					{ key: 'Mod-Enter', run },
					indentWithTab,
					...defaultKeymap,
					...historyKeymap
				]),
				// The grammar and its indentation, without lang-python's autocompletion (not used here).
				new LanguageSupport(pythonLanguage),
				indentUnit.of('    '),
				syntaxHighlighting(defaultHighlightStyle),
				marks,
				theme,
				EditorView.lineWrapping,
				EditorView.contentAttributes.of({
					'aria-label': options.label,
					'aria-describedby': options.describedBy,
					autocapitalize: 'off',
					autocorrect: 'off',
					spellcheck: 'false'
				}),
				// Arriving in the editor, Tab still moves on, so tabbing through the page never
				// gets stuck in a cell; once the learner types, Tab indents and Esc then Tab leaves.
				EditorView.domEventHandlers({
					focus: (_, view) => {
						view.setTabFocusMode(AN_HOUR);
						return false;
					}
				}),
				EditorView.updateListener.of((update) => {
					if (update.docChanged) options.onchange(update.state.doc.toString());
				})
			]
		})
	});
	return {
		value: () => view.state.doc.toString(),
		set(doc) {
			if (doc === view.state.doc.toString()) return;
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
		},
		mark: (span) => view.dispatch({ effects: setMark.of(span) }),
		focus(from, to) {
			const length = view.state.doc.length;
			const anchor = Math.min(from ?? length, length);
			view.dispatch({ selection: { anchor, head: Math.min(to ?? anchor, length) } });
			view.focus();
		},
		destroy: () => view.destroy()
	};
}
