/* Summitry — lights up a person's or a gift's outline on the photo while its name in "In this
   photo" is pointed at or focused. Without this file the outlines are all drawn, evenly. */
(function () {
  'use strict';
  function light(event, on) {
    var link = event.target.closest ? event.target.closest('a[data-region]') : null;
    if (!link) return;
    var box = document.getElementById(link.getAttribute('data-region'));
    if (!box) return;
    box.classList.toggle('is-lit', on);
    var boxes = box.parentNode;
    if (boxes) boxes.classList.toggle('has-lit', on);
  }
  document.addEventListener('mouseover', function (e) { light(e, true); });
  document.addEventListener('mouseout', function (e) { light(e, false); });
  document.addEventListener('focusin', function (e) { light(e, true); });
  document.addEventListener('focusout', function (e) { light(e, false); });
})();
