// Shared by every report page: clicking a header of a table.sortable sorts its rows by that column. A cell's
// data-sort attribute, when present and non-empty, is its exact numeric key; otherwise the text sorts.
(function () {
  'use strict';
  function cellKey(row, index) {
    var cell = row.cells[index];
    var key = cell.getAttribute('data-sort');
    return key !== null && key !== '' ? parseFloat(key) : cell.textContent;
  }
  function compare(x, y) {
    var xn = typeof x === 'number', yn = typeof y === 'number';
    if (xn && yn) { return x - y; }
    // Numbers before texts (an n/a cell has no key), so missing values gather at one end.
    if (xn !== yn) { return xn ? -1 : 1; }
    return String(x).localeCompare(String(y));
  }
  function makeSortable(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      th.addEventListener('click', function () {
        var ascending = !th.classList.contains('asc');
        Array.prototype.forEach.call(headers, function (h) { h.classList.remove('asc', 'desc'); });
        th.classList.add(ascending ? 'asc' : 'desc');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var c = compare(cellKey(a, index), cellKey(b, index));
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), makeSortable);
})();
