// Every page: a request htmx could not complete is announced in the page's language (the text is in the page).
(function () {
  'use strict';
  document.addEventListener('htmx:responseError', () => {
    const announcer = document.getElementById('announcer');
    if (announcer) {
      announcer.textContent = announcer.dataset.failed;
    }
  });
}());
