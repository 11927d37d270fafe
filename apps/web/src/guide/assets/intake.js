// The intake form's and follow-up's own script, served from this host. The pages work whole
// without it (one long form, plain posts); with it, the form goes step by step with a
// progress indicator, checks answers as the server does before moving on, shows upload
// progress, and solves the proof-of-work challenge that marks the submission as verified.
(function () {
  'use strict';

  var DATE = /^\d{4}-\d{2}-\d{2}$/;
  var TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

  function realDate(value) {
    if (!DATE.test(value)) return false;
    var parts = value.split('-').map(Number);
    var date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
    return (
      date.getUTCFullYear() === parts[0] &&
      date.getUTCMonth() === parts[1] - 1 &&
      date.getUTCDate() === parts[2]
    );
  }

  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  // After the page is replaced by an answer (the receipt), the quick exit must still replace
  // history rather than add to it.
  function bindQuickExit(root) {
    var exit = root.querySelector('a.quick-exit');
    if (!exit) return;
    exit.addEventListener('click', function (event) {
      event.preventDefault();
      window.location.replace(exit.href);
    });
  }

  /** Shows an answer page (receipt, form changed, too many) in place of this one. */
  function showPage(html) {
    var next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    document.body.replaceWith(document.adoptNode(next.body));
    bindQuickExit(document.body);
    var focus = document.body.querySelector('[autofocus]') || document.querySelector('h1');
    if (focus) {
      if (!focus.hasAttribute('tabindex')) focus.setAttribute('tabindex', '-1');
      focus.focus();
    }
    window.scrollTo(0, 0);
  }

  /** Posts a form's multipart body with a progress bar; calls back with status and JSON. */
  function send(form, data, done) {
    var progress = form.querySelector('.intake-progress');
    var bar = progress && progress.querySelector('progress');
    var text = progress && progress.querySelector('.intake-progress-text');
    var template = form.getAttribute('data-progress') || '';
    function show(percent) {
      if (!progress) return;
      progress.hidden = false;
      bar.value = percent;
      text.textContent = template.replace(/\d+/, String(percent));
    }
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) show(Math.floor((event.loaded / event.total) * 100));
    });
    request.addEventListener('load', function () {
      show(100);
      var body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      done(request.status, body);
    });
    request.addEventListener('error', function () {
      done(0, null);
    });
    show(0);
    request.send(data);
  }

  // ---------------------------------------------------------------------------------------
  // The proof of work

  function startChallenge(form) {
    var state = { payload: null, finished: false, waiting: [] };
    function finish(payload) {
      state.payload = payload;
      state.finished = true;
      state.waiting.forEach(function (callback) {
        callback();
      });
      state.waiting = [];
    }
    var challengeUrl = form.getAttribute('data-challenge');
    var workerUrl = form.getAttribute('data-worker');
    if (!challengeUrl || !workerUrl || typeof Worker === 'undefined' || !window.crypto.subtle) {
      finish(null);
      return state;
    }
    fetch(challengeUrl, { headers: { Accept: 'application/json' }, credentials: 'omit' })
      .then(function (response) {
        if (!response.ok) throw new Error('no challenge');
        return response.json();
      })
      .then(function (challenge) {
        var worker = new Worker(workerUrl);
        worker.onmessage = function (event) {
          worker.terminate();
          if (!event.data || !event.data.ok) return finish(null);
          finish(
            btoa(
              JSON.stringify({
                algorithm: challenge.algorithm,
                challenge: challenge.challenge,
                number: event.data.number,
                salt: challenge.salt,
                signature: challenge.signature,
                took: event.data.took,
              }),
            ),
          );
        };
        worker.onerror = function () {
          finish(null);
        };
        worker.postMessage(challenge);
      })
      .catch(function () {
        // Without a solution the form is still accepted, marked for review.
        finish(null);
      });
    return state;
  }

  /** Calls back once the challenge is solved, or after `ms` whatever its state. */
  function whenSolved(state, ms, callback) {
    if (state.finished) return callback();
    var called = false;
    function once() {
      if (called) return;
      called = true;
      callback();
    }
    state.waiting.push(once);
    setTimeout(once, ms);
  }

  // ---------------------------------------------------------------------------------------
  // The intake form, step by step

  function setUpIntake(form) {
    var steps = Array.prototype.slice.call(form.querySelectorAll('.intake-step'));
    var actions = form.querySelector('.intake-actions');
    var sendButton = form.querySelector('[data-send]');
    var nextLabel = (form.querySelector('[data-next-label]') || {}).textContent || 'Next';
    var backLabel = (form.querySelector('[data-back-label]') || {}).textContent || 'Back';
    var challenge = startChallenge(form);
    var current = 0;
    var sending = false;

    var counter = make('p', 'intake-step-count');
    counter.setAttribute('aria-live', 'polite');
    var back = make('button', 'intake-button intake-button-secondary', backLabel);
    back.type = 'button';
    var next = make('button', 'intake-button', nextLabel);
    next.type = 'button';
    var status = make('p', 'intake-status');
    status.setAttribute('role', 'status');
    form.insertBefore(counter, form.querySelector('.intake-step'));
    actions.insertBefore(back, sendButton);
    actions.insertBefore(next, sendButton);
    actions.appendChild(status);

    function fieldsOf(scope) {
      return Array.prototype.slice.call(scope.querySelectorAll('[data-field]'));
    }

    // -- Errors, as the server would write them

    function clearErrors() {
      var summary = document.querySelector('[data-error-summary]');
      if (summary) summary.remove();
      Array.prototype.forEach.call(form.querySelectorAll('.intake-error-message'), function (node) {
        node.remove();
      });
      Array.prototype.forEach.call(form.querySelectorAll('.intake-group-error'), function (node) {
        node.classList.remove('intake-group-error');
      });
      Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid="true"]'), function (node) {
        node.setAttribute('aria-invalid', 'false');
      });
      document.title = document.title.replace(
        form.getAttribute('data-error-title') || '\u0000',
        '',
      );
    }

    function groupOf(field) {
      return form.querySelector('[data-field="' + CSS.escape(field) + '"]');
    }

    function targetOf(group) {
      var control = group.querySelector('input:not([type="hidden"]), textarea, select');
      return control ? control.id : '';
    }

    function showErrors(errors) {
      clearErrors();
      var list = make('ul');
      var firstStep = -1;
      errors.forEach(function (error) {
        var group = groupOf(error.field);
        if (!group) return;
        group.classList.add('intake-group-error');
        var message = make('p', 'intake-error-message');
        var prefix = make('span', 'visually-hidden', form.getAttribute('data-error-prefix') || '');
        message.appendChild(prefix);
        message.appendChild(document.createTextNode(' ' + error.message));
        var before = group.querySelector(
          'input:not([type="hidden"]), textarea, select, .intake-choices, .intake-choice',
        );
        if (before && before.parentNode) before.parentNode.insertBefore(message, before);
        else group.appendChild(message);
        var control = group.querySelector('input:not([type="hidden"]), textarea');
        if (control) control.setAttribute('aria-invalid', 'true');
        var item = make('li');
        var link = make('a', '', error.message);
        link.href = '#' + targetOf(group);
        item.appendChild(link);
        list.appendChild(item);
        var step = steps.findIndex(function (section) {
          return section.contains(group);
        });
        if (firstStep < 0 || (step >= 0 && step < firstStep)) firstStep = step;
      });
      var summary = make('div', 'intake-error-summary');
      summary.setAttribute('tabindex', '-1');
      summary.setAttribute('data-error-summary', '');
      summary.setAttribute('aria-labelledby', 'error-summary-title');
      var title = make('h2', '', form.getAttribute('data-summary-title') || '');
      title.id = 'error-summary-title';
      summary.appendChild(title);
      summary.appendChild(list);
      form.parentNode.insertBefore(summary, form);
      document.title = (form.getAttribute('data-error-title') || '') + document.title;
      if (firstStep >= 0) show(firstStep, false);
      summary.focus();
      summary.scrollIntoView();
    }

    /** The checks the server makes that the page can make too: required, dates, times, lengths. */
    function check(scope) {
      var errors = [];
      fieldsOf(scope).forEach(function (group) {
        var field = group.getAttribute('data-field');
        var required = group.querySelector('[data-required="true"]');
        var choices = group.querySelectorAll('input[type="radio"], input[type="checkbox"]');
        var control = group.querySelector(
          'input[data-kind], textarea[data-required], input[type="file"]',
        );
        if (group.querySelector('[data-field]')) return; // a group of groups (safe contact)
        if (choices.length > 0 && required) {
          var chosen = Array.prototype.some.call(choices, function (choice) {
            return choice.checked;
          });
          if (!chosen)
            errors.push({ field: field, message: form.getAttribute('data-required-message') });
          return;
        }
        if (!control) return;
        var value = control.type === 'file' ? '' : control.value;
        if (control.type === 'file') {
          if (required && control.files.length === 0)
            errors.push({ field: field, message: form.getAttribute('data-required-message') });
          return;
        }
        if (value.trim() === '') {
          if (control.getAttribute('data-required') === 'true')
            errors.push({ field: field, message: form.getAttribute('data-required-message') });
          return;
        }
        var kind = control.getAttribute('data-kind');
        if (kind === 'date' && !realDate(value))
          errors.push({ field: field, message: form.getAttribute('data-date-message') });
        else if (kind === 'time' && !TIME.test(value))
          errors.push({ field: field, message: form.getAttribute('data-time-message') });
        else if (control.maxLength > 0 && value.length > control.maxLength)
          errors.push({ field: field, message: form.getAttribute('data-length-message') });
      });
      return errors;
    }

    // -- Steps

    function show(index, focus) {
      current = index;
      steps.forEach(function (section, at) {
        section.hidden = at !== index;
      });
      counter.textContent = steps[index].getAttribute('data-step-label');
      back.hidden = index === 0;
      next.hidden = index === steps.length - 1;
      sendButton.hidden = index !== steps.length - 1;
      if (focus) {
        var heading = steps[index].querySelector('h2');
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    }

    next.addEventListener('click', function () {
      var errors = check(steps[current]);
      if (errors.length > 0) return showErrors(errors);
      clearErrors();
      show(current + 1, true);
    });
    back.addEventListener('click', function () {
      clearErrors();
      show(current - 1, true);
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (sending) return;
      var errors = check(form);
      if (errors.length > 0) return showErrors(errors);
      sending = true;
      sendButton.disabled = true;
      back.disabled = true;
      status.textContent = form.getAttribute('data-checking') || '';
      // A survivor is never held back for long: past this, the form goes unverified.
      whenSolved(challenge, 20000, function () {
        status.textContent = form.getAttribute('data-sending') || '';
        // Among the control fields, which the server reads before any file.
        var altcha = form.querySelector('input[data-altcha]');
        if (altcha && challenge.payload) {
          altcha.value = challenge.payload;
          altcha.disabled = false;
        }
        var data = new FormData(form);
        send(form, data, function (code, body) {
          sending = false;
          sendButton.disabled = false;
          back.disabled = false;
          status.textContent = '';
          if (body && body.outcome === 'fix' && body.errors) {
            return showErrors(
              Object.keys(body.errors).map(function (field) {
                return { field: field, message: body.errors[field] };
              }),
            );
          }
          if (body && typeof body.page === 'string') return showPage(body.page);
          status.textContent = form.getAttribute('data-unavailable') || '';
        });
      });
    });

    // Start where the first refused answer is, when the server sent the page back.
    var refused = form.querySelector('.intake-group-error');
    var start = refused
      ? Math.max(
          0,
          steps.findIndex(function (section) {
            return section.contains(refused);
          }),
        )
      : 0;
    if (steps.length > 1) show(start, false);
    else {
      counter.remove();
      back.hidden = true;
      next.hidden = true;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Follow-up files, with a progress bar

  function setUpUpload(form) {
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type="file"]');
      event.preventDefault();
      if (!input || input.files.length === 0) {
        var status = form.querySelector('.intake-progress-text');
        form.querySelector('.intake-progress').hidden = false;
        status.textContent = form.getAttribute('data-choose') || '';
        input.focus();
        return;
      }
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      send(form, new FormData(form), function (code, body) {
        button.disabled = false;
        if (body && typeof body.location === 'string')
          return window.location.replace(body.location);
        form.querySelector('.intake-progress-text').textContent =
          form.getAttribute('data-unavailable') || '';
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-intake-form]'), setUpIntake);
  Array.prototype.forEach.call(document.querySelectorAll('form[data-upload-form]'), setUpUpload);

  var summary = document.querySelector('[data-error-summary], .intake-error-summary');
  if (summary) summary.focus();
})();
