// The public guide's one script, served as it is: no framework, nothing from another host.
// Pages read fine without it; it keeps the visit to one history entry, adds the quick exit's
// history replacement, the Escape key,
// and a checklist's ticks kept in this browser once the reader asks for it.
(function () {
  'use strict';

  var exit = document.querySelector('a.quick-exit');

  // replace(), not a normal navigation: Back must not bring this page back.
  function leave() {
    if (exit) window.location.replace(exit.href);
  }

  if (exit) {
    exit.addEventListener('click', function (event) {
      event.preventDefault();
      leave();
    });
  }
  // Escape in a text field belongs to the field (clearing a search, closing a suggestion list):
  // only a key pressed elsewhere leaves.
  function typing(target) {
    if (!target || !target.tagName) return false;
    if (target.isContentEditable) return true;
    var tag = target.tagName.toLowerCase();
    if (tag === 'textarea' || tag === 'select') return true;
    if (tag !== 'input') return false;
    var type = (target.getAttribute('type') || 'text').toLowerCase();
    return (
      ['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color'].indexOf(type) <
      0
    );
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !typing(event.target)) leave();
  });

  // The whole visit is one entry in the browser's history: moving inside the guide replaces
  // the current entry, so the quick exit's replace() leaves no guide page behind Back.
  var root = document.documentElement.getAttribute('data-guide-root');

  function insideGuide(url) {
    return (
      root !== null &&
      url.origin === window.location.origin &&
      (url.pathname === root || url.pathname.indexOf(root + '/') === 0)
    );
  }

  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || link === exit || link.hasAttribute('download')) return;
    if (link.target && link.target !== '_self') return;
    var url = new URL(link.href, window.location.href);
    if (!insideGuide(url)) return;
    event.preventDefault();
    window.location.replace(url.href);
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || (form.method || 'get').toLowerCase() !== 'get') return;
    var url = new URL(form.action || window.location.href, window.location.href);
    if (!insideGuide(url)) return;
    // Only text fields are in the guide's GET forms, so FormData converts without loss.
    var params = new URLSearchParams(new FormData(form, event.submitter || null));
    url.search = params.toString();
    event.preventDefault();
    window.location.replace(url.href);
  });

  // A checklist's id is the same in every language, so kept ticks follow a change of language.
  var PREFIX = 'cairn.guide.ticks.';

  // Storage can be refused (private mode, a blocked site): then nothing is remembered.
  function readStored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function store(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch {
      // The ticks stay on screen for this visit only.
    }
  }

  function parseTicks(stored) {
    try {
      var value = JSON.parse(stored);
      return Array.isArray(value)
        ? value.filter(function (tick) {
            return typeof tick === 'string';
          })
        : [];
    } catch {
      return [];
    }
  }

  function setUpChecklist(list) {
    var key = PREFIX + list.getAttribute('data-checklist');
    var steps = Array.prototype.slice.call(list.querySelectorAll('input[data-step]'));
    var controls = list.querySelector('.guide-ticks');
    var remember = controls.querySelector('input[data-remember]');
    var forget = controls.querySelector('button[data-forget]');
    var status = controls.querySelector('[role="status"]');

    function ticks() {
      return steps
        .filter(function (step) {
          return step.checked;
        })
        .map(function (step) {
          return step.name;
        });
    }

    // What this browser keeps: null when the reader has not chosen to keep anything.
    function show(stored) {
      remember.checked = stored !== null;
      if (stored === null) return;
      var kept = parseTicks(stored);
      steps.forEach(function (step) {
        step.checked = kept.indexOf(step.name) >= 0;
      });
    }

    show(readStored(key));
    controls.hidden = false;

    list.addEventListener('change', function (event) {
      status.textContent = '';
      if (event.target === remember && !remember.checked) store(key, null);
      else if (remember.checked) store(key, JSON.stringify(ticks()));
    });
    forget.addEventListener('click', function () {
      store(key, null);
      show(null);
      steps.forEach(function (step) {
        step.checked = false;
      });
      status.textContent = status.getAttribute('data-done');
    });
    // Ticks kept or forgotten in another tab of this site.
    window.addEventListener('storage', function (event) {
      if (event.key === key) show(event.newValue);
    });
  }

  Array.prototype.forEach.call(
    document.querySelectorAll('.guide-checklist[data-checklist]'),
    setUpChecklist,
  );
})();
