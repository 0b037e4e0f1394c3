// Keyboard review on /review: j/k or the arrow keys move between items, a accepts and r rejects the
// focused item by submitting its own form (the page works the same without this script). After the
// post the server redirects to #item-N, and this script puts the focus back on that item.
(() => {
  'use strict';
  const items = () => Array.from(document.querySelectorAll('.review-item'));
  let submitting = false;

  function focusItem(item) {
    if (!item) return;
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest' });
  }

  function current() {
    const active = document.activeElement;
    return active && active.closest ? active.closest('.review-item') : null;
  }

  function move(step) {
    const list = items();
    if (list.length === 0) return;
    const at = list.indexOf(current());
    const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    focusItem(list[next]);
  }

  function submit(item, selector) {
    const form = item && item.querySelector(selector);
    if (!form || submitting) return;
    const name = form.querySelector('input[name="name"]');
    if (name && name.value.trim() === '') {
      name.focus(); // a quote without a named speaker needs one before it can be accepted
      return;
    }
    submitting = true;
    form.requestSubmit();
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return;
    const item = current();
    switch (event.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'ArrowDown': if (!item) return; move(1); break;
      case 'ArrowUp': if (!item) return; move(-1); break;
      case 'a': if (!item) return; submit(item, '.accept-form'); break;
      case 'r': if (!item) return; submit(item, '.reject-form'); break;
      default: return;
    }
    event.preventDefault();
  });

  // Back from a review: the item now at the same position (or the last one, if the page got shorter).
  const match = /^#item-(\d+)$/.exec(window.location.hash);
  if (match) {
    const list = items();
    focusItem(document.getElementById(`item-${match[1]}`) || list[list.length - 1]);
  }
})();
