// vite-node runs the relay with this empty config, not the site's: the relay needs no SvelteKit
// plugin, and it starts in a second instead of several.
export default {};
