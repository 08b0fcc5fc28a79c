/* famkoop back office: placing a site's pin on a map.
 * The latitude and longitude fields work without JavaScript. With it, "Karte anzeigen" loads
 * Leaflet and the tiles (only after this click); clicking the map or dragging the marker fills
 * the fields, and typed coordinates move the marker.
 */
(function () {
  "use strict";

  // The middle of North Rhine-Westphalia, for a site without coordinates yet.
  var FALLBACK = { lat: 51.43, lon: 7.66, zoom: 8 };

  // Leaflet itself: famkoop/map_loader.js (loaded before this file).
  var loadLeaflet = window.famkoopLoadLeaflet;

  function PinMap(button) {
    this.button = button;
    this.canvas = document.getElementById(button.dataset.pinMap);
    this.latitude = document.getElementById(button.dataset.latitude);
    this.longitude = document.getElementById(button.dataset.longitude);
    this.status = button.parentNode.querySelector("[data-pin-status]");
    this.map = null;
    this.marker = null;
  }

  PinMap.prototype.fieldPoint = function () {
    var lat = parseFloat(this.latitude.value.replace(",", "."));
    var lon = parseFloat(this.longitude.value.replace(",", "."));
    if (isNaN(lat) || isNaN(lon)) return null;
    return [lat, lon];
  };

  PinMap.prototype.place = function (latlng) {
    var self = this;
    if (!self.marker) {
      self.marker = window.L.marker(latlng, {
        draggable: true, title: self.button.dataset.markerTitle, alt: self.button.dataset.markerTitle
      }).addTo(self.map);
      self.marker.on("dragend", function () { self.fill(self.marker.getLatLng()); });
    } else {
      self.marker.setLatLng(latlng);
    }
  };

  PinMap.prototype.fill = function (latlng) {
    this.latitude.value = latlng.lat.toFixed(6);
    this.longitude.value = latlng.lng.toFixed(6);
    if (this.status) {
      this.status.textContent = this.latitude.labels[0].textContent.trim() + ": " +
        this.latitude.value + ", " + this.longitude.labels[0].textContent.trim() + ": " +
        this.longitude.value;
    }
  };

  PinMap.prototype.show = function () {
    var self = this;
    loadLeaflet(self.button).then(function () {
      self.canvas.hidden = false;
      self.button.setAttribute("aria-expanded", "true");
      self.button.querySelector(".kern-label").textContent = self.button.dataset.hideLabel;
      self.map = window.L.map(self.canvas, { scrollWheelZoom: false });
      window.L.tileLayer(self.button.dataset.tiles, {
        attribution: self.button.dataset.attribution, maxZoom: 19
      }).addTo(self.map);
      var point = self.fieldPoint();
      if (point) {
        self.map.setView(point, 16);
        self.place(point);
      } else {
        self.map.setView([FALLBACK.lat, FALLBACK.lon], FALLBACK.zoom);
      }
      self.map.on("click", function (event) {
        self.place(event.latlng);
        self.fill(event.latlng);
      });
    });
  };

  PinMap.prototype.hide = function () {
    if (this.map) { this.map.remove(); }
    this.map = null;
    this.marker = null;
    this.canvas.hidden = true;
    this.button.setAttribute("aria-expanded", "false");
    this.button.querySelector(".kern-label").textContent = this.button.dataset.showLabel;
  };

  PinMap.prototype.followFields = function () {
    var point = this.fieldPoint();
    if (this.map && point) {
      this.place(point);
      this.map.panTo(point);
    }
  };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-pin-map]").forEach(function (button) {
      var pinMap = new PinMap(button);
      if (!pinMap.canvas || !pinMap.latitude || !pinMap.longitude) return;
      button.hidden = false;
      var notice = button.parentNode.querySelector("[data-pin-notice]");
      if (notice) notice.hidden = false;
      button.addEventListener("click", function () {
        if (button.getAttribute("aria-expanded") === "true") pinMap.hide();
        else pinMap.show();
      });
      [pinMap.latitude, pinMap.longitude].forEach(function (field) {
        field.addEventListener("change", function () { pinMap.followFields(); });
      });
    });
  });
})();
