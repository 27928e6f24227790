// Search across the guide index (办事指南检索): filters the rows by every word typed, case-insensitive, offline.
(function () {
  var input = document.getElementById('guide-search');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#guide-table tbody tr'));
  var count = document.getElementById('guide-count');
  function update() {
    var words = input.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-search');
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !match;
      if (match) { shown++; }
    });
    count.textContent = count.getAttribute('data-template').replace('{shown}', shown).replace('{total}', rows.length);
  }
  input.addEventListener('input', update);
  update();
})();
