/**
 * What the learner has written in the notebook, for the whole visit and across reloads: the
 * code typed in each cell and the code each cell was last run with (both in local storage),
 * and — loaded only when a cell comes near the screen — the engine's evaluator that runs it.
 * One object for the site, so that a Z1 run on chapter 3 is still the learner's on chapter 5.
 */
import { CELL_NAMES, isCellName, type CellName } from '$lib/engine/notebook/cells';

type Evaluator = typeof import('$lib/engine/notebook');
type Codes = Partial<Record<CellName, string>>;

const STORAGE_KEY = 'from-scratch:notebook';
/** Longer code than this is not a line of this network; it is not kept. */
export const MAX_CODE = 4000;

function codes(value: unknown): Codes {
	if (typeof value !== 'object' || value === null) return {};
	const out: Codes = {};
	for (const [name, code] of Object.entries(value)) {
		if (isCellName(name) && typeof code === 'string' && code.length <= MAX_CODE) out[name] = code;
	}
	return out;
}

class Notebook {
	/** The code in each cell's editor. */
	code = $state<Codes>({});
	/** The code each cell was last run with; a cell not here has not been run. */
	ran = $state<Codes>({});
	engine = $state.raw<Evaluator>();
	failed = $state<string>();
	#restored = false;
	#loading: Promise<void> | undefined;

	/** Reads the learner's code back from local storage, once, in the browser. */
	restore(): void {
		if (this.#restored || typeof localStorage === 'undefined') return;
		this.#restored = true;
		try {
			const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<
				string,
				unknown
			>;
			this.code = codes(saved.code);
			this.ran = codes(saved.ran);
		} catch {
			// Unreadable or switched-off storage: start with empty cells.
		}
	}

	#save(): void {
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify({ code: this.code, ran: this.ran }));
		} catch {
			// Storage full or off: the notebook still works for this page.
		}
	}

	/** Loads the evaluator (its own chunk, with the Python grammar) the first time it is needed. */
	load(): Promise<void> {
		this.#loading ??= import('$lib/engine/notebook').then(
			(module) => {
				this.engine = module;
			},
			(error: unknown) => {
				this.#loading = undefined;
				this.failed = error instanceof Error ? error.message : String(error);
			}
		);
		return this.#loading;
	}

	edit(cell: CellName, code: string): void {
		this.code = { ...this.code, [cell]: code.slice(0, MAX_CODE) };
		this.#save();
	}

	run(cell: CellName, code: string): void {
		const text = code.slice(0, MAX_CODE);
		this.code = { ...this.code, [cell]: text };
		this.ran = { ...this.ran, [cell]: text };
		this.#save();
	}

	/** Runs every cell that has code, top to bottom: the whole iteration. */
	runAll(): void {
		const ran: Codes = {};
		for (const cell of CELL_NAMES) if (this.code[cell]?.trim()) ran[cell] = this.code[cell];
		this.ran = ran;
		this.#save();
	}

	/** Forgets every result, so each cell's scope is the engine's again; the code stays. */
	reset(): void {
		this.ran = {};
		this.#save();
	}
}

export const notebook = new Notebook();
