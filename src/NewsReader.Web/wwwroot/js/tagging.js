/*
 * Tagging on the article page (Pages/Articles/Details.cshtml). The page works without this script:
 * highlights are rendered on the server and signed-in readers have the no-JS #tag-form. This only enhances:
 *  - select words in one paragraph (mouse, or the keyboard word cursor) -> toolbar Quote / Person / Topic (q p t);
 *  - a picker dialog names the speaker, person or topic (type-ahead over /api/people or /api/topics);
 *  - saving posts to the API and swaps in the freshly rendered article, so no reload is needed;
 *  - activating a highlight shows its details (cloned from the side panel) in a popover, with Delete;
 *  - suggestions (dashed spans, signed in only): a accepts, r rejects, e edits the focused one, through the
 *    API, then focus moves to the next; a checkbox hides them (CSS does the hiding, this keeps it and the
 *    tab order). Without script the panel's Accept / Reject / Edit forms post to the page.
 *  - every change made here names its history event (X-Annotation-Event): the status line offers Undo,
 *    Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes this page's own changes, through the API;
 *  - an orphan's Re-attach starts a mode where the next selection (mouse or word cursor) gets a
 *    "Re-attach here" button (key r) instead of Quote / Person / Topic; Esc leaves it.
 * Offsets are UTF-16 code units into the paragraph's textContent, as the API expects.
 * Style: small functions; a guard that only returns stays on one line.
 */
