// The counting page: every scan (and lot count) is queued as it is typed and sent in order, each with an id of its
// own, so that a scanner typing faster than the service answers loses nothing and a resend counts once. The field
// is cleared and keeps the focus at once; the running counts come back as the counting section alone.
(function () {
  'use strict';
  const forms = document.querySelectorAll('form.stocktake-count');
  const section = () => document.getElementById('count');
  const queue = [];
  let sending = false;

  // A random id for a scan (RFC 4122 version 4): crypto.randomUUID needs a secure context, a depot's LAN may not be.
  function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-'
      + hex.slice(20);
  }

  function say(text) {
    const message = document.createElement('p');
    message.className = 'result refused';
    message.setAttribute('role', 'alert');
    message.textContent = text;
    section().prepend(message);
  }

  async function send() {
    if (sending || queue.length === 0) {
      return;
    }
    sending = true;
    const { form, body } = queue.shift();
    try {
      const response = await fetch(form.action, {
        method: 'POST', body, credentials: 'same-origin',
        headers: { 'X-Stockpile-Fragment': 'count', 'Accept': 'text/html' }
      });
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const template = document.createElement('template');
      template.innerHTML = await response.text();
      const answered = template.content.getElementById('count');
      if (answered) {
        section().replaceWith(answered);
      }
    } catch (e) {
      say(form.dataset.unreachable);
    } finally {
      sending = false;
      send();
    }
  }

  forms.forEach((form) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = new URLSearchParams(new FormData(form));
      body.set('scanId', newId());
      const location = document.getElementById('location');
      if (location) {
        body.set('location', location.value);
      }
      queue.push({ form, body });
      form.querySelectorAll('input[type="text"]:not(#location), input[type="number"]').forEach((field) => {
        field.value = '';
      });
      form.querySelector('input[type="text"]:not(#location)').focus();
      send();
    });
  });
}());
