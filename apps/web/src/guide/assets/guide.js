// The public guide's one script, served as it is: no framework, nothing from another host.
// Pages read fine without it; it adds the quick exit's history replacement, the Escape key,
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
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') leave();
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