(() => {
    'use strict';

    const article = document.querySelector('article[data-article-slug]');
    const body = document.getElementById('article-body');
    if (!article || !body) return;

    const slug = article.dataset.articleSlug;
    // Tagging needs fetch; without it the server-side form is still there.
    const canTag = article.dataset.signedIn === 'true' && typeof window.fetch === 'function';
    const statusRegion = document.getElementById('tag-status');
    const KEY_KINDS = { q: 'quote', p: 'person', t: 'topic' };
    const KIND_TEXT = {
        quote: { title: 'Tag a quote', field: 'Speaker', noun: 'person' },
        person: { title: 'Tag a person', field: 'Person', noun: 'person' },
        topic: { title: 'Tag a topic', field: 'Topic', noun: 'topic' },
    };
    // A word: letters or digits, joined by inner apostrophes, hyphens, dots or commas (won’t, UK-US, 1,000),
    // with a trailing % (35%). Snapping to these never cuts a word and drops surrounding spaces and punctuation.
    const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,\-‑][\p{L}\p{N}\p{M}]+)*%?/gu;
    const MARK = 'mark.hl[data-annotation-id]';
    const SUGGESTION = 'span.sg[data-suggestion-id]';
    const REVIEW_KEYS = { a: 'accept', r: 'reject', e: 'edit' };
    const SHOW_SUGGESTIONS_KEY = 'newsreader.showSuggestions';
    const PARAGRAPH = 'p[data-paragraph-id]';
    const CURSOR_KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];

    let target = null; // what the toolbar would tag: { paragraph, start, end, exact, viaKeyboard }
    let reattaching = null; // the orphan being re-attached: { id, exact }
    const undoStack = []; // this page's changes, newest last: { eventId, message }
    const redoStack = []; // undone changes, as the events that undid them
    let cursor = null; // the keyboard word cursor: { paragraph, words, anchor, focus } (word indices)

    // ---- Small helpers ----

    function el(tag, attributes, ...children) {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes || {})) {
            node.setAttribute(name, value);
        }
        node.append(...children);
        return node;
    }

    let announceTimer = 0;
    function announce(message) {
        if (!statusRegion) return;
        // Emptied first and filled a moment later, so a repeated message is announced again.
        statusRegion.textContent = '';
        window.clearTimeout(announceTimer);
        announceTimer = window.setTimeout(() => { statusRegion.textContent = message; }, 50);
    }

    const capitalise = text => text[0].toUpperCase() + text.slice(1);
    const shorten = (text, length) => (text.length <= length ? text : `${text.slice(0, length - 1)}…`);
    const isTyping = element => Boolean(element.closest('input, textarea, select, [contenteditable]'));

    // Places a fixed-position box by a rectangle: below it if there is room, else above, always on screen.
    function place(box, rect) {
        const margin = 8;
        box.style.left = '0px';
        box.style.top = '0px';
        const { offsetWidth: width, offsetHeight: height } = box;
        const below = rect.bottom + margin;
        const top = below + height <= window.innerHeight - margin ? below : rect.top - height - margin;
        box.style.left = `${Math.max(margin, Math.min(rect.left, window.innerWidth - width - margin))}px`;
        box.style.top = `${Math.max(margin, Math.min(top, window.innerHeight - height - margin))}px`;
    }

    // ---- Text offsets and words ----

    function paragraphOf(node) {
        const element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
        const paragraph = element && element.closest(PARAGRAPH);
        return paragraph && body.contains(paragraph) ? paragraph : null;
    }

    // Marks nest inside the paragraph, so the offset is the length of all the text before the point.
    function offsetIn(paragraph, node, offset) {
        const range = document.createRange();
        range.setStart(paragraph, 0);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    // The text node and offset at a character offset; a start prefers the next node, an end the previous.
    function pointAt(paragraph, offset, isStart) {
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.data.length;
            if (offset < seen + length || (offset === seen + length && !isStart)) return [node, offset - seen];
            seen += length;
        }
        return [paragraph, paragraph.childNodes.length];
    }

    function rangeOf(paragraph, start, end) {
        const range = document.createRange();
        range.setStart(...pointAt(paragraph, start, true));
        range.setEnd(...pointAt(paragraph, end, false));
        return range;
    }

    function wordsOf(text) {
        return Array.from(text.matchAll(WORD), match => ({ start: match.index, end: match.index + match[0].length }));
    }

    function snapToWords(text, start, end) {
        const touched = wordsOf(text).filter(word => word.end > start && word.start < end);
        return touched.length === 0 ? null : { start: touched[0].start, end: touched[touched.length - 1].end };
    }

    function makeTarget(paragraph, start, end, viaKeyboard) {
        return { paragraph, start, end, exact: paragraph.textContent.slice(start, end), viaKeyboard };
    }

    // The part of a range within one paragraph, or null. A triple click ends at the start of the next
    // paragraph, so a range counts as one paragraph's when clipping it to that paragraph loses no text.
    function clipToOneParagraph(range) {
        const text = range.toString().trim();
        for (const paragraph of [paragraphOf(range.startContainer), paragraphOf(range.endContainer)]) {
            if (!paragraph || !text) continue;
            const clipped = range.cloneRange();
            if (!paragraph.contains(range.startContainer)) clipped.setStart(paragraph, 0);
            if (!paragraph.contains(range.endContainer)) clipped.setEnd(paragraph, paragraph.childNodes.length);
            if (clipped.toString().trim() === text) return { paragraph, range: clipped };
        }
        return null;
    }

    // ---- Toolbar ----

    const toolbar = el('div', { class: 'tag-toolbar', role: 'group', 'aria-label': 'Tag selected text', hidden: '' });
    const toolbarMessage = el('p', { class: 'tag-toolbar-message' });
    const toolbarButtons = el('div', { class: 'tag-toolbar-buttons' });
    for (const [key, kind] of Object.entries(KEY_KINDS)) {
        toolbarButtons.append(el('button', { type: 'button', class: 'tag-button', 'data-kind': kind, 'aria-keyshortcuts': key },
            capitalise(kind), ' ', el('kbd', { 'aria-hidden': 'true' }, key)));
    }
    const reattachButton = el('button', { type: 'button', class: 'tag-button', 'data-reattach': '', 'aria-keyshortcuts': 'r', hidden: '' },
        'Re-attach here ', el('kbd', { 'aria-hidden': 'true' }, 'r'));
    toolbar.append(toolbarMessage, toolbarButtons, reattachButton);
    // Pressing a button must not clear the text selection it acts on.
    toolbar.addEventListener('mousedown', event => event.preventDefault());
    toolbar.addEventListener('click', event => {
        const button = event.target.closest('button[data-kind]');
        if (button) openPicker(button.dataset.kind);
        if (event.target.closest('button[data-reattach]')) reattach();
    });

    // The toolbar follows its paragraph in the DOM, so Tab reaches it right after the selected text.
    function showToolbar(anchor, rect, message) {
        anchor.after(toolbar);
        toolbarMessage.textContent = message || '';
        toolbarMessage.hidden = !message;
        toolbarButtons.hidden = Boolean(message) || Boolean(reattaching);
        reattachButton.hidden = Boolean(message) || !reattaching;
        toolbar.hidden = false;
        place(toolbar, rect);
    }

    // Keyboard work: under the paragraph, never over the words the cursor moves to next. A mouse selection:
    // under its last line, or over its first line when there is no room below.
    function showToolbarForTarget() {
        const { paragraph } = target;
        if (target.viaKeyboard) {
            showToolbar(paragraph, paragraph.getBoundingClientRect());
            return;
        }
        const range = rangeOf(paragraph, target.start, target.end);
        const rects = range.getClientRects();
        const whole = range.getBoundingClientRect();
        const last = rects[rects.length - 1] || whole;
        showToolbar(paragraph, { left: last.left, top: whole.top, bottom: last.bottom });
    }

    function clearTarget() {
        target = null;
        cursor = null;
        paintCursor();
        toolbar.hidden = true;
    }

    // ---- Selecting with the mouse (or touch, or any other way the browser selects) ----

    function syncFromSelection(snapSelection) {
        if (picker.dialog.open) return;
        const selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
            if (!target || !target.viaKeyboard) clearTarget();
            return;
        }
        const range = selection.getRangeAt(0);
        const ours = node => toolbar.contains(node) || popover.contains(node);
        if (!range.intersectsNode(body) || ours(range.startContainer) || ours(range.endContainer)) return;
        const within = clipToOneParagraph(range);
        if (!within) {
            target = null;
            const paragraphs = body.querySelectorAll(PARAGRAPH);
            const anchor = paragraphOf(range.endContainer) || paragraphOf(range.startContainer) || paragraphs[paragraphs.length - 1];
            showToolbar(anchor, range.getBoundingClientRect(), 'An annotation must lie within one paragraph: select text in a single paragraph.');
            announce(toolbarMessage.textContent);
            return;
        }
        const { paragraph, range: clipped } = within;
        const snapped = snapToWords(paragraph.textContent,
            offsetIn(paragraph, clipped.startContainer, clipped.startOffset), offsetIn(paragraph, clipped.endContainer, clipped.endOffset));
        if (!snapped) {
            clearTarget();
            return;
        }
        cursor = null;
        paintCursor();
        target = makeTarget(paragraph, snapped.start, snapped.end, false);
        // Show what will be tagged: once the mouse is up, the selection grows (or shrinks) to whole words.
        if (snapSelection && range.toString() !== target.exact) {
            selection.removeAllRanges();
            selection.addRange(rangeOf(paragraph, target.start, target.end));
        }
        showToolbarForTarget();
    }

    // Settled selections only: a pause after the last change, or the mouse button coming up.
    let selectionTimer = 0;
    function listenToSelections() {
        document.addEventListener('selectionchange', () => {
            window.clearTimeout(selectionTimer);
            selectionTimer = window.setTimeout(() => syncFromSelection(false), 200);
        });
        document.addEventListener('mouseup', event => {
            if (!toolbar.contains(event.target)) window.setTimeout(() => syncFromSelection(true), 0);
        });
    }

    // ---- The keyboard word cursor (INCEpTION-style) ----

    const canHighlight = Boolean(window.CSS && CSS.highlights && typeof window.Highlight === 'function');
    const overlays = [];

    // Paints the chosen words and the word under the cursor without touching the DOM text: the CSS Custom
    // Highlight API where there is one, else outlined boxes laid over the cursor word.
    function paintCursor() {
        if (canHighlight) {
            CSS.highlights.delete('tag-cursor');
            CSS.highlights.delete('tag-chosen');
        }
        overlays.splice(0).forEach(box => box.remove());
        if (!cursor || cursor.focus < 0 || !target) return;
        const word = cursor.words[cursor.focus];
        const current = rangeOf(cursor.paragraph, word.start, word.end);
        if (canHighlight) {
            CSS.highlights.set('tag-chosen', new Highlight(rangeOf(cursor.paragraph, target.start, target.end)));
            CSS.highlights.set('tag-cursor', new Highlight(current));
            return;
        }
        for (const rect of current.getClientRects()) {
            const box = el('div', { class: 'tag-cursor-box', 'aria-hidden': 'true' });
            Object.assign(box.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
            document.body.append(box);
            overlays.push(box);
        }
    }

    function moveCursor(paragraph, key, extend) {
        if (!cursor || cursor.paragraph !== paragraph) {
            cursor = { paragraph, words: wordsOf(paragraph.textContent), anchor: -1, focus: -1 };
        }
        const last = cursor.words.length - 1;
        if (last < 0) return;
        // The first arrow press lands on the first word (Right) or the last one (Left).
        const fresh = cursor.focus < 0;
        const next = { ArrowRight: fresh ? 0 : cursor.focus + 1, ArrowLeft: fresh ? last : cursor.focus - 1, Home: 0, End: last }[key];
        cursor.focus = Math.max(0, Math.min(next, last));
        if (!extend || cursor.anchor < 0) cursor.anchor = cursor.focus;
        const first = cursor.words[Math.min(cursor.anchor, cursor.focus)];
        const final = cursor.words[Math.max(cursor.anchor, cursor.focus)];
        target = makeTarget(paragraph, first.start, final.end, true);
        const selection = window.getSelection();
        if (selection && selection.rangeCount > 0) selection.removeAllRanges(); // a mouse selection would compete
        paintCursor();
        showToolbarForTarget();
        announce(`Selected: ${target.exact}`);
    }

    // Signed in, each paragraph is a focus stop for the word cursor (again after every refresh). ARIA lets
    // no plain paragraph have a name, so the focus stop is a named group around the paragraph's text.
    function enhanceParagraphs() {
        applySuggestionToggle();
        if (!canTag) return;
        for (const paragraph of body.querySelectorAll(PARAGRAPH)) {
            paragraph.tabIndex = 0;
            paragraph.setAttribute('role', 'group');
            paragraph.setAttribute('aria-label', `Paragraph ${paragraph.id.replace(/^p/, '')}, press arrow keys to select words`);
        }
    }

    // ---- The picker dialog ----

    const picker = canTag ? buildPicker() : { dialog: { open: false, contains: () => false } };

    function buildPicker() {
        const dialog = el('dialog', { class: 'tag-picker', 'aria-modal': 'true', 'aria-labelledby': 'tag-picker-title' });
        // Static markup only: every piece of article or user text goes in through textContent.
        dialog.innerHTML = `
            <form class="tag-picker-form" novalidate>
                <h2 id="tag-picker-title" class="tag-picker-title"></h2>
                <blockquote class="tag-picker-exact"></blockquote>
                <label for="tag-picker-name" id="tag-picker-name-label"></label>
                <input id="tag-picker-name" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false"
                    aria-controls="tag-picker-options" autocomplete="off" spellcheck="false" maxlength="200">
                <ul id="tag-picker-options" class="tag-picker-options" role="listbox" aria-labelledby="tag-picker-name-label" hidden></ul>
                <label for="tag-picker-note">Note <span class="tag-picker-hint">(optional, Markdown)</span></label>
                <textarea id="tag-picker-note" rows="3" maxlength="10000"></textarea>
                <p class="tag-picker-error" role="alert"></p>
                <div class="tag-picker-actions">
                    <button type="submit" class="tag-button tag-button-primary">Save</button>
                    <button type="button" class="tag-button" data-action="cancel">Cancel</button>
                </div>
            </form>`;
        document.body.append(dialog);
        const part = selector => dialog.querySelector(selector);
        const state = {
            dialog, form: part('form'), title: part('h2'), exact: part('blockquote'), label: part('#tag-picker-name-label'),
            input: part('#tag-picker-name'), list: part('#tag-picker-options'), note: part('textarea'), error: part('[role=alert]'),
            save: part('button[type=submit]'), kind: 'quote', target: null, origin: null, options: [], active: -1, choice: null,
            timer: 0, request: null, pressing: false,
        };
        state.input.addEventListener('input', () => { state.choice = null; scheduleSearch(); });
        state.input.addEventListener('keydown', onComboboxKey);
        state.input.addEventListener('blur', collapseOnBlur);
        dialog.addEventListener('pointerdown', () => { state.pressing = true; });
        document.addEventListener('pointerup', () => { state.pressing = false; }, true);
        state.list.addEventListener('mousedown', event => event.preventDefault()); // focus stays in the input
        state.list.addEventListener('click', event => {
            const option = event.target.closest('[role=option]');
            if (option) pick(Number(option.dataset.index));
        });
        state.form.addEventListener('submit', save);
        part('[data-action=cancel]').addEventListener('click', () => closePicker(false));
        dialog.addEventListener('keydown', onDialogKey);
        dialog.addEventListener('cancel', event => { event.preventDefault(); closePicker(false); });
        return state;
    }

    function openPicker(kind) {
        if (!target || !canTag) return;
        // Focus goes back here on Cancel: the paragraph for keyboard work (the toolbar is hidden meanwhile).
        const focused = document.activeElement;
        const origin = target.viaKeyboard || toolbar.contains(focused) ? target.paragraph : focused;
        Object.assign(picker, { kind, target, origin, choice: null, options: [] });
        picker.title.textContent = KIND_TEXT[kind].title;
        picker.label.textContent = KIND_TEXT[kind].field;
        picker.exact.textContent = `“${shorten(target.exact, 160)}”`;
        picker.input.value = kind === 'person' ? target.exact : ''; // the selected name is the first guess
        picker.note.value = '';
        picker.error.textContent = '';
        setExpanded(false);
        toolbar.hidden = true;
        picker.dialog.showModal();
        picker.input.focus();
        picker.input.select();
        search();
    }

    function closePicker(saved) {
        window.clearTimeout(picker.timer);
        if (picker.request) picker.request.abort();
        if (picker.dialog.open) picker.dialog.close();
        if (saved) return;
        // Cancelled: back where the reader was, with the same words still ready to tag.
        if (target && target.paragraph.isConnected) {
            showToolbarForTarget();
            paintCursor();
        }
        if (picker.origin && picker.origin.isConnected) picker.origin.focus();
    }

    function onDialogKey(event) {
        if (event.key === 'Escape') {
            event.preventDefault();
            closePicker(false);
        } else if (event.key === 'Tab') {
            // Keep Tab inside the dialog, wrapping at both ends.
            const stops = Array.from(picker.dialog.querySelectorAll('input, textarea, button')).filter(node => !node.disabled);
            const [first, last] = [stops[0], stops[stops.length - 1]];
            if (document.activeElement === (event.shiftKey ? first : last)) {
                event.preventDefault();
                (event.shiftKey ? last : first).focus();
            }
        }
    }

    // Combobox keys: arrows move through the options, Enter picks the active one (with none active, Enter
    // saves the form as typed). Esc is left to the dialog: it cancels.
    function onComboboxKey(event) {
        const expanded = !picker.list.hidden;
        const count = picker.options.length;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!expanded) {
                setExpanded(count > 0);
            } else if (count > 0) {
                const step = event.key === 'ArrowDown' ? 1 : -1;
                setActive(picker.active < 0 && step < 0 ? count - 1 : (picker.active + step + count) % count);
            }
        } else if (event.key === 'Enter' && expanded && picker.active >= 0) {
            event.preventDefault();
            pick(picker.active);
        }
    }

    // Closing the list moves what is below it; during a press (on Save, say) that waits until the click has landed.
    function collapseOnBlur() {
        if (!picker.pressing) {
            setExpanded(false);
            return;
        }
        document.addEventListener('pointerup', () => window.setTimeout(() => {
            if (document.activeElement !== picker.input) setExpanded(false);
        }, 0), { once: true });
    }

    function scheduleSearch() {
        window.clearTimeout(picker.timer);
        picker.timer = window.setTimeout(search, 150);
    }

    async function search() {
        const query = picker.input.value.trim();
        if (picker.request) picker.request.abort();
        const request = new AbortController();
        picker.request = request;
        let results = [];
        try {
            const url = `/api/${picker.kind === 'topic' ? 'topics' : 'people'}?q=${encodeURIComponent(query)}`;
            const response = await fetch(url, { signal: request.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
            results = response.ok ? await response.json() : [];
        } catch (error) {
            if (error.name === 'AbortError') return; // a newer keystroke replaced this request
            // Offline or failing: still offer to create the typed name.
        }
        if (picker.request === request && picker.dialog.open) renderOptions(query, results);
    }

    // The ranked results, then "Create …" unless one of them already has exactly the typed name.
    function renderOptions(query, results) {
        const folded = query.toLocaleLowerCase();
        picker.options = results.map(result => ({ slug: result.slug, name: result.name, aliases: result.aliases || [] }));
        if (query && !results.some(result => result.name.toLocaleLowerCase() === folded)) {
            picker.options.push({ name: query, create: true });
        }
        picker.list.replaceChildren(...picker.options.map((option, index) => {
            const item = el('li', { id: `tag-picker-option-${index}`, role: 'option', 'aria-selected': 'false', 'data-index': String(index), class: 'tag-option' });
            if (option.create) {
                item.classList.add('tag-option-create');
                item.textContent = `Create ${KIND_TEXT[picker.kind].noun} “${option.name}”`;
            } else {
                item.append(option.name);
                if (option.aliases.length > 0) item.append(el('span', { class: 'tag-option-aliases' }, ` (${option.aliases.join(', ')})`));
            }
            return item;
        }));
        setExpanded(picker.options.length > 0 && document.activeElement === picker.input);
    }

    function setExpanded(expanded) {
        picker.list.hidden = !expanded;
        picker.input.setAttribute('aria-expanded', String(expanded));
        setActive(-1);
    }

    function setActive(index) {
        picker.active = index;
        picker.list.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
        const option = index >= 0 ? picker.list.children[index] : null;
        if (option) {
            picker.input.setAttribute('aria-activedescendant', option.id);
            option.scrollIntoView({ block: 'nearest' });
        } else {
            picker.input.removeAttribute('aria-activedescendant');
        }
    }

    function pick(index) {
        const option = picker.options[index];
        if (!option) return;
        picker.choice = option.create ? { name: option.name } : { slug: option.slug };
        picker.input.value = option.name;
        setExpanded(false);
        picker.input.focus();
    }

    // ---- Saving, deleting, refreshing ----

    // Cookie-authenticated writes must carry the page's antiforgery token.
    function send(method, url, payload) {
        const token = document.querySelector('meta[name="request-verification-token"]');
        const headers = { Accept: 'application/json', RequestVerificationToken: token ? token.content : '' };
        if (payload) headers['Content-Type'] = 'application/json';
        return fetch(url, { method, headers, credentials: 'same-origin', body: payload ? JSON.stringify(payload) : undefined });
    }

    // The message a reader can act on: the problem's detail, else its first field error or its title.
    async function problemText(response, fallback) {
        if (response.status === 401) return 'You have been signed out. Sign in again, then tag.';
        try {
            const problem = await response.json();
            return problem.detail || Object.values(problem.errors || {}).flat()[0] || problem.title || fallback;
        } catch {
            return fallback;
        }
    }

    async function save(event) {
        event.preventDefault();
        const name = picker.input.value.trim();
        if (!name) {
            picker.error.textContent = `Enter the ${KIND_TEXT[picker.kind].field.toLowerCase()}.`;
            picker.input.focus();
            return;
        }
        const { kind, target: chosen } = picker;
        const named = picker.choice || { name };
        const payload = {
            paragraphId: Number(chosen.paragraph.dataset.paragraphId), start: chosen.start, end: chosen.end, exact: chosen.exact, kind,
            person: kind === 'topic' ? null : named, topic: kind === 'topic' ? named : null, note: picker.note.value.trim() ? picker.note.value : null,
        };
        picker.save.disabled = true;
        picker.error.textContent = '';
        try {
            const response = await send('POST', `/api/articles/${encodeURIComponent(slug)}/annotations`, payload);
            if (!response.ok) {
                picker.error.textContent = await problemText(response, 'The annotation could not be saved.');
                return;
            }
            const annotation = await response.json();
            closePicker(true);
            await refreshArticle();
            changed(response, taggedMessage(annotation));
            // Keyboard work goes on in the paragraph; otherwise focus shows the new highlight.
            const next = document.getElementById(chosen.viaKeyboard ? chosen.paragraph.id : `h-${annotation.id}`);
            if (next) next.focus();
            announce(taggedMessage(annotation));
        } catch {
            picker.error.textContent = 'The server did not answer, so nothing was saved. Try again.';
        } finally {
            picker.save.disabled = false;
        }
    }

    function taggedMessage(annotation) {
        const named = annotation.kind === 'topic' ? annotation.topic : annotation.person;
        const name = named ? named.name : 'someone';
        return annotation.kind === 'quote' ? `Tagged quote by ${name}` : `Tagged ${annotation.kind} ${name}`;
    }

    // Swaps in the server's fresh rendering of the highlights and the side panel, so the page shows exactly
    // what a reload would. Falls back to a reload if the page cannot be fetched.
    async function refreshArticle() {
        clearTarget();
        closePopover(false);
        try {
            const response = await fetch(window.location.pathname + window.location.search, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
            if (!response.ok) throw new Error(`The article answered ${response.status}.`);
            const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
            for (const id of ['article-body', 'in-this-article', 'suggestion-summary']) { // not change-status: this script fills it
                const current = document.getElementById(id);
                const replacement = fresh.getElementById(id);
                if (current && replacement) current.replaceChildren(...Array.from(replacement.childNodes, node => document.importNode(node, true)));
            }
            enhanceParagraphs();
        } catch {
            window.location.reload();
        }
    }

    async function deleteAnnotation(id, form) {
        let response;
        try {
            response = await send('DELETE', `/api/annotations/${encodeURIComponent(id)}`);
        } catch {
            form.submit(); // the API cannot be reached from script: the plain form still works
            return;
        }
        if (!response.ok && response.status !== 404) {
            popoverError.textContent = await problemText(response, 'The annotation could not be deleted.');
            return;
        }
        const paragraphId = popoverMark ? popoverMark.closest(PARAGRAPH).id : null;
        await refreshArticle();
        if (response.ok) changed(response, 'Deleted');
        const paragraph = paragraphId && document.getElementById(paragraphId);
        if (paragraph && paragraph.tabIndex >= 0) paragraph.focus(); // the highlight that had focus is gone
        announce('Deleted');
    }

    // ---- The highlight popover (for everyone, signed in or not) ----

    const popover = el('div', { class: 'tag-popover', role: 'dialog', 'aria-labelledby': 'tag-popover-title', tabindex: '-1', hidden: '' });
    const popoverTitle = el('h2', { id: 'tag-popover-title', class: 'tag-popover-title' });
    const popoverClose = el('button', { type: 'button', class: 'tag-popover-close', 'aria-label': 'Close' }, '×');
    const popoverBody = el('div', { class: 'tag-popover-body' });
    const popoverError = el('p', { class: 'tag-popover-error', role: 'alert' });
    popover.append(el('div', { class: 'tag-popover-head' }, popoverTitle, popoverClose), popoverBody, popoverError);
    popoverClose.addEventListener('click', () => closePopover(true));
    let popoverMark = null;

    // The cloned Delete form posts to the page without script; with it, the API does the work in place.
    popover.addEventListener('submit', event => {
        if (!canTag || !/handler=delete/i.test(event.target.action)) return;
        event.preventDefault();
        deleteAnnotation(popover.dataset.annotationId, event.target);
    });

    function openPopover(mark) {
        const suggested = mark.matches(SUGGESTION);
        const id = suggested ? mark.dataset.suggestionId : mark.dataset.annotationId;
        const detail = document.getElementById(suggested ? `suggestion-${id}` : `annotation-${id}`);
        if (!detail) return;
        // Continuation pieces of an overlapping annotation are not focusable; its first piece is.
        popoverMark = document.getElementById(suggested ? `s-${id}` : `h-${id}`) || mark;
        delete popover.dataset.annotationId;
        delete popover.dataset.suggestionId;
        popover.dataset[suggested ? 'suggestionId' : 'annotationId'] = id;
        popoverTitle.textContent = suggested ? `Suggested ${detail.dataset.kind || 'annotation'}` : capitalise(detail.dataset.kind || 'annotation');
        popoverBody.replaceChildren(...Array.from(detail.childNodes, node => node.cloneNode(true)));
        // The Edit form stays in the panel (one copy, one set of ids); the popover gets a button to it.
        for (const edit of popoverBody.querySelectorAll('details.suggestion-edit')) {
            edit.replaceWith(el('button', { type: 'button', class: 'button button-small', 'data-review': 'edit', 'aria-keyshortcuts': 'e' }, 'Edit'));
        }
        popoverError.textContent = '';
        mark.closest(PARAGRAPH).after(popover); // next in Tab order after the highlight's paragraph
        popover.hidden = false;
        place(popover, mark.getClientRects()[0] || mark.getBoundingClientRect());
        popover.focus();
    }

    function closePopover(returnFocus) {
        if (popover.hidden) return;
        popover.hidden = true;
        if (returnFocus && popoverMark && popoverMark.isConnected) popoverMark.focus();
        popoverMark = null;
    }

    // ---- Reviewing suggestions ----

    // The suggestion a key press or form is about: a suggested span in the text, or its entry in the panel or popover.
    function suggestionIdOf(element) {
        if (body.contains(element)) return element.matches(SUGGESTION) ? element.dataset.suggestionId : null; // not a mark inside one
        const entry = element.closest('[data-suggestion-id]');
        return entry ? entry.dataset.suggestionId : null;
    }

    function showingSuggestions() {
        const toggle = document.getElementById('show-suggestions');
        return !toggle || toggle.checked;
    }

    // Hidden suggestions leave the tab order too; the choice is remembered on this device.
    function applySuggestionToggle() {
        const toggle = document.getElementById('show-suggestions');
        if (!toggle) return;
        if (!toggle.dataset.enhanced) {
            toggle.dataset.enhanced = 'true';
            try {
                if (window.localStorage.getItem(SHOW_SUGGESTIONS_KEY) === 'false') toggle.checked = false;
            } catch { /* storage may be off; the default is to show them */ }
        }
        for (const span of body.querySelectorAll(`${SUGGESTION}[id]`)) span.tabIndex = toggle.checked ? 0 : -1;
    }

    function onToggleChange(event) {
        if (event.target.id !== 'show-suggestions') return;
        try {
            window.localStorage.setItem(SHOW_SUGGESTIONS_KEY, String(event.target.checked));
        } catch { /* not remembered, still applied */ }
        applySuggestionToggle();
        announce(event.target.checked ? 'Suggestions shown' : 'Suggestions hidden');
    }

    function suggestionOrder() {
        return Array.from(body.querySelectorAll(`${SUGGESTION}[id]`), span => span.dataset.suggestionId);
    }

    // The panel carries an Edit link per suggestion, not a form: the form is the page's one template,
    // copied here with this suggestion's ids, values and address (that of its Accept button).
    function editFormOf(entry, id) {
        const rendered = entry.querySelector('details.suggestion-edit');
        if (rendered) return rendered;
        const template = document.getElementById('suggestion-edit-template');
        const link = entry.querySelector('a[data-review=edit]');
        const accept = entry.querySelector('button[data-review=accept]');
        if (!template || !link || !accept) return null;
        const details = template.content.firstElementChild.cloneNode(true);
        for (const node of details.querySelectorAll('[id$="-new"]')) node.id = node.id.replace(/-new$/, `-${id}`);
        for (const label of details.querySelectorAll('label[for$="-new"]')) label.htmlFor = label.htmlFor.replace(/-new$/, `-${id}`);
        const form = details.querySelector('form');
        form.setAttribute('action', accept.getAttribute('formaction'));
        const shown = entry.querySelector('.annotation-exact a');
        form.querySelector('[name="edit.Exact"]').value = entry.dataset.exact || (shown ? shown.textContent.replace(/^\u201c|\u201d$/g, '') : '');
        form.querySelector('[name="edit.Kind"]').value = entry.dataset.kind === 'person' ? 'person' : 'quote';
        form.querySelector('[name="edit.Name"]').value = entry.dataset.person || '';
        const nameLabel = form.querySelector(`label[for="edit-name-${id}"]`);
        if (nameLabel) nameLabel.textContent = entry.dataset.kind === 'person' ? 'Person' : 'Speaker';
        link.replaceWith(details);
        return details;
    }

    function openEdit(id, message) {
        const entry = document.getElementById(`suggestion-${id}`);
        const details = entry && editFormOf(entry, id);
        if (!details) return;
        closePopover(false);
        details.open = true;
        let error = entry.querySelector('.suggestion-error');
        if (message) {
            if (!error) {
                error = el('p', { class: 'suggestion-error', role: 'alert' });
                details.querySelector('form').prepend(error);
            }
            error.textContent = message;
        }
        const field = details.querySelector('[name="edit.Name"]');
        field.focus();
        field.select();
    }

    async function review(id, action) {
        if (!showingSuggestions()) return;
        const entry = document.getElementById(`suggestion-${id}`);
        if (action === 'edit' || (action === 'accept' && entry && entry.dataset.needsSpeaker === 'true')) {
            // The source is an organisation, unnamed or not found: only a named person can be the speaker.
            openEdit(id, action === 'accept' ? 'Name the person who said this quote, then accept it with changes (or reject it).' : null);
            return;
        }
        const order = suggestionOrder();
        let response;
        try {
            response = await send('POST', `/api/suggestions/${encodeURIComponent(id)}/${action}`);
        } catch {
            announce('The server did not answer, so nothing changed. Try again.');
            return;
        }
        if (!response.ok) {
            const message = await problemText(response, `The suggestion could not be ${action === 'accept' ? 'accepted' : 'rejected'}.`);
            if (response.status === 400) {
                openEdit(id, message); // a quote without a named speaker: ask for one
            } else {
                announce(message);
                if (response.status === 409) await refreshArticle(); // someone else reviewed it: show the page as it is now
            }
            return;
        }
        const annotation = action === 'accept' ? await response.json() : null;
        await refreshArticle();
        // On to the next suggestion in reading order (wrapping round), so a reviewer can keep pressing keys.
        const at = order.indexOf(id);
        const next = order.slice(at + 1).concat(order.slice(0, Math.max(at, 0))).map(n => document.getElementById(`s-${n}`)).find(Boolean);
        const focus = next || (annotation && document.getElementById(`h-${annotation.id}`));
        if (focus) focus.focus();
        announce(annotation ? taggedMessage(annotation).replace(/^Tagged/, 'Accepted') : 'Rejected; it will not be suggested again');
    }

    // The panel's and popover's Accept / Reject buttons go through the API when script runs (the Edit form posts as is).
    // They all submit the panel's one review form, so the suggestion is the button's, not the form's.
    function onSubmit(event) {
        const button = event.submitter || event.target.querySelector('button[data-review]');
        const action = button && button.dataset.review;
        const id = action && suggestionIdOf(button);
        if (!canTag || !id) return;
        event.preventDefault();
        review(id, action);
    }

    // ---- Undo and redo ----

    const changeStatus = document.getElementById('change-status');

    // The status line: what was done, and the button that reverses it.
    function showChange(message, eventId, undone) {
        if (!changeStatus) return;
        const button = el('button', { type: 'button', class: 'link-button', 'data-undo-event': eventId, 'aria-keyshortcuts': undone ? 'Control+Shift+Z' : 'Control+Z' },
            undone ? 'Redo' : 'Undo');
        changeStatus.replaceChildren(el('span', { class: 'change-message' }, undone ? `Undone: ${message}` : message), button);
        changeStatus.hidden = false;
    }

    // A change went through: remember its event so it can be undone, and say so.
    function changed(response, message) {
        const eventId = response.headers.get('X-Annotation-Event');
        if (!eventId) return;
        undoStack.push({ eventId, message });
        redoStack.length = 0;
        showChange(message, eventId, false);
    }

    // Undo takes the newest change of this page back; redo takes the newest undo back.
    async function reverse(fromStack, toStack, undone) {
        const change = fromStack.pop();
        if (!change) {
            announce(undone ? 'Nothing to undo' : 'Nothing to redo');
            return;
        }
        let response;
        try {
            response = await send('POST', `/api/annotation-events/${encodeURIComponent(change.eventId)}/undo`);
        } catch {
            fromStack.push(change);
            announce('The server did not answer; nothing was changed.');
            return;
        }
        if (!response.ok) {
            const message = await problemText(response, 'That change cannot be undone.');
            if (changeStatus) { changeStatus.replaceChildren(el('span', { class: 'change-message' }, message)); changeStatus.hidden = false; }
            announce(message);
            return;
        }
        toStack.push({ eventId: response.headers.get('X-Annotation-Event'), message: change.message });
        await refreshArticle();
        showChange(change.message, toStack[toStack.length - 1].eventId, undone);
        announce(undone ? `Undone: ${change.message}` : `Redone: ${change.message}`);
    }

    const undo = () => reverse(undoStack, redoStack, true);
    const redo = () => reverse(redoStack, undoStack, false);

    // The status line's button, also the one the server rendered after a form's change (its form posts without script).
    function onChangeStatusClick(event) {
        const button = event.target.closest('button[data-undo-event], #change-status form button');
        if (!button || !canTag) return;
        event.preventDefault();
        if (button.dataset.undoEvent) {
            button.textContent === 'Redo' ? redo() : undo();
            return;
        }
        const form = button.closest('form');
        const eventId = form.querySelector('input[name=eventId]').value;
        const message = (changeStatus.querySelector('.change-message') || {}).textContent || 'Change';
        (button.textContent.trim() === 'Redo' ? redoStack : undoStack).push({ eventId, message: message.replace(/^Undone: /, '') });
        button.textContent.trim() === 'Redo' ? redo() : undo();
    }

    // ---- Re-attaching an orphan to text of the current version ----

    function startReattach(link) {
        const entry = link.closest('[data-annotation-id]');
        const exact = (entry.querySelector('mark') || entry).textContent.trim();
        reattaching = { id: entry.dataset.annotationId, exact };
        clearTarget();
        const message = `Select the text where “${shorten(exact, 60)}” belongs (mouse, or a paragraph's arrow keys), then press Re-attach here or r. Esc cancels.`;
        if (changeStatus) { changeStatus.replaceChildren(el('span', { class: 'change-message' }, message)); changeStatus.hidden = false; }
        announce(message);
        const first = body.querySelector(PARAGRAPH);
        if (first) first.focus();
    }

    function stopReattach() {
        reattaching = null;
        if (changeStatus) changeStatus.hidden = true;
        announce('Re-attaching cancelled');
    }

    async function reattach() {
        if (!reattaching || !target) return;
        const { id } = reattaching;
        const chosen = target;
        let response;
        try {
            response = await send('POST', `/api/annotations/${encodeURIComponent(id)}/reattach`,
                { paragraphId: Number(chosen.paragraph.dataset.paragraphId), start: chosen.start, end: chosen.end, exact: chosen.exact });
        } catch {
            announce('The server did not answer; nothing was changed.');
            return;
        }
        if (!response.ok) {
            showToolbar(chosen.paragraph, chosen.paragraph.getBoundingClientRect(), await problemText(response, 'It could not be re-attached there.'));
            return;
        }
        reattaching = null;
        await refreshArticle();
        changed(response, `Re-attached to “${shorten(chosen.exact, 60)}”`);
        const mark = document.getElementById(`h-${id}`);
        if (mark) mark.focus();
        announce('Re-attached');
    }

    // ---- Document-wide events (delegated, so they survive refreshes of the article body) ----

    function onEscape(element) {
        if (!popover.hidden) {
            closePopover(true);
            return;
        }
        if (reattaching && (!target || toolbar.hidden)) {
            stopReattach();
            return;
        }
        const back = target && target.paragraph.tabIndex >= 0 ? target.paragraph : null;
        clearTarget();
        const selection = window.getSelection();
        if (selection) selection.removeAllRanges();
        if (back && (toolbar.contains(element) || element === back)) back.focus();
    }

    function onKeyDown(event) {
        if (picker.dialog.open || event.defaultPrevented) return; // the dialog handles its own keys
        const element = event.target;
        const kind = KEY_KINDS[(event.key || '').toLowerCase()]; // autofill sends keydowns without a key
        if (event.key === 'Escape') {
            onEscape(element);
        } else if ((element.matches(MARK) || element.matches(SUGGESTION)) && body.contains(element) && (event.key === 'Enter' || event.key === ' ')) {
            event.preventDefault();
            openPopover(element);
        } else if (canTag && !isTyping(element) && (event.ctrlKey || event.metaKey) && !event.altKey && ['z', 'y'].includes((event.key || '').toLowerCase())) {
            event.preventDefault();
            event.key.toLowerCase() === 'y' || event.shiftKey ? redo() : undo();
        } else if (!canTag || isTyping(element) || event.ctrlKey || event.metaKey || event.altKey) {
            // Typing in a field, or a browser shortcut: not ours.
        } else if (reattaching && event.key === 'r' && target && !toolbar.hidden) {
            event.preventDefault();
            reattach();
        } else if (REVIEW_KEYS[event.key] && suggestionIdOf(element)) {
            event.preventDefault();
            review(suggestionIdOf(element), REVIEW_KEYS[event.key]);
        } else if (element.matches(PARAGRAPH) && body.contains(element) && CURSOR_KEYS.includes(event.key)) {
            event.preventDefault();
            moveCursor(element, event.key, event.shiftKey);
        } else if (kind && target && !toolbar.hidden && !reattaching) {
            event.preventDefault();
            openPicker(kind);
        }
    }

    function onClick(event) {
        const reattachLink = canTag && event.target.closest('#orphaned a[href$="/reattach"]');
        if (reattachLink) {
            event.preventDefault();
            startReattach(reattachLink);
            return;
        }
        if (changeStatus && changeStatus.contains(event.target)) {
            onChangeStatusClick(event);
            return;
        }
        const edit = event.target.closest('[data-review=edit]');
        if (edit && suggestionIdOf(edit)) {
            event.preventDefault(); // the link's page with the form open is for readers without script
            openEdit(suggestionIdOf(edit));
            return;
        }
        const mark = event.target.closest(`${MARK}, ${SUGGESTION}`);
        const selection = window.getSelection();
        // A drag that selects text inside a highlight is a selection, not a click on it.
        if (mark && body.contains(mark) && (!selection || selection.isCollapsed)) {
            openPopover(mark); // closest() from the click target finds the innermost of nested marks
        } else if (!popover.hidden && !popover.contains(event.target)) {
            closePopover(false);
        }
    }

    function onFocusIn(event) {
        const element = event.target;
        if (!popover.hidden && !popover.contains(element) && element !== popoverMark) closePopover(false);
        // The keyboard selection lasts while focus stays on its paragraph, the toolbar or the picker.
        const keep = target && (element === target.paragraph || toolbar.contains(element) || picker.dialog.contains(element));
        if (target && target.viaKeyboard && !keep) clearTarget();
    }

    let frame = 0;
    function onViewportChange() {
        window.cancelAnimationFrame(frame);
        frame = window.requestAnimationFrame(() => {
            if (target && !toolbar.hidden) showToolbarForTarget();
            if (!canHighlight) paintCursor();
            if (popoverMark && !popover.hidden) place(popover, popoverMark.getClientRects()[0] || popoverMark.getBoundingClientRect());
        });
    }

    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('change', onToggleChange);
    document.addEventListener('submit', onSubmit);
    window.addEventListener('scroll', onViewportChange, { passive: true });
    window.addEventListener('resize', onViewportChange);
    if (canTag) listenToSelections();
    enhanceParagraphs();
})();
