declare module 'virtual:step-tex' {
	/** KaTeX HTML for each step equation, keyed by its TeX (see scripts/vite/step-tex.ts). */
	export const stepTex: Readonly<Record<string, string>>;
}
