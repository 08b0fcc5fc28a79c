/* famkoop: loads Leaflet (script and stylesheet) once, only when a map is asked for.
 * Maps load nothing from the tile server or for Leaflet before the visitor clicks
 * "Karte anzeigen" (two-click privacy). The button names the files in data attributes.
 */
(function () {
  "use strict";

  var loading = null;

  window.famkoopLoadLeaflet = function (button) {
    if (window.L) return Promise.resolve();
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = button.dataset.leafletCss;
      document.head.appendChild(css);
      var script = document.createElement("script");
      script.src = button.dataset.leafletJs;
      script.onload = function () { resolve(); };
      script.onerror = function (error) { loading = null; reject(error); };
      document.head.appendChild(script);
    });
    return loading;
  };
})();
