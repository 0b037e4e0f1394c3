// Type-ahead for the header search box: people and topics while typing, as a listbox the
// keyboard can walk (combobox pattern). Without JavaScript the box still submits to /search.
(() => {
  'use strict';
  const input = document.getElementById('header-search');
  const list = document.getElementById('header-search-suggestions');
  if (!input || !list) return;

  let timer = 0;
  let active = -1;
  let lastQuery = '';

  const options = () => Array.from(list.querySelectorAll('[role="option"]'));

  function close() {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function option(kind, item, index) {
    const li = document.createElement('li');
    li.id = `header-search-option-${index}`;
    li.setAttribute('role', 'option');
    li.dataset.href = `/${kind === 'person' ? 'people' : 'topics'}/${encodeURIComponent(item.slug)}`;
    const name = document.createElement('span');
    name.textContent = item.name; // text, never HTML
    const label = document.createElement('span');
    label.className = 'suggestion-kind';
    label.textContent = kind;
    li.append(name, label);
    li.addEventListener('mousedown', (event) => { event.preventDefault(); window.location.href = li.dataset.href; });
    return li;
  }

  async function suggest(query) {
    const q = encodeURIComponent(query);
    try {
      const [people, topics] = await Promise.all([
        fetch(`/api/people?q=${q}`).then((r) => (r.ok ? r.json() : [])),
        fetch(`/api/topics?q=${q}`).then((r) => (r.ok ? r.json() : [])),
      ]);
      if (query !== lastQuery) return; // a newer query is on its way
      const items = [...people.slice(0, 6).map((p) => ['person', p]), ...topics.slice(0, 4).map((t) => ['topic', t])];
      if (items.length === 0) { close(); return; }
      list.replaceChildren(...items.map(([kind, item], i) => option(kind, item, i)));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    } catch {
      close(); // suggestions are a convenience; the form still works
    }
  }

  function move(step) {
    const all = options();
    if (all.length === 0) return;
    active = (active + step + all.length) % all.length;
    all.forEach((el, i) => el.setAttribute('aria-selected', i === active ? 'true' : 'false'));
    input.setAttribute('aria-activedescendant', all[active].id);
  }

  input.addEventListener('input', () => {
    const query = input.value.trim();
    lastQuery = query;
    window.clearTimeout(timer);
    if (query.length < 2) { close(); return; }
    timer = window.setTimeout(() => suggest(query), 150);
  });

  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); move(1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); move(-1); }
    else if (event.key === 'Escape') { close(); }
    else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.href = options()[active].dataset.href;
    }
  });

  input.addEventListener('blur', () => window.setTimeout(close, 100));
})();
