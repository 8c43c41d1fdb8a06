/* Summitry back office — drag a rectangle on the photo to fill in the tagging form's x, y, width
   and height (pixels of the upright picture). Progressive enhancement only: without this file the
   numbers are typed, and typing them moves the outline too. No inline styles, no innerHTML. */
(function () {
  'use strict';
  var canvas = document.querySelector('[data-region-canvas]');
  if (!canvas || !window.PointerEvent) return;
  var image = canvas.querySelector('img');
  var draft = canvas.querySelector('[data-region-draft]');
  var inputs = {};
  ['x', 'y', 'w', 'h'].forEach(function (n) {
    inputs[n] = document.querySelector('[data-region-input="' + n + '"]');
  });
  if (!image || !draft || !inputs.x || !inputs.y || !inputs.w || !inputs.h) return;
  var width = Number(canvas.getAttribute('data-width'));
  var height = Number(canvas.getAttribute('data-height'));
  var start = null;

  function clamp(value, max) { return Math.max(0, Math.min(max, value)); }

  function at(event) {
    var box = image.getBoundingClientRect();
    return {
      x: clamp(Math.round((event.clientX - box.left) * width / box.width), width),
      y: clamp(Math.round((event.clientY - box.top) * height / box.height), height)
    };
  }

  function show(x, y, w, h) {
    draft.setAttribute('x', x);
    draft.setAttribute('y', y);
    draft.setAttribute('width', w);
    draft.setAttribute('height', h);
    draft.classList.toggle('is-lit', w > 0 && h > 0);
  }

  function fill(a, b) {
    var x = Math.min(a.x, b.x), y = Math.min(a.y, b.y);
    var w = Math.abs(a.x - b.x), h = Math.abs(a.y - b.y);
    inputs.x.value = x; inputs.y.value = y; inputs.w.value = w; inputs.h.value = h;
    show(x, y, w, h);
  }

  function fromInputs() {
    var v = ['x', 'y', 'w', 'h'].map(function (n) { return parseInt(inputs[n].value, 10); });
    if (v.every(function (n) { return isFinite(n) && n >= 0; })) show(v[0], v[1], v[2], v[3]);
  }

  canvas.classList.add('is-drawable');
  image.addEventListener('pointerdown', function (event) {
    if (event.button !== 0) return;
    event.preventDefault();
    start = at(event);
    image.setPointerCapture(event.pointerId);
    fill(start, start);
  });
  image.addEventListener('pointermove', function (event) {
    if (start) fill(start, at(event));
  });
  function finish(event) {
    if (!start) return;
    fill(start, at(event));
    start = null;
    var subject = document.getElementById('field-subject');
    if (subject && Number(inputs.w.value) > 0 && Number(inputs.h.value) > 0) subject.focus();
  }
  image.addEventListener('pointerup', finish);
  image.addEventListener('pointercancel', function () { start = null; });
  ['x', 'y', 'w', 'h'].forEach(function (n) { inputs[n].addEventListener('input', fromInputs); });
  fromInputs();
})();
