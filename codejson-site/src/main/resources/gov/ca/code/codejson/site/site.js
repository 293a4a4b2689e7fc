// The release list's search and filters. Without the script every release is listed and the form stays hidden.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var table = document.getElementById('releases');
  var count = document.getElementById('count');
  if (!form || !table || !count) {
    return;
  }
  var keys = ['agency', 'language', 'license', 'usage', 'status'];
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);

  // A row's values for one filter: data-language="Java\nKotlin" has two.
  function values(row, key) {
    var v = row.getAttribute('data-' + key) || '';
    return v === '' ? [] : v.split('\n');
  }

  function apply() {
    var words = form.elements.q.value.toLowerCase().split(/\s+/).filter(function (w) { return w !== ''; });
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-text') || '';
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      keys.forEach(function (key) {
        var wanted = form.elements[key].value;
        if (match && wanted !== '' && values(row, key).indexOf(wanted) < 0) {
          match = false;
        }
      });
      row.hidden = !match;
      if (match) {
        shown++;
      }
    });
    count.textContent = shown === rows.length
      ? 'Showing all ' + rows.length + ' releases'
      : 'Showing ' + shown + ' of ' + rows.length + ' releases';
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', function () {
    window.setTimeout(apply, 0);
  });
  form.hidden = false;
  apply();
}());
