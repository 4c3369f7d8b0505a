/*! Lantern embed host script (documented in Lantern's docs/embedding.md)
 *
 * MIT License. Copyright (c) 2026 the Lantern authors.
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 * and associated documentation files (the "Software"), to deal in the Software without
 * restriction, including without limitation the rights to use, copy, modify, merge, publish,
 * distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
 * Software is furnished to do so, subject to the following conditions: The above copyright
 * notice and this permission notice shall be included in all copies or substantial portions of
 * the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
 * PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
 * LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 * OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
 * DEALINGS IN THE SOFTWARE.
 *
 * Put it once on a page that has Lantern iframes marked data-lantern:
 *   <iframe src="https://story.example/<slug>/embed/" title="…" data-lantern …></iframe>
 *   <script src="https://story.example/embed.js" async></script>
 * Each iframe then takes the height its story reports. Messages are accepted only from the
 * window of a data-lantern iframe and from that iframe's origin. A frame sandboxed without
 * allow-same-origin has the origin "null", as has any page it is sent to later: its heights must
 * also echo the nonce sent to the page its src loaded, and a later load of the same src (a page
 * it went to from inside) gets none. Nothing else is ever done with a message. See
 * docs/embedding.md and docs/security.md.
 */
(function () {
	'use strict';
	if (window.LanternEmbed) return; // the script was included twice
	var MIN = 100;
	var MAX = 20000;
	var known = new WeakMap(); // frame -> { nonce, src, loaded, repeated }

	function frames() {
		return document.querySelectorAll('iframe[data-lantern]');
	}

	/** The origin a frame's messages must come from. */
	function originOf(frame) {
		var sandbox = frame.getAttribute('sandbox');
		if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox)) return 'null';
		try {
			return new URL(frame.getAttribute('src') || '', location.href).origin;
			// eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no `catch {}`
		} catch (e) {
			return '';
		}
	}

	function frameOf(source) {
		var list = frames();
		for (var i = 0; i < list.length; i++) if (list[i].contentWindow === source) return list[i];
		return null;
	}

	/** Asks the page of the frame's src to say its height again, with a new nonce to echo. */
	function greet(frame, state) {
		var bytes = window.crypto.getRandomValues(new Uint8Array(16));
		state.nonce = '';
		for (var i = 0; i < 16; i++) state.nonce += (bytes[i] + 256).toString(16).slice(1);
		state.src = frame.getAttribute('src');
		state.repeated = false;
		if (frame.contentWindow)
			frame.contentWindow.postMessage({ type: 'lantern:ready', nonce: state.nonce }, '*');
	}

	/** `loaded`: the frame has shown its src already (so any load from now on is a new page). */
	function track(frame, loaded) {
		var state = { nonce: null, src: null, loaded: loaded };
		known.set(frame, state);
		frame.addEventListener('load', function () {
			if (!state.loaded || frame.getAttribute('src') !== state.src) {
				state.loaded = true;
				greet(frame, state);
			} else state.nonce = null; // not the page of its src: no more heights from this frame
		});
		greet(frame, state);
		return state;
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'lantern:height') return;
		var frame = frameOf(event.source);
		if (!frame) return;
		var origin = originOf(frame);
		if (event.origin !== origin) return;
		var state = known.get(frame) || track(frame, true);
		if (origin === 'null' && (!state.nonce || data.nonce !== state.nonce)) {
			// The page of the src may have started after its greeting: say the nonce again, once.
			if (state.nonce && !state.repeated) {
				state.repeated = true;
				event.source.postMessage({ type: 'lantern:ready', nonce: state.nonce }, '*');
			}
			return;
		}
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height)) return;
		frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(height))) + 'px';
	});

	// An embed that loaded before this script spoke to no one: each says its height again. Once
	// the host page has loaded, so have its frames; before that, a frame's next load is its src.
	var list = frames();
	for (var i = 0; i < list.length; i++) track(list[i], document.readyState === 'complete');

	window.LanternEmbed = {
		/** Show a step (its 0-based index in the story, or its id) in a data-lantern iframe. */
		go: function (frame, step) {
			if (!frame || !frame.contentWindow) return;
			// '*' because a sandboxed frame's origin is opaque and cannot be named; the embed itself
			// accepts this message only from its parent window.
			frame.contentWindow.postMessage({ type: 'lantern:go', step: step }, '*');
		}
	};
})();
