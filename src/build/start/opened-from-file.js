/* global location, document */
/*
 * A classic script (not a module), so it runs even where the game cannot: the
 * served build opened by double-clicking index.html (file://), where the
 * browser refuses to load the game's modules and the page would say
 * "Loading..." for ever. It says what to do instead.
 *
 * Not a file of its own: the build appends it to the story prefetch
 * (src/build/vite-plugin-ink.ts, `startScript`), the one small classic
 * script in <head>, so a normal start pays for no extra request and no
 * extra script. That script is `async` and may run before <body> is parsed:
 * the notice waits for the page. The offline build (npm run build:offline),
 * which works from a folder, has neither.
 */
(function () {
  if (location.protocol !== 'file:') return;
  function notice() {
    var app = document.getElementById('app');
    if (app) say(app);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', notice);
  else notice();

  function say(app) {
    var parts = [
      [
        'en',
        'This copy of Safe Passage has to be opened from a web server, not from a folder.',
        'To use it from a folder or a USB stick, use the offline version: its index.html opens with a double click (built with "npm run build:offline", folder dist-offline). See README.md, "Offline, from a USB stick".',
      ],
      [
        'ru',
        'Эту копию Safe Passage нужно открывать через веб-сервер, а не из папки.',
        'Чтобы запускать игру из папки или с флешки, используйте офлайн-версию: её index.html открывается двойным щелчком (собирается командой "npm run build:offline", папка dist-offline). Подробнее в README.md, раздел "Offline, from a USB stick".',
      ],
    ];
    app.textContent = '';
    for (var i = 0; i < parts.length; i++) {
      var section = document.createElement('section');
      section.setAttribute('lang', parts[i][0]);
      var h = document.createElement('h1');
      h.textContent = parts[i][1];
      var p = document.createElement('p');
      p.textContent = parts[i][2];
      section.appendChild(h);
      section.appendChild(p);
      app.appendChild(section);
    }
    app.setAttribute('data-opened-from-file', '');
  }
})();
