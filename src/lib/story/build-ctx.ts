import type { Problems } from './errors';
import type { BasemapDetail } from './over-zoom';
import type { MediaFiles } from './images';
import type { FrontMatter } from './schema';
import type { LayerSpec, Place, Source, Story } from './types';

/** What building one step needs to know of the whole story, and where things went wrong. */
export interface Ctx {
	fm: FrontMatter;
	region: Story['region'];
	places: Record<string, Place>;
	sources: Record<string, Source>;
	layers: Record<string, LayerSpec>;
	problems: Problems;
	file: string;
	media: MediaFiles;
	/** Ids already reported in the gazetteer or bibliography ('all' when it could not be read):
	 * a step naming one gets no second message. */
	brokenPlaces: Broken;
	brokenSources: Broken;
	/** The basemap's detail, when not basemap-detail.ts's (StoryFiles.detail). */
	detail?: BasemapDetail;
}

export type Broken = ReadonlySet<string> | 'all';
export interface Where {
	file: string;
	line: number;
	column: number;
}
export const isBroken = (b: Broken, id: string) => b === 'all' || b.has(id);
