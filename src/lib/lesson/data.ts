import { asset } from '$app/paths';
import { loadLessonSet, type TrainTest } from '$lib/engine/data/sets';

let lesson: Promise<TrainTest> | undefined;

/**
 * The lesson subset (the first 1,000 training and test images), fetched once per visit and
 * shared by every chapter. A failed load is forgotten so that "Try again" really retries.
 */
export function lessonData(
	onProgress?: (loaded: number, total: number) => void
): Promise<TrainTest> {
	lesson ??= loadLessonSet({ baseUrl: asset('/data/'), onProgress }).catch((error: unknown) => {
		lesson = undefined;
		throw error;
	});
	return lesson;
}
