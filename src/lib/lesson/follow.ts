/** A vertical extent on screen, in viewport pixels. */
export interface Extent {
	readonly top: number;
	readonly bottom: number;
}

const inside = (box: Extent, region: Extent) =>
	box.top >= region.top && box.bottom <= region.bottom;

/**
 * How far to scroll (positive = down) so that a step's result can be read: 0 when `result` is
 * already inside the readable `region` (the page never jumps for nothing). Otherwise the
 * figure's top goes to the top of the region, its title and inputs in view, as far as the
 * result stays inside; a result taller than the region shows its top.
 * @example scrollToShow({ top: 900, bottom: 1200 }, { top: 1000, bottom: 1100 }, { top: 8, bottom: 608 })
 * // 892: the figure comes up to the top of the window
 */
export function scrollToShow(figure: Extent, result: Extent, region: Extent): number {
	if (inside(result, region)) return 0;
	const least = result.bottom - region.bottom; // the result just above the dock
	const most = result.top - region.top; // the result at the top
	if (least > most) return most;
	return Math.min(most, Math.max(least, figure.top - region.top));
}
