// matter-standards HTML report: the per-record table (filters and pages). Inlined into every report; uses no
// library and loads nothing. All data comes from the JSON in #report-data and is inserted as text, never as markup.
(function () {
  'use strict';
  var source = document.getElementById('report-data');
  if (!source) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var body = document.querySelector('#record-table tbody');
  var resultFilter = document.getElementById('filter-result');
  var ruleFilter = document.getElementById('filter-rule');
  var textFilter = document.getElementById('filter-text');
  var info = document.getElementById('page-info');
  var prev = document.getElementById('page-prev');
  var next = document.getElementById('page-next');
  var multiFile = data.files.length > 1;
  var page = 0;
  var matching = data.rows;

  // Row layout: [index, id, fileIndex, valid, [[ruleIndex, severityIndex, pointer, message]...], suppressed, skipped]
  function hasSeverity(row, severity) {
    return row[4].some(function (finding) { return finding[1] === severity; });
  }

  function matches(row, result, rule, text) {
    if (result === 'withErrors' && !hasSeverity(row, 0)) { return false; }
    if (result === 'withWarnings' && !hasSeverity(row, 1)) { return false; }
    if (result === 'withInfos' && !hasSeverity(row, 2)) { return false; }
    if (result === 'passed' && row[3] !== 1) { return false; }
    if (result === 'clean' && row[4].length > 0) { return false; }
    if (rule !== '' && !row[4].some(function (finding) { return data.rules[finding[0]] === rule; })) {
      return false;
    }
    if (text !== '') {
      var haystack = [row[1] || ''];
      row[4].forEach(function (finding) {
        haystack.push(data.rules[finding[0]], finding[2], finding[3]);
      });
      if (haystack.join('\n').toLowerCase().indexOf(text) < 0) { return false; }
    }
    return true;
  }

  // Numbers with grouping (12,300), as in the rest of the report; never the browser's own locale.
  function text(value) {
    return typeof value === 'number' ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(value);
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? text(values[name]) : all;
    });
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    if (className) { td.className = className; }
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function findingItem(finding) {
    var li = document.createElement('li');
    var severity = data.severities[finding[1]];
    var badge = document.createElement('span');
    badge.className = 'sev sev-' + severity;
    badge.textContent = data.labels[severity];
    var code = document.createElement('code');
    code.textContent = data.rules[finding[0]];
    var pointer = document.createElement('code');
    pointer.textContent = finding[2] === '' ? '/' : finding[2];
    li.appendChild(badge);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(code);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(pointer);
    li.appendChild(document.createTextNode(' ' + finding[3]));
    return li;
  }

  function renderRow(row) {
    var tr = document.createElement('tr');
    tr.className = row[3] === 1 ? 'valid' : 'invalid';
    cell(tr, String(row[0] + 1), 'num');
    if (multiFile) { cell(tr, data.files[row[2]]); }
    cell(tr, row[1] || '—');
    cell(tr, row[3] === 1 ? data.labels.passed : data.labels.failed, row[3] === 1 ? 'badge-ok' : 'badge-bad');
    var findings = cell(tr, '');
    if (row[4].length === 0 && row[5] === 0) {
      findings.textContent = data.labels.noFindings;
      findings.className = 'muted';
    } else {
      var list = document.createElement('ul');
      row[4].forEach(function (finding) { list.appendChild(findingItem(finding)); });
      findings.appendChild(list);
      if (row[5] > 0) {
        var note = document.createElement('div');
        note.className = 'note';
        note.textContent = format(data.labels.suppressed, { count: row[5] });
        findings.appendChild(note);
      }
    }
    if (row[6]) {
      var skipped = document.createElement('div');
      skipped.className = 'note';
      skipped.textContent = format(data.labels.skipped, { stages: row[6] });
      findings.appendChild(skipped);
    }
    return tr;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(matching.length / data.pageSize));
    page = Math.min(Math.max(page, 0), pages - 1);
    var fragment = document.createDocumentFragment();
    matching.slice(page * data.pageSize, (page + 1) * data.pageSize).forEach(function (row) {
      fragment.appendChild(renderRow(row));
    });
    if (matching.length === 0) {
      var empty = document.createElement('tr');
      var td = cell(empty, data.labels.empty, 'muted');
      td.colSpan = multiFile ? 5 : 4;
      fragment.appendChild(empty);
    }
    body.textContent = '';
    body.appendChild(fragment);
    info.textContent = format(data.labels.page, { page: page + 1, pages: pages, count: matching.length });
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  function applyFilters() {
    var result = resultFilter.value;
    var rule = ruleFilter.value;
    var text = textFilter.value.trim().toLowerCase();
    matching = data.rows.filter(function (row) { return matches(row, result, rule, text); });
    page = 0;
    render();
  }

  resultFilter.addEventListener('change', applyFilters);
  ruleFilter.addEventListener('change', applyFilters);
  textFilter.addEventListener('input', applyFilters);
  prev.addEventListener('click', function () { page -= 1; render(); });
  next.addEventListener('click', function () { page += 1; render(); });
  Array.prototype.forEach.call(document.querySelectorAll('[data-show-rule]'), function (button) {
    button.addEventListener('click', function () {
      resultFilter.value = 'all';
      ruleFilter.value = button.getAttribute('data-show-rule');
      textFilter.value = '';
      applyFilters();
      document.getElementById('records').scrollIntoView();
    });
  });
  render();
}());
