// Starts Client Card: checks what the browser must provide, shows plain-HTML messages
// instead of a blank canvas, then loads the WebAssembly app (app.js).
(function () {
  'use strict';
  var ru = /^(ru|uk|be|kk)\b/i.test(new URLSearchParams(location.search).get('lang') ||
           (navigator.languages && navigator.languages[0]) || navigator.language || '');
  if (new URLSearchParams(location.search).get('lang') === 'en') ru = false;

  function text(r, e) { return ru ? r : e; }

  function showMessage(title, body) {
    var box = document.getElementById('message');
    box.innerHTML = '';
    var inner = document.createElement('div');
    inner.className = 'box';
    var h = document.createElement('h1');
    h.textContent = title;
    var p = document.createElement('p');
    p.textContent = body;
    inner.appendChild(h);
    inner.appendChild(p);
    box.appendChild(inner);
    box.hidden = false;
    document.getElementById('loading').hidden = true;
  }

  function showNotice(msg) {
    var n = document.getElementById('notice');
    n.textContent = msg + ' ';
    var b = document.createElement('button');
    b.textContent = text('Понятно', 'OK');
    b.onclick = function () { n.hidden = true; };
    n.appendChild(b);
    n.hidden = false;
  }

  window.cardBoot = { showMessage: showMessage, showNotice: showNotice, text: text };

  function hasWebGL2() {
    try {
      var c = document.createElement('canvas');
      return !!(window.WebGL2RenderingContext && c.getContext('webgl2'));
    } catch (e) { return false; }
  }

  if (typeof WebAssembly !== 'object') {
    showMessage(text('Браузер не поддерживает WebAssembly', 'This browser has no WebAssembly'),
      text('Откройте Client Card в современном Chrome, Firefox, Edge или Safari.',
           'Open Client Card in a current Chrome, Firefox, Edge or Safari.'));
    return;
  }
  if (!hasWebGL2()) {
    showMessage(text('Нет WebGL 2', 'WebGL 2 is not available'),
      text('Client Card рисует интерфейс через WebGL 2, а этот браузер его не предоставляет ' +
           '(возможно, отключено аппаратное ускорение). Включите его в настройках браузера ' +
           'или откройте страницу в другом браузере.',
           'Client Card draws its interface with WebGL 2, which this browser does not provide ' +
           '(hardware acceleration may be turned off). Turn it on in the browser settings or ' +
           'open the page in another browser.'));
    return;
  }

  var started = false;
  window.addEventListener('error', function (e) {
    if (!started) showMessage(text('Не удалось запустить Client Card', 'Client Card failed to start'),
      String(e.message || e.error || e));
  });
  // A failed fetch of app.wasm surfaces only as a rejected promise, never as 'error'.
  window.addEventListener('unhandledrejection', function (e) {
    if (started) return;
    var r = e.reason;
    showMessage(text('Не удалось загрузить приложение', 'The app could not be loaded'),
      String((r && r.message) || r).replace(/[.\s]*$/, '. ') +
      text('Проверьте соединение и перезагрузите страницу.', 'Check the connection and reload the page.'));
  });

  window.Module = {
    canvas: document.getElementById('canvas'),
    print: function (s) { console.log(s); },
    printErr: function (s) { console.warn(s); },
    cardShowError: function (s) { showNotice(s); },
    cardShowNotice: function (s) { showNotice(s); },
    // The page-text notice is gone (e.g. "opened read-only" after taking over).
    cardHideNotice: function () { var n = document.getElementById('notice'); if (n) n.hidden = true; },
    onRuntimeInitialized: function () { started = true; },
    cardOnFirstFrame: function () {
      document.getElementById('loading').hidden = true;
      document.getElementById('canvas').focus();
    },
    onAbort: function (what) {
      showMessage(text('Client Card остановился', 'Client Card stopped'),
        text('Внутренняя ошибка: ', 'Internal error: ') + what + '. ' +
        text('Сохранённые данные остались в браузере; перезагрузите страницу.',
             'Data already saved stays in the browser; reload the page.'));
    }
  };

  var s = document.createElement('script');
  s.src = 'app.js';
  s.async = true;
  s.onerror = function () {
    showMessage(text('Не удалось загрузить приложение', 'The app could not be loaded'),
      text('Файл app.js не загрузился. Проверьте соединение и перезагрузите страницу.',
           'app.js did not load. Check the connection and reload the page.'));
  };
  document.body.appendChild(s);
})();
