// The follow page is the reader's page, following a live lecture: the same story, the same data.
export { entries, load } from '../+page.server';
