/**
 * Who the basemap comes from, for the sources page and the map's caption. Pure data: the
 * coast extraction (scripts/coast/) and the basemap (src/lib/server/basemap.ts, coast.ts) are
 * what it describes.
 */

/** The basemap's full credit line: sources, licences, and what the shoreline is not. */
export const BASEMAP_CREDIT =
	'Basemap: coast, lakes and rivers from GSHHG 2.3.7 (P. Wessel and W. H. F. Smith), LGPL-3, ' +
	'extracted with GMT; Natural Earth (public domain) where GSHHG is not extracted. A modern ' +
	'shoreline: land filled since (the west shore of Vasilievsky Island, parts of the Gulf of ' +
	"Finland's shore, Lisbon's waterfront) is drawn as it is today. The Sestroretsk Razliv, " +
	'missing from GSHHG, is drawn for this project (schematic, about ±300 m). No modern borders.';

/** The same, short, for the map's caption. */
export const BASEMAP_CREDIT_SHORT =
	'Basemap: GSHHG (Wessel & Smith, LGPL) and Natural Earth; modern shoreline. No modern borders.';
