/* famkoop finder: what JavaScript adds to pages that work without it.
 * - "Karte anzeigen": Leaflet and the tiles load only after this click (two-click privacy).
 * - "Meinen Standort verwenden": the browser's location, asked for only on this click.
 * - Print button; an announcement of the result count after htmx updates the results.
 * - After htmx updates: focus on the results after paging, the language switcher's address.
 */
(function () {
  "use strict";

  var openMaps = {};

  function reveal(root) {
    root.querySelectorAll("[data-map-toggle], [data-map-notice], [data-locate], [data-print]").forEach(function (el) {
      el.hidden = false;
    });
  }

  // Leaflet itself: famkoop/map_loader.js (loaded before this file).
  var loadLeaflet = window.famkoopLoadLeaflet;

  function showMap(button) {
    var canvas = document.getElementById(button.dataset.mapToggle);
    var data = document.getElementById(button.dataset.points);
    if (!canvas || !data) return;
    var points = JSON.parse(data.textContent);
    loadLeaflet(button).then(function () {
      canvas.hidden = false;
      button.setAttribute("aria-expanded", "true");
      button.querySelector(".kern-label").textContent = button.dataset.hideLabel;
      var map = window.L.map(canvas, { scrollWheelZoom: false });
      window.L.tileLayer(button.dataset.tiles, { attribution: button.dataset.attribution, maxZoom: 18 }).addTo(map);
      var bounds = [];
      points.forEach(function (point) {
        var marker = window.L.marker([point.lat, point.lon], { title: point.title, alt: point.title }).addTo(map);
        var popup = document.createElement("div");
        if (point.url) {
          var link = document.createElement("a");
          link.href = point.url;
          link.textContent = point.title;
          popup.appendChild(link);
        } else {
          popup.textContent = point.title;
        }
        marker.bindPopup(popup);
        bounds.push([point.lat, point.lon]);
      });
      if (bounds.length === 1) map.setView(bounds[0], 14);
      else map.fitBounds(bounds, { padding: [24, 24] });
      openMaps[canvas.id] = map;
    });
  }

  function hideMap(button) {
    var canvas = document.getElementById(button.dataset.mapToggle);
    if (openMaps[canvas.id]) { openMaps[canvas.id].remove(); delete openMaps[canvas.id]; }
    canvas.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.querySelector(".kern-label").textContent = button.dataset.showLabel;
  }

  function locate(button) {
    var form = button.form;
    var label = button.querySelector(".kern-label");
    var original = label.textContent;
    if (!navigator.geolocation) { label.textContent = button.dataset.locateFailed; return; }
    label.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(function (position) {
      form.querySelectorAll("[data-location-field]").forEach(function (el) { el.remove(); });
      [["lat", position.coords.latitude], ["lon", position.coords.longitude]].forEach(function (pair) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = pair[0];
        input.value = pair[1].toFixed(5);
        input.setAttribute("data-location-field", "");
        form.appendChild(input);
      });
      form.querySelector("[name=place]").value = "";
      label.textContent = original;
      form.requestSubmit();
    }, function () {
      label.textContent = button.dataset.locateFailed;
    }, { timeout: 10000, maximumAge: 600000 });
  }

  document.addEventListener("click", function (event) {
    var toggle = event.target.closest("[data-map-toggle]");
    if (toggle) {
      if (toggle.getAttribute("aria-expanded") === "true") hideMap(toggle);
      else showMap(toggle);
      return;
    }
    var locateButton = event.target.closest("[data-locate]");
    if (locateButton) { locate(locateButton); return; }
    if (event.target.closest("[data-print]")) window.print();
  });

  // A typed place replaces the browser's location.
  document.addEventListener("input", function (event) {
    if (event.target.name === "place" && event.target.form) {
      event.target.form.querySelectorAll("[data-location-field]").forEach(function (el) { el.remove(); });
    }
  });

  // On a phone the filters fold away under "Filter" so the results come first; they stay as
  // the visitor left them when htmx replaces the results.
  var narrow = window.matchMedia("(max-width: 63.99rem)");
  var filtersOpen = null;

  function applyFilterState(root) {
    var filters = root.querySelector ? root.querySelector("#finder-filters") : null;
    if (!filters) return;
    if (filtersOpen === null) filtersOpen = !narrow.matches;
    filters.open = filtersOpen;
  }

  document.addEventListener("toggle", function (event) {
    if (event.target.id === "finder-filters") filtersOpen = event.target.open;
  }, true);

  document.addEventListener("htmx:afterSwap", function (event) {
    applyFilterState(event.target);
    var wasOpen = Object.keys(openMaps);
    wasOpen.forEach(function (id) { delete openMaps[id]; });
    reveal(event.target);
    wasOpen.forEach(function (id) {
      var button = document.querySelector('[data-map-toggle="' + id + '"]');
      if (button) showMap(button);
    });
    // htmx keeps the focus on controls with an id; a paging link is gone after the swap, so
    // the focus moves to the new page's heading instead of falling back to the document.
    var source = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (source && source.closest && source.closest(".famkoop-paging")) {
      var heading = document.getElementById("hits-heading");
      if (heading) heading.focus();
    }
  });

  // The language switcher sends the current address along: keep it in step with htmx.
  document.addEventListener("htmx:pushedIntoHistory", function (event) {
    var next = document.querySelector(".famkoop-language [name=next]");
    if (next) next.value = event.detail.path;
  });

  document.addEventListener("DOMContentLoaded", function () {
    reveal(document);
    applyFilterState(document);
  });
})();
