/* Summitry back office — picking a summit's place by clicking a world map.
   Without this script the map stays hidden and the latitude and longitude are typed, as they can
   still be with it (keyboard users keep the text fields). A click is turned back into degrees with
   the inverse of the Equal Earth projection the app draws its maps in (charts.control.EqualEarth),
   whose size and scale the page gives; typing moves the point. */
(function () {
  'use strict';

  var figure = document.querySelector('[data-place-picker]');
  var latitude = document.getElementById('field-latitude');
  var longitude = document.getElementById('field-longitude');
  if (!figure || !latitude || !longitude) return;
  var svg = figure.querySelector('svg');
  var marker = figure.querySelector('.place-picker__marker');
  if (!svg || !marker || typeof svg.getScreenCTM !== 'function') return;

  var WIDTH = Number(figure.dataset.width);
  var HEIGHT = Number(figure.dataset.height);
  var SCALE = Number(figure.dataset.scale);
  var A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
  var DEGREES = 180 / Math.PI;

  function project(lat, lon) {
    var theta = Math.asin(M * Math.sin(lat / DEGREES));
    var t2 = theta * theta, t6 = t2 * t2 * t2;
    var x = (lon / DEGREES) * Math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
    var y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return [WIDTH / 2 + SCALE * x, HEIGHT / 2 - SCALE * y];
  }

  /* Degrees of a point of the map, or null off the globe (Newton's method on theta). */
  function invert(px, py) {
    var x = (px - WIDTH / 2) / SCALE;
    var y = (HEIGHT / 2 - py) / SCALE;
    var theta = y, t2 = 0, t6 = 0;
    for (var i = 0; i < 12; i++) {
      t2 = theta * theta;
      t6 = t2 * t2 * t2;
      var delta = (theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y) /
          (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2));
      theta -= delta;
      if (Math.abs(delta) < 1e-12) break;
    }
    t2 = theta * theta;
    t6 = t2 * t2 * t2;
    var sine = Math.sin(theta) / M;
    if (!(Math.abs(sine) <= 1)) return null;
    var lon = M * x * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)) / Math.cos(theta) * DEGREES;
    if (!(Math.abs(lon) <= 180)) return null;
    return [Math.asin(sine) * DEGREES, lon];
  }

  /* The degrees typed, as the server reads them: a number, or one with N/S or E/W after it. */
  function degrees(text, positive, negative) {
    var match = /^\s*(-?\d+(?:\.\d+)?)\s*([A-Za-z]?)\s*$/.exec(text);
    if (!match) return null;
    var value = Number(match[1]);
    var hemisphere = match[2].toUpperCase();
    if (hemisphere === negative) return -value;
    if (hemisphere === '' || hemisphere === positive) return value;
    return null;
  }

  function show() {
    var lat = degrees(latitude.value, 'N', 'S');
    var lon = degrees(longitude.value, 'E', 'W');
    if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      marker.setAttribute('display', 'none');
      return;
    }
    var point = project(lat, lon);
    marker.setAttribute('cx', point[0].toFixed(1));
    marker.setAttribute('cy', point[1].toFixed(1));
    marker.removeAttribute('display');
  }

  svg.addEventListener('click', function (event) {
    var matrix = svg.getScreenCTM();
    if (!matrix) return;
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var at = point.matrixTransform(matrix.inverse());
    var place = invert(at.x, at.y);
    if (!place) return;
    latitude.value = place[0].toFixed(4);
    longitude.value = place[1].toFixed(4);
    show();
  });
  latitude.addEventListener('input', show);
  longitude.addEventListener('input', show);

  figure.hidden = false;
  show();
})();
