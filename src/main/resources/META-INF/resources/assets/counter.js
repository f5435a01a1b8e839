// The counters (weapons, ammunition): scans are checked one after another in the order they arrive (a wedge scanner
// types a code and Enter faster than the service answers), each answer adds its line, and the scan field keeps the
// focus but while a quantity is typed. A counter with a plan (data-plan) has it brought up to date as lines change.
(function () {
  'use strict';
  const form = document.getElementById('counter');
  if (!form) {
    return;
  }
  const scan = document.getElementById('scan');
  const lines = document.getElementById('lines');
  const outcome = document.getElementById('outcome');
  const confirmButton = document.getElementById('confirm');
  const token = form.querySelector('input[name="csrf"]').value;
  const queue = [];
  let checking = false;
  let sending = false;
  let audio;

  function beep(accepted) {
    try {
      audio = audio || new AudioContext();
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.type = accepted ? 'sine' : 'square';
      tone.frequency.value = accepted ? 1320 : 220;
      volume.gain.value = 0.15;
      tone.connect(volume).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + (accepted ? 0.08 : 0.4));
    } catch (e) {
      // No sound on this machine: the colours and the text still say it.
    }
  }

  function parse(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  }

  async function post(url, extra) {
    const body = new URLSearchParams(new FormData(form));
    Object.entries(extra || {}).forEach(([name, value]) => body.set(name, value));
    const response = await fetch(url, {
      method: 'POST', body, credentials: 'same-origin',
      headers: { 'X-CSRF-Token': token, 'Accept': 'text/html' }
    });
    if (!response.ok) {
      throw new Error(String(response.status));
    }
    return parse(await response.text());
  }

  function showPlan(fragment) {
    const plan = fragment.querySelector('#plan');
    if (plan) {
      document.getElementById('plan').replaceWith(plan);
      showDetails(plan.dataset.operation);
    }
  }

  function showDetails(operation) {
    form.querySelectorAll('[data-for]').forEach((field) => {
      field.hidden = !field.dataset.for.split(' ').includes(operation);
    });
  }

  // A refusal the page says itself (the service did not answer, a photo held no code), in the page's language.
  function say(text) {
    const message = document.createElement('p');
    message.className = 'result refused';
    message.setAttribute('role', 'alert');
    message.textContent = text;
    outcome.replaceChildren(message);
  }

  function unreachable() {
    say(form.dataset.unreachable);
  }

  async function drain() {
    if (checking) {
      return;
    }
    checking = true;
    while (queue.length > 0) {
      const code = queue.shift();
      try {
        const answer = await post(form.dataset.scan, { code });
        const line = answer.querySelector('li');
        lines.append(line);
        line.scrollIntoView({ block: 'nearest' });
        beep(line.classList.contains('accepted'));
        showPlan(answer);
        const quantity = line.querySelector('[data-quantity]');
        if (quantity && queue.length === 0) {
          quantity.focus();
        }
      } catch (e) {
        beep(false);
        unreachable();
      }
    }
    checking = false;
  }

  async function refreshPlan() {
    if (!form.dataset.plan) {
      const chosen = form.querySelector('input[name="operation"]:checked');
      showDetails(chosen ? chosen.value : '');
      return;
    }
    try {
      showPlan(await post(form.dataset.plan));
    } catch (e) {
      unreachable();
    }
  }

  function removeLast() {
    const last = lines.lastElementChild;
    if (last) {
      last.remove();
      refreshPlan();
    }
  }

  scan.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const code = scan.value.trim();
      scan.value = '';
      if (code) {
        outcome.replaceChildren();
        queue.push(code);
        drain();
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      removeLast();
    }
  });
  document.getElementById('remove-last').addEventListener('click', removeLast);
  // Enter in a quantity goes back to scanning the next lot.
  lines.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target.matches('[data-quantity]')) {
      event.preventDefault();
      scan.focus();
    }
  });
  // Ctrl+Enter confirms, wherever the focus is, so that the clerk's hands stay on the scanner and the keyboard.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  // Alt and an operation's letter chooses it, wherever the focus is (the scan field keeps it).
  document.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.key.length !== 1) {
      return;
    }
    const choice = form.querySelector('input[name="operation"][data-key="' + event.key.toLowerCase() + '"]');
    if (choice) {
      event.preventDefault();
      choice.checked = true;
      choice.dispatchEvent(new Event('change'));
    }
  });
  form.querySelectorAll('input[name="operation"]').forEach((choice) => {
    choice.addEventListener('change', () => {
      refreshPlan();
      scan.focus();
    });
  });

  // A photo (a rack, a row of labels): every code found in it is added as a scan, in the order found.
  const camera = form.querySelector('.camera');
  document.getElementById('photo').addEventListener('change', async (event) => {
    const photo = event.target.files[0];
    event.target.value = '';
    if (!photo) {
      return;
    }
    try {
      const response = await fetch(camera.dataset.photo, {
        method: 'POST', body: photo, credentials: 'same-origin',
        headers: { 'Content-Type': photo.type || 'image/jpeg', 'X-CSRF-Token': token, 'Accept': 'application/json' }
      });
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      const found = await response.json();
      if (found.codes.length === 0) {
        say(camera.dataset.none);
      }
      found.codes.forEach((code) => queue.push(code));
      drain();
    } catch (e) {
      unreachable();
    }
    scan.focus();
  });

  // Live scanning through the camera. The browser reads the codes itself where it can (BarcodeDetector, with all
  // three of the labels' symbologies); elsewhere the JavaScript port of ZXing, fetched when a camera is first
  // opened, reads one code per frame.
  const FORMATS = ['qr_code', 'data_matrix', 'code_128'];
  const cameraButton = document.getElementById('camera');
  const view = document.getElementById('camera-view');

  async function nativeReader() {
    if (!('BarcodeDetector' in window)) {
      return null;
    }
    const supported = await window.BarcodeDetector.getSupportedFormats();
    if (!FORMATS.every((format) => supported.includes(format))) {
      return null;
    }
    const detector = new window.BarcodeDetector({ formats: FORMATS });
    return async () => (await detector.detect(view)).map((code) => code.rawValue);
  }

  async function zxingReader() {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = camera.dataset.decoder;
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    const ZXing = window.ZXing;
    const decoder = new ZXing.MultiFormatReader();
    // ZXing names the same formats in capitals (QR_CODE…).
    decoder.setHints(new Map([[ZXing.DecodeHintType.POSSIBLE_FORMATS,
      FORMATS.map((format) => ZXing.BarcodeFormat[format.toUpperCase()])]]));
    const frame = document.createElement('canvas');
    const drawing = frame.getContext('2d', { willReadFrequently: true });
    return async () => {
      // A frame at most 1280 pixels wide keeps one reading within a phone's frame time; labels stay readable.
      const scale = Math.min(1, 1280 / view.videoWidth);
      frame.width = Math.round(view.videoWidth * scale);
      frame.height = Math.round(view.videoHeight * scale);
      drawing.drawImage(view, 0, 0, frame.width, frame.height);
      try {
        const luminance = new ZXing.HTMLCanvasElementLuminanceSource(frame);
        return [decoder.decodeWithState(new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(luminance))).getText()];
      } catch (e) {
        return [];
      }
    };
  }

  if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    cameraButton.hidden = false;
    const startLabel = cameraButton.textContent;
    const lastSeen = new Map();
    let read = null;
    let stream = null;
    const look = async () => {
      if (!stream) {
        return;
      }
      try {
        const now = Date.now();
        (await read()).forEach((code) => {
          // The same label in view is one scan; shown again after a pause, it is scanned again (and refused).
          if (now - (lastSeen.get(code) || 0) > 3000) {
            queue.push(code);
            drain();
          }
          lastSeen.set(code, now);
        });
      } catch (e) {
        // A frame that could not be read: the next one is tried.
      }
      setTimeout(look, 250);
    };
    cameraButton.addEventListener('click', async () => {
      if (stream) {
        stream.getTracks().forEach((track) => track.stop());
        stream = null;
        view.hidden = true;
        cameraButton.textContent = startLabel;
      } else {
        try {
          read = read || await nativeReader() || await zxingReader();
          stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        } catch (e) {
          say(camera.dataset.unavailable);
          scan.focus();
          return;
        }
        view.srcObject = stream;
        view.hidden = false;
        await view.play();
        cameraButton.textContent = camera.dataset.stop;
        look();
      }
      scan.focus();
    });
  }

  // The scan field has the focus whenever the clerk is not typing into another field.
  document.addEventListener('click', (event) => {
    if (!event.target.closest('input, select, textarea, a, label')) {
      scan.focus();
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) {
      return;
    }
    sending = true;
    while (checking) {
      // Scans still on their way are part of what the clerk confirms.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    confirmButton.disabled = true;
    try {
      // The button a refusal for lack of certification offers sends the same list for a commander's override.
      const override = event.submitter && event.submitter.name === 'override';
      const answer = await post(form.action, override ? { override: 'true' } : {});
      const result = answer.querySelector('.result');
      outcome.replaceChildren(answer);
      if (result && result.dataset.finished === 'true') {
        lines.replaceChildren();
        form.reset();
        form.querySelector('input[name="key"]').value = result.dataset.nextKey;
        await refreshPlan();
        beep(true);
      } else {
        beep(false);
      }
    } catch (e) {
      // Not known to have arrived: the same key is sent again on the next confirm, so it counts once at most.
      unreachable();
    } finally {
      sending = false;
      confirmButton.disabled = false;
      scan.focus();
    }
  });

  showDetails('');
  scan.focus();
}());
