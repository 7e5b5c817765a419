/*
 * The copy buttons of a citation (progressive enhancement: without this script the buttons stay hidden and the text
 * is selected and copied by hand). Copies the text area's value as it is; says so in a status line.
 */
(function () {
  'use strict';
  var status = document.getElementById('copy-status');
  if (!status) { return; }

  function said(text) { status.textContent = text; }

  Array.prototype.forEach.call(document.querySelectorAll('button.copy[data-copy]'), function (button) {
    var area = document.getElementById(button.getAttribute('data-copy'));
    if (!area) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      var done = function () {
        said(status.getAttribute('data-copied').replace('%1', button.getAttribute('data-name')));
        document.body.setAttribute('data-copied', button.getAttribute('data-copy'));
      };
      var byHand = function () {
        area.focus();
        area.select();
        var ok = false;
        try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
        if (ok) { done(); } else { said(status.getAttribute('data-failed')); }
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(area.value).then(done, byHand);
      } else {
        byHand();
      }
    });
  });
})();
