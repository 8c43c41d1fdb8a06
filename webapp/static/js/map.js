/*
 * The map without reloading the page: a region link (or a numbered marker that zooms) fetches that
 * region's page from the app, glides the map's viewBox to the new view and then puts in the new
 * map and list, so the address, the back button and the list stay as they would be with a reload.
 * Without this script the links simply load the page; with reduced motion there is no glide.
 */
(function () {
  "use strict";
  var figure = document.querySelector("[data-map]");
  if (!figure || !window.fetch || !window.DOMParser || !history.pushState) {
    return;
  }
  var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function numbers(box) {
    return box.split(/\s+/).map(Number);
  }

  function glide(svg, to, done) {
    var from = numbers(svg.getAttribute("viewBox"));
    var target = numbers(to);
    if (still) {
      done();
      return;
    }
    var start = null;
    function step(now) {
      if (start === null) {
        start = now;
      }
      var t = Math.min(1, (now - start) / 450);
      var eased = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
      svg.setAttribute("viewBox", from.map(function (v, i) {
        return (v + (target[i] - v) * eased).toFixed(2);
      }).join(" "));
      if (t < 1) {
        requestAnimationFrame(step);
      } else {
        done();
      }
    }
    requestAnimationFrame(step);
  }

  function swap(html, href, push) {
    var next = new DOMParser().parseFromString(html, "text/html");
    var nextFigure = next.querySelector("[data-map]");
    var nextMain = next.querySelector("main");
    if (!nextFigure || !nextMain) {
      window.location.href = href;
      return;
    }
    var svg = figure.querySelector("svg");
    glide(svg, nextFigure.querySelector("svg").getAttribute("viewBox"), function () {
      var main = document.querySelector("main");
      main.replaceWith(nextMain);
      document.title = next.title;
      figure = document.querySelector("[data-map]");
      if (push) {
        history.pushState({ map: true }, "", href);
      }
      var heading = document.getElementById("map-list-heading");
      var current = document.querySelector(".map-regions [aria-current]");
      (current || heading).focus();
    });
  }

  function go(href, push) {
    fetch(href, { headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        swap(html, href, push);
      })
      .catch(function () {
        window.location.href = href;
      });
  }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey ||
        event.shiftKey || event.altKey) {
      return;
    }
    var link = event.target.closest(".map-regions a, a.map-marker[data-region]");
    if (!link) {
      return;
    }
    var href = link.getAttribute("href") || link.getAttributeNS("http://www.w3.org/1999/xlink", "href");
    event.preventDefault();
    go(new URL(href, window.location.href).href, true);
  });

  window.addEventListener("popstate", function () {
    go(window.location.href, false);
  });
})();
