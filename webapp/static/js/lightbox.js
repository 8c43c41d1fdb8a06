/* Summitry — photo lightbox for the public galleries. Progressive enhancement only:
   without this file (or without <dialog>) each a[data-lightbox] simply opens its photo page.
   Links carry data-full, data-caption, data-credit, data-alt, data-width, data-height, and
   data-content-lang when the caption, credit and alt text are in another language than the page.
   No globals, no eval, no innerHTML, no inline styles: data goes in with textContent only. */
(function () {
  'use strict';
  if (typeof HTMLDialogElement !== 'function' || !Element.prototype.closest) return;

  // The words come from the page (data-lightbox-* on <body>, from the message bundles), so the
  // lightbox speaks the page's language; these stand in when a page does not give them.
  var TEXT = { label: 'Photo', previous: 'Previous', next: 'Next', close: 'Close', page: 'Photo page', of: ' of ' };
  var given = document.body ? document.body.dataset : {};
  Object.keys(TEXT).forEach(function (name) {
    var key = 'lightbox' + name.charAt(0).toUpperCase() + name.slice(1);
    if (given[key]) TEXT[name] = name === 'of' ? ' ' + given[key] + ' ' : given[key];
  });
  var dialog, topBar, stage, image, count, caption, credit, pageLink, closeButton;
  var links = [], index = 0, opener = null, pressedBackdrop = false;

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function button(className, text, action) {
    var node = make('button', 'lightbox__button ' + className, text);
    node.type = 'button';
    node.addEventListener('click', action);
    return node;
  }

  function isBackdrop(target) { return target === dialog || target === topBar || target === stage; }

  function build() {
    dialog = make('dialog', 'lightbox');
    dialog.setAttribute('aria-label', TEXT.label);
    topBar = make('div', 'lightbox__top');
    closeButton = button('lightbox__close', TEXT.close, function () { dialog.close(); });
    topBar.appendChild(closeButton);
    stage = make('div', 'lightbox__stage');
    image = make('img', 'lightbox__image');
    image.decoding = 'async';
    image.addEventListener('load', loaded);
    image.addEventListener('error', loaded);
    stage.appendChild(image);

    var text = make('div', 'lightbox__text');
    text.setAttribute('aria-live', 'polite');
    text.setAttribute('aria-atomic', 'true');
    count = make('p', 'lightbox__count');
    caption = make('p', 'lightbox__caption');
    credit = make('p', 'credit lightbox__credit');
    text.append(count, caption, credit);

    var bar = make('div', 'lightbox__bar');
    pageLink = make('a', 'lightbox__page', TEXT.page);
    bar.append(button('lightbox__prev', TEXT.previous, function () { step(-1); }),
      button('lightbox__next', TEXT.next, function () { step(1); }), pageLink);

    var panel = make('div', 'lightbox__panel');
    panel.append(text, bar);
    dialog.append(topBar, stage, panel);

    dialog.addEventListener('keydown', onKey);
    // Close on a click that both starts and ends outside the photo and the controls (not on a text-selection drag).
    dialog.addEventListener('pointerdown', function (event) { pressedBackdrop = isBackdrop(event.target); });
    dialog.addEventListener('click', function (event) {
      if (pressedBackdrop && isBackdrop(event.target)) dialog.close();
      pressedBackdrop = false;
    });
    dialog.addEventListener('close', onClose);
    document.body.appendChild(dialog);
  }

  function loaded() { dialog.classList.remove('is-loading'); }

  function size(value) {
    var n = parseInt(value, 10);
    return n > 0 ? n : 0;
  }

  function setText(node, value) {
    node.textContent = value || '';
    node.hidden = !value;
  }

  function setLang(node, lang) {
    if (lang) node.lang = lang;
    else node.removeAttribute('lang');
  }

  function show(i) {
    index = (i + links.length) % links.length;
    var link = links[index], data = link.dataset, width = size(data.width), height = size(data.height);
    dialog.classList.add('is-loading');
    if (width && height) { image.width = width; image.height = height; }
    else { image.removeAttribute('width'); image.removeAttribute('height'); }
    image.alt = data.alt || '';
    image.src = data.full;
    if (image.complete) loaded();
    setText(count, links.length > 1 ? (index + 1) + TEXT.of + links.length : '');
    setText(caption, data.caption);
    setText(credit, data.credit);
    [image, caption, credit].forEach(function (node) { setLang(node, data.contentLang); });
    pageLink.href = link.href;
    dialog.classList.toggle('lightbox--single', links.length < 2);
    if (links.length > 1) new Image().src = links[(index + 1) % links.length].dataset.full; // warm the next one
  }

  function step(delta) { if (links.length > 1) show(index + delta); }

  function onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    var forward = event.key === 'ArrowRight';
    if (getComputedStyle(dialog).direction === 'rtl') forward = !forward;
    step(forward ? 1 : -1);
  }

  function open(link) {
    if (!dialog) build();
    var gallery = link.closest('ul.gallery');
    links = gallery ? Array.prototype.filter.call(gallery.querySelectorAll('a[data-lightbox]'),
      function (a) { return !!a.dataset.full; }) : [link];
    opener = link;
    show(Math.max(0, links.indexOf(link)));
    document.documentElement.classList.add('lightbox-open');
    dialog.showModal();
    closeButton.focus();
  }

  function onClose() {
    document.documentElement.classList.remove('lightbox-open');
    if (opener && opener.isConnected) opener.focus();
    opener = null;
  }

  document.addEventListener('click', function (event) {
    // Modifier and non-primary clicks keep the browser's default (new tab, new window, download).
    if (event.defaultPrevented || event.button !== 0 ||
        event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var link = event.target instanceof Element && event.target.closest('a[data-lightbox]');
    if (!link || !link.dataset.full) return;
    event.preventDefault();
    open(link);
  });

  // Leaving through "Photo page": come back (bfcache) to the gallery, not to a stale open dialog.
  window.addEventListener('pagehide', function () { if (dialog && dialog.open) dialog.close(); });
}());
