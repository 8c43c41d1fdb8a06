/* Summitry back office — small progressive enhancements. Everything works without this file.
   No globals, no eval, no innerHTML: server text goes in with textContent only. */
(function () {
  'use strict';

  var DELAY = 250;

  /* (a) Live meaning of an EDTF date as the curator types. The server answers in plain text. */
  function preview(input) {
    var output = document.getElementById('preview-' + input.name);
    var url = input.dataset.previewUrl;
    if (!output || !url || typeof window.fetch !== 'function') return;
    var timer = 0;
    var latest = 0;
    var lastSent = input.value;
    var controller = null;

    function update() {
      var value = input.value;
      if (value === lastSent) return;
      lastSent = value;
      var ticket = ++latest;
      if (controller) controller.abort();
      if (value.trim() === '') { output.textContent = ''; return; }
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'text=' + encodeURIComponent(value), {
        credentials: 'same-origin',
        headers: { Accept: 'text/plain' },
        signal: controller ? controller.signal : undefined
      }).then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        // A signed-out session ends on a login page: never show that as a date.
        if (!response.ok || response.redirected || type.indexOf('text/plain') !== 0) throw new Error('no preview');
        return response.text();
      }).then(function (text) {
        if (ticket === latest) output.textContent = text;
      }).catch(function () {
        // Network trouble or an aborted request: keep what is shown; the server checks on save anyway.
        if (ticket === latest) lastSent = null;
      });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, DELAY);
    });
  }


  /* (p) Pickers that search: a field with data-pick asks the server for the people or summits
     whose name holds what is typed and offers them in its datalist. Without this file the field
     takes an address or an exact name. */
  function picker(input) {
    var list = input.list;
    var url = input.dataset.pick;
    if (!list || !url || typeof window.fetch !== 'function') return;
    var timer = 0;
    var latest = 0;
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var value = input.value.trim();
        if (value.length < 2) return;
        var ticket = ++latest;
        fetch(url + '?q=' + encodeURIComponent(value), {
          credentials: 'same-origin',
          headers: { Accept: 'application/json' }
        }).then(function (response) {
          var type = response.headers.get('Content-Type') || '';
          if (!response.ok || response.redirected || type.indexOf('application/json') !== 0) throw new Error('no suggestions');
          return response.json();
        }).then(function (found) {
          if (ticket !== latest) return;
          while (list.firstChild) list.removeChild(list.firstChild);
          found.forEach(function (choice) {
            var option = document.createElement('option');
            option.value = choice.value;
            option.label = choice.label;
            option.textContent = choice.label;
            list.appendChild(option);
          });
        }).catch(function () { /* keep the suggestions shown; the server checks on save */ });
      }, DELAY);
    });
  }

  function start() {
    var pickers = document.querySelectorAll('input[data-pick]');
    for (var p = 0; p < pickers.length; p++) picker(pickers[p]);
    var inputs = document.querySelectorAll('input[data-edtf-preview]');
    for (var i = 0; i < inputs.length; i++) preview(inputs[i]);

    /* (b) Move focus to the error summary so screen readers announce what is wrong. */
    var summary = document.getElementById('error-summary');
    if (summary) summary.focus();

    /* (c) Move to trash needs no confirmation: the trash is recoverable. Purging has its own page. */

    /* (d) "Use Qn" among the Wikidata candidates puts the item in the field at once; without this
       file the button sends the form, and the page comes back with the field filled. */
    document.addEventListener('click', function (event) {
      var button = event.target.closest ? event.target.closest('button[name="pick"]') : null;
      var field = button && button.form ? button.form.elements.namedItem('wikidata') : null;
      if (!field) return;
      event.preventDefault();
      field.value = button.value;
      field.focus();
    });
  }

  /* (e) A progress bar follows its work: the page asks data-progress-url how far it is and moves
     the bar and its words, and loads itself again once the work is finished, to show the outcome.
     Without this file the page refreshes itself (its meta refresh is inside noscript). */
  function follow(field) {
    var url = field.dataset.progressUrl;
    var bar = field.querySelector('progress');
    var label = field.querySelector('label');
    if (!url || !bar || field.dataset.progressDone === 'true' || typeof window.fetch !== 'function') return;
    function poll() {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' })
        .then(function (response) {
          if (!response.ok || response.redirected) throw new Error('no progress');
          return response.json();
        }).then(function (progress) {
          if (progress.total > 0) {
            bar.max = progress.total;
            bar.value = progress.done;
          }
          bar.textContent = progress.percent + '%';
          if (label && typeof progress.words === 'string') label.textContent = progress.words;
          if (progress.finished) {
            window.location.reload();
          } else {
            window.setTimeout(poll, 1000);
          }
        }).catch(function () {
          // A network hiccup or a signed-out session: the page itself is still right; load it again.
          window.setTimeout(function () { window.location.reload(); }, 5000);
        });
    }
    window.setTimeout(poll, 1000);
  }

  function startProgress() {
    var fields = document.querySelectorAll('[data-progress-url]');
    for (var i = 0; i < fields.length; i++) follow(fields[i]);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', startProgress);
  } else {
    startProgress();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
