/*
 * The draft check page. It calls the service's public draft API like any other client (POST /api/v1/drafts/check,
 * /linkify and /report, same limits) and shows the answer. A draft is hostile input: every piece of it, and of the
 * answer, goes into the page as text (textContent, createTextNode, attributes set one by one), never as markup.
 */
(function () {
  'use strict';

  var DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  var TYPES = {
    md: 'text/markdown', markdown: 'text/markdown', txt: 'text/plain', text: 'text/plain',
    html: 'text/html', htm: 'text/html', docx: DOCX, pdf: 'application/pdf'
  };
  var SIX = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
  var PROBLEM_ORDER = ['malformed', 'placeholder', 'unknown', 'missing'];

  function $(id) { return document.getElementById(id); }

  var i18n = $('i18n').dataset;
  var form = $('draft-form');
  var textArea = $('draft-text');
  var formatSelect = $('draft-format');
  var langSelect = $('draft-lang');
  var fileInput = $('draft-file');
  var dropZone = $('drop-zone');
  var fileName = $('file-name');
  var clearFile = $('clear-file');
  var statusLine = $('status');
  var results = $('results');
  var view = $('draft-view');
  var problems = $('problems');
  var tip = $('tip');
  var downloadStatus = $('download-status');

  var chosen = null;   // the File chosen or dropped, else null (the pasted text is checked)
  var last = null;     // the request last checked: {body, type, text, lang, name, linkable}
  var refs = [];       // the references of the last answer
  var hideTimer = null;

  function fmt(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(template).replace(/%(\d)/g, function (m, n) {
      var v = args[Number(n) - 1];
      return v === undefined || v === null ? '' : String(v);
    });
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function typeOf(file) {
    var m = /\.([A-Za-z0-9]+)$/.exec(file.name || '');
    var ext = m ? m[1].toLowerCase() : '';
    return TYPES[ext] || file.type || 'application/octet-stream';
  }

  function isText(type) { return type.indexOf('text/') === 0; }

  /** The draft's language by default: the browser's, when it is one of the six; else detected from the text. */
  (function defaultLanguage() {
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < langs.length; i++) {
      var primary = String(langs[i]).toLowerCase().split('-')[0];
      if (SIX.indexOf(primary) >= 0) { langSelect.value = primary; return; }
    }
  })();

  function setFile(file) {
    chosen = file;
    fileName.textContent = file ? file.name : i18n.noFile;
    clearFile.hidden = !file;
  }

  fileInput.addEventListener('change', function () {
    setFile(fileInput.files && fileInput.files[0] ? fileInput.files[0] : null);
  });
  clearFile.addEventListener('click', function () {
    fileInput.value = '';
    setFile(null);
    textArea.focus();
  });
  ['dragenter', 'dragover'].forEach(function (name) {
    dropZone.addEventListener(name, function (e) {
      e.preventDefault();
      dropZone.classList.add('over');
    });
  });
  dropZone.addEventListener('dragleave', function () { dropZone.classList.remove('over'); });
  dropZone.addEventListener('drop', function (e) {
    e.preventDefault();
    dropZone.classList.remove('over');
    var files = e.dataTransfer && e.dataTransfer.files;
    if (files && files.length) {
      var started = performance.now();
      setFile(files[0]);
      check(started);
    }
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    check(performance.now());
  });

  function say(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle('error', !!isError);
  }

  function problemText(response, body) {
    if (body && (body.detail || body.title)) { return body.detail || body.title; }
    return String(response.status);
  }

  function readProblem(response) {
    return response.json().catch(function () { return null; }).then(function (body) {
      return problemText(response, body);
    });
  }

  function serverTotal(response) {
    var timing = response.headers.get('Server-Timing') || '';
    var m = /total;dur=([0-9.]+)/.exec(timing);
    return m ? Math.round(Number(m[1])) : '';
  }

  function query(lang) { return lang ? '?lang=' + encodeURIComponent(lang) : ''; }

  function check(started) {
    var lang = langSelect.value;
    var prepared;
    if (chosen) {
      var type = typeOf(chosen);
      var file = chosen;
      prepared = (isText(type) ? file.text() : Promise.resolve(null)).then(function (text) {
        return { body: file, type: type, text: text, lang: lang, name: file.name, linkable: isText(type) };
      });
    } else {
      var text = textArea.value;
      var pastedType = formatSelect.value;
      prepared = Promise.resolve({
        body: new Blob([text], { type: pastedType + ';charset=UTF-8' }), type: pastedType + ';charset=UTF-8',
        text: text, lang: lang, name: 'draft', linkable: true
      });
    }
    say(i18n.checking);
    ['data-report-ms', 'data-complete-ms', 'data-phases', 'data-slices'].forEach(function (a) {
      document.body.removeAttribute(a);
    });
    prepared.then(function (req) {
      last = req;
      return fetch('/api/v1/drafts/check' + query(req.lang), {
        method: 'POST', headers: { 'Content-Type': req.type, 'Accept': 'application/json' }, body: req.body
      }).then(function (response) {
        if (!response.ok) {
          return readProblem(response).then(function (detail) { say(fmt(i18n.refused, detail), true); });
        }
        var server = serverTotal(response);
        var answered = performance.now();
        return response.json().then(function (report) {
          var parsed = performance.now();
          render(report, req, function (slices) {
            var ms = Math.round(performance.now() - started);
            document.body.setAttribute('data-complete-ms', String(ms));
            document.body.setAttribute('data-slices', String(slices));
          });
          var rendered = performance.now();
          document.body.setAttribute('data-phases', 'answer ' + Math.round(answered - started) + ' ms, json '
            + Math.round(parsed - answered) + ' ms, first dom ' + Math.round(rendered - parsed) + ' ms');
          requestAnimationFrame(function () {
            requestAnimationFrame(function () {
              var ms = Math.round(performance.now() - started);
              document.body.setAttribute('data-report-ms', String(ms));
              document.body.setAttribute('data-server-ms', String(server));
              say(fmt(i18n.checked, report.summary.references, ms, server));
            });
          });
        });
      });
    }).catch(function (err) {
      say(fmt(i18n.refused, err && err.message ? err.message : err), true);
    });
  }

  /** found, unknown, malformed, placeholder, or missing: found, but not held in the draft's language. */
  function colourOf(ref, language) {
    if (ref.status === 'found' && language && Array.isArray(ref.availableLanguages)
        && ref.availableLanguages.indexOf(language) < 0) {
      return 'missing';
    }
    return ref.status;
  }

  function label(colour) {
    return i18n['st' + colour.charAt(0).toUpperCase() + colour.slice(1)] || colour;
  }

  var protos = {};

  /** A reference's mark: a copy of one prototype per status (its fixed attributes), then its own id and index. */
  function mark(ref, i, colour, text) {
    var proto = protos[colour];
    if (!proto) {
      proto = el('mark', 'ref st-' + colour);
      proto.tabIndex = 0;
      proto.setAttribute('data-status', colour);
      proto.setAttribute('aria-describedby', 'tip');
      protos[colour] = proto;
    }
    var m = proto.cloneNode(false);
    m.id = 'ref-' + i;
    m.setAttribute('data-i', String(i));
    m.appendChild(document.createTextNode(text === undefined ? ref.text : text));
    return m;
  }

  /** The draft view's blocks: cut at a blank line once this long (each is laid out only when in view). */
  var BLOCK = 4096;
  /** What is built before the first paint, and in each later step: enough text to fill the view several times. */
  var FIRST = 32768;
  var STEP_MS = 12;
  var building = null;   // the draft view being built, or null

  /**
   * Builds the highlighted draft into the view in steps: the first FIRST characters now (so that the report is
   * painted at once), the rest in steps of about STEP_MS between frames. Text only (createTextNode), never markup.
   * finish() builds what is left at once (a click on a problem needs its reference).
   */
  function DraftBuilder(text, colours, done) {
    var self = this;
    var pos = 0;       // the text is built up to here
    var next = 0;      // the next reference to place
    var block = null;
    var blockLength = 0;
    var slices = 0;
    self.finished = false;

    function flush() {
      if (block && block.firstChild) { view.appendChild(block); }
      block = null;
      blockLength = 0;
    }
    function open() {
      if (!block) { block = el('div', 'block'); }
    }
    function appendText(piece) {
      var from = 0;
      while (from < piece.length) {
        open();
        var cut = blockLength >= BLOCK ? piece.indexOf('\n\n', from) : piece.indexOf('\n\n', from + BLOCK - blockLength);
        if (cut < 0) {
          block.appendChild(document.createTextNode(piece.slice(from)));
          blockLength += piece.length - from;
          return;
        }
        block.appendChild(document.createTextNode(piece.slice(from, cut + 2)));
        flush();
        from = cut + 2;
      }
    }
    /** Builds until the text reaches {@code until} (or the end); true when the whole draft is built. */
    function buildTo(until) {
      while (next < refs.length && pos < until) {
        var ref = refs[next];
        if (ref.start >= pos && ref.end <= text.length && ref.start <= ref.end) {
          if (ref.start > pos) { appendText(text.slice(pos, ref.start)); }
          open();
          block.appendChild(mark(ref, next, colours[next], text.slice(ref.start, ref.end)));
          blockLength += ref.end - ref.start;
          pos = ref.end;
        }
        next++;
      }
      if (next >= refs.length && pos < until) {
        var end = Math.min(until, text.length);
        if (end > pos) { appendText(text.slice(pos, end)); }
        pos = end;
      }
      if (pos >= text.length && next >= refs.length) {
        flush();
        return true;
      }
      return false;
    }
    function complete() {
      self.finished = true;
      if (building === self) { building = null; }
      done(slices);
    }
    function step() {
      if (self.finished || building !== self) { return; }
      slices++;
      var until = performance.now() + STEP_MS;
      var reach = pos;
      do {
        reach += FIRST;
        if (buildTo(reach)) { complete(); return; }
      } while (performance.now() < until);
      setTimeout(step, 0);
    }
    self.finish = function () {
      if (!self.finished && building === self && buildTo(Infinity)) { complete(); }
    };
    self.start = function () {
      slices++;
      if (buildTo(FIRST)) { complete(); } else { setTimeout(step, 0); }
    };
  }

  function render(report, req, done) {
    hideTip();
    if (building) { building.finished = true; building = null; }
    refs = report.references || [];
    var language = report.language;
    var counts = { found: 0, unknown: 0, malformed: 0, placeholder: 0, missing: 0 };
    var distinct = { found: {}, unknown: {}, malformed: {}, placeholder: {}, missing: {} };
    var colours = refs.map(function (ref) {
      var c = colourOf(ref, language);
      counts[c] = (counts[c] || 0) + 1;
      distinct[c][ref.symbol] = true;
      return c;
    });
    Object.keys(counts).forEach(function (k) {
      var c = results.querySelector('[data-count="' + k + '"]');
      if (c) { c.textContent = String(counts[k]); }
      var d = results.querySelector('[data-distinct="' + k + '"]');
      if (d) { d.textContent = fmt(i18n.distinct, Object.keys(distinct[k]).length); }
    });
    var truncated = $('truncated');
    truncated.hidden = !report.truncated;
    truncated.textContent = report.truncated ? fmt(i18n.truncated, report.truncated.limit) : '';

    view.textContent = '';
    view.setAttribute('dir', language === 'ar' ? 'rtl' : 'auto');
    if (language) { view.setAttribute('lang', language); } else { view.removeAttribute('lang'); }
    $('no-text').hidden = req.text !== null;
    renderProblems(colours);
    if (req.text !== null) {
      building = new DraftBuilder(req.text, colours, done);
      building.start();
    } else {
      var list = el('ol', 'ref-list');
      refs.forEach(function (ref, i) {
        var li = el('li');
        li.appendChild(mark(ref, i, colours[i]));
        if (ref.context) { li.appendChild(el('span', 'hint', ' ' + value(ref.context))); }
        list.appendChild(li);
      });
      view.appendChild(list);
      done(1);
    }

    $('download-linked').disabled = !req.linkable;
    downloadStatus.textContent = req.linkable ? '' : i18n.noLinkify;
    results.hidden = false;
  }

  /** A field another part of the service may add (paragraph, section, pinpoints...) as words. */
  function value(v) {
    if (v === null || v === undefined) { return ''; }
    if (Array.isArray(v)) { return v.map(value).join(', '); }
    if (typeof v === 'object') {
      var parts = [];
      ['label', 'text', 'number', 'heading', 'title', 'value'].forEach(function (k) {
        if (v[k] !== undefined && v[k] !== null) { parts.push(value(v[k])); }
      });
      return parts.length ? parts.join(' ') : JSON.stringify(v);
    }
    return String(v);
  }

  function position(ref) {
    var parts = [];
    if (ref.line !== undefined && ref.line !== null) {
      parts.push(fmt(i18n.posLine, ref.line, ref.column));
    } else {
      parts.push(fmt(i18n.posOffset, ref.start));
    }
    if (ref.paragraph !== undefined && ref.paragraph !== null) { parts.push(fmt(i18n.posParagraph, value(ref.paragraph))); }
    if (ref.section !== undefined && ref.section !== null) { parts.push(fmt(i18n.posSection, value(ref.section))); }
    return parts.join(' · ');
  }

  /** Problems listed at once; the others on asking (a long list would delay the first paint for nothing). */
  var PROBLEMS_FIRST = 100;

  function renderProblems(colours) {
    problems.textContent = '';
    var more = $('problems-more');
    if (more) { more.remove(); }
    var order = [];
    PROBLEM_ORDER.forEach(function (colour) {
      for (var i = 0; i < refs.length; i++) {
        if (colours[i] === colour) { order.push(i); }
      }
    });
    var fragment = document.createDocumentFragment();
    order.slice(0, PROBLEMS_FIRST).forEach(function (i) { fragment.appendChild(problem(refs[i], i, colours[i])); });
    problems.appendChild(fragment);
    $('problem-count').textContent = '(' + order.length + ')';
    if (order.length === 0) { problems.appendChild(el('li', 'none', i18n.noProblems)); }
    if (order.length > PROBLEMS_FIRST) {
      var button = el('button', 'secondary', fmt(i18n.problemsMore, order.length - PROBLEMS_FIRST));
      button.type = 'button';
      button.id = 'problems-more';
      button.addEventListener('click', function () {
        var rest = document.createDocumentFragment();
        order.slice(PROBLEMS_FIRST).forEach(function (i) { rest.appendChild(problem(refs[i], i, colours[i])); });
        problems.appendChild(rest);
        button.remove();
        var first = problems.children[PROBLEMS_FIRST];
        if (first) { first.querySelector('button.go').focus(); }
      });
      problems.parentNode.appendChild(button);
    }
  }

  function problem(ref, i, colour) {
    var li = el('li', 'problem');
    li.setAttribute('data-status', colour);
    var go = el('button', 'go');
    go.type = 'button';
    go.setAttribute('data-target', 'ref-' + i);
    var sw = el('span', 'swatch st-' + colour);
    sw.setAttribute('aria-hidden', 'true');
    go.appendChild(sw);
    go.appendChild(document.createTextNode(' '));
    var sym = el('bdi', null, ref.text);
    sym.setAttribute('dir', 'ltr');
    go.appendChild(sym);
    go.appendChild(document.createTextNode(' — ' + label(colour)));
    li.appendChild(go);
    li.appendChild(el('p', 'pos', position(ref)));
    // the service words its messages in the draft's language (the lang it was sent), else the browser's
    var ml = (last && last.lang) || (navigator.language || 'en').slice(0, 2);
    var md = ml === 'ar' ? 'rtl' : 'ltr';
    (ref.errors || []).concat(ref.warnings || []).forEach(function (f) {
      var p = el('p', 'msg', f.message);
      p.setAttribute('lang', ml);
      p.setAttribute('dir', md);
      li.appendChild(p);
    });
    if (ref.note) {
      var note = el('p', 'msg', ref.note);
      note.setAttribute('lang', ml);
      note.setAttribute('dir', md);
      li.appendChild(note);
    }
    if (ref.context) { li.appendChild(el('p', 'msg hint', value(ref.context))); }
    if (ref.pinpoints && (!Array.isArray(ref.pinpoints) || ref.pinpoints.length)) {
      li.appendChild(el('p', 'msg', i18n.pinpoints + ': ' + value(ref.pinpoints)));
    }
    if (ref.suggestions && ref.suggestions.length) {
      var p = el('p', 'msg', i18n.suggestions + ': ');
      ref.suggestions.forEach(function (s, k) {
        if (k > 0) { p.appendChild(document.createTextNode(', ')); }
        var a = el('a', null, s);
        a.href = '/symbols?q=' + encodeURIComponent(s) + '&lang=' + encodeURIComponent(i18n.uiLang);
        a.setAttribute('dir', 'ltr');
        p.appendChild(a);
      });
      li.appendChild(p);
    }
    return li;
  }

  problems.addEventListener('click', function (e) {
    var go = e.target.closest ? e.target.closest('button.go') : null;
    if (!go) { return; }
    if (building) { building.finish(); } // the reference may be further down than built so far
    var target = $(go.getAttribute('data-target'));
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }
  });

  function showTip(m) {
    clearTimeout(hideTimer);
    var ref = refs[Number(m.getAttribute('data-i'))];
    if (!ref) { return; }
    tip.textContent = '';
    var head = el('p', 'sym');
    var sym = el('bdi', null, ref.symbol);
    sym.setAttribute('dir', 'ltr');
    head.appendChild(sym);
    head.appendChild(document.createTextNode(' — ' + label(m.getAttribute('data-status'))));
    tip.appendChild(head);
    var title = el('p', null, ref.title ? ref.title : i18n.notCatalogued);
    title.setAttribute('dir', 'auto');
    tip.appendChild(title);
    if (Array.isArray(ref.availableLanguages)) {
      tip.appendChild(el('p', null, i18n.languages + ': ' + ref.availableLanguages.join(', ')));
    }
    if (ref.link) {
      var p = el('p', null, i18n.link + ': ');
      var a = el('a', null, ref.link);
      a.href = ref.link;
      a.setAttribute('dir', 'ltr');
      p.appendChild(a);
      tip.appendChild(p);
    }
    tip.hidden = false;
    var r = m.getBoundingClientRect();
    var top = r.bottom + window.scrollY + 6;
    var left = document.documentElement.dir === 'rtl' || m.closest('[dir=rtl]')
      ? r.right + window.scrollX - tip.offsetWidth : r.left + window.scrollX;
    tip.style.top = top + 'px';
    tip.style.left = Math.max(4, Math.min(left, window.scrollX + document.documentElement.clientWidth
      - tip.offsetWidth - 4)) + 'px';
  }

  function hideTip() {
    clearTimeout(hideTimer);
    tip.hidden = true;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hideTip, 300);
  }

  function refOf(e) { return e.target.closest ? e.target.closest('.ref') : null; }

  view.addEventListener('focusin', function (e) { var m = refOf(e); if (m) { showTip(m); } });
  view.addEventListener('focusout', function (e) { if (refOf(e)) { hideSoon(); } });
  view.addEventListener('mouseover', function (e) { var m = refOf(e); if (m) { showTip(m); } });
  view.addEventListener('mouseout', function (e) { if (refOf(e)) { hideSoon(); } });
  tip.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
  tip.addEventListener('mouseleave', hideSoon);
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hideTip(); } });

  function baseName() {
    return last && last.name ? last.name.replace(/\.[A-Za-z0-9]+$/, '') : 'draft';
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 10000);
  }

  function download(path, accept, name) {
    if (!last) { return; }
    downloadStatus.textContent = '';
    fetch(path + query(last.lang), {
      method: 'POST', headers: { 'Content-Type': last.type, 'Accept': accept }, body: last.body
    }).then(function (response) {
      if (response.status === 404 || response.status === 405) {
        downloadStatus.textContent = i18n.unavailable;
        return null;
      }
      if (!response.ok) {
        return readProblem(response).then(function (detail) {
          downloadStatus.textContent = fmt(i18n.refused, detail);
        });
      }
      return response.blob().then(function (blob) {
        save(blob, typeof name === 'function' ? name(response) : name);
        document.body.setAttribute('data-downloaded', 'true');
      });
    }).catch(function (err) {
      downloadStatus.textContent = fmt(i18n.refused, err && err.message ? err.message : err);
    });
  }

  $('download-linked').addEventListener('click', function () {
    download('/api/v1/drafts/linkify', 'text/markdown, text/html', function (response) {
      var type = response.headers.get('Content-Type') || '';
      return baseName() + '-linked' + (type.indexOf('text/html') === 0 ? '.html' : '.md');
    });
  });
  $('download-csv').addEventListener('click', function () {
    download('/api/v1/drafts/report', 'text/csv', baseName() + '-report.csv');
  });
  $('download-html').addEventListener('click', function () {
    download('/api/v1/drafts/report', 'text/html', baseName() + '-report.html');
  });
})();
