/* famkoop back office: a search box over the municipality checkboxes (grouped by district).
 * Without JavaScript the districts open and close as <details>; with it, typing part of a
 * municipality's or district's name shows only the matches and opens their districts.
 */
(function () {
  "use strict";

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss");
  }

  function setUp(picker) {
    var filter = picker.querySelector("[data-municipality-filter]");
    var input = filter.querySelector("input");
    var status = picker.querySelector("[data-municipality-status]");
    var groups = Array.prototype.slice.call(picker.querySelectorAll("[data-municipality-group]"));
    var initiallyOpen = groups.map(function (group) { return group.open; });
    filter.hidden = false;

    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      var matches = 0;
      groups.forEach(function (group, index) {
        var districtMatches = query !== "" && fold(group.querySelector("summary").textContent).indexOf(query) !== -1;
        var shown = 0;
        group.querySelectorAll("[data-municipality]").forEach(function (row) {
          var visible = query === "" || districtMatches || fold(row.textContent).indexOf(query) !== -1;
          row.hidden = !visible;
          if (visible) shown += 1;
        });
        group.hidden = query !== "" && shown === 0;
        group.open = query === "" ? initiallyOpen[index] : shown > 0;
        matches += query === "" ? 0 : shown;
      });
      status.textContent = query === "" ? "" : status.dataset.found.replace("%(count)s", matches);
    });
    // Enter in the search box must not send the form.
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-municipality-picker]").forEach(setUp);
  });
})();
