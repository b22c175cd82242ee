/* Suggestions while typing in the site search: the WAI-ARIA 1.2 combobox pattern with a listbox
 * popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). Without this script the search is
 * a plain form; with it, the input becomes a combobox whose options are products (name, price,
 * picture) and categories from /search/suggest/ (catalog/search/suggestions.py).
 * Keys: Down/Up move through the options (aria-activedescendant; focus stays in the input),
 * Enter opens the highlighted option or, with none, submits the search, Escape closes the list
 * (a second Escape clears the input), Tab leaves. A status region says how many were found.
 * Every text from the server is set as text, never as markup. */
(function () {
  "use strict";

  var form = document.querySelector("form.site-search[data-suggest-url]");
  if (!form || !window.fetch) { return; }
  var input = form.querySelector("input[name=q]");
  var url = form.getAttribute("data-suggest-url");
  // The page's own words (data-text-* on the form, from {% trans %}); English when it has none.
  function text(name, english) { return form.getAttribute("data-text-" + name) || english; }
  var listId = input.id + "-suggestions";

  var list = document.createElement("ul");
  list.id = listId;
  list.className = "suggest-list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", text("suggestions", "Suggestions"));
  list.hidden = true;
  var status = document.createElement("p");
  status.className = "sr-only";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  form.appendChild(list);
  form.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);

  var options = [];
  var active = -1;
  var timer = null;
  var pending = null;
  var lastQuery = "";

  function option(kind, index, text, detail, href, picture) {
    var item = document.createElement("li");
    item.id = listId + "-" + index;
    item.className = "suggest-option suggest-" + kind;
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    item.setAttribute("data-href", href);
    if (picture) {
      var img = document.createElement("img");
      img.src = picture;
      img.alt = "";
      img.width = 48;
      img.height = 48;
      img.className = "suggest-picture";
      item.appendChild(img);
    }
    var name = document.createElement("span");
    name.className = "suggest-name";
    name.textContent = text;
    item.appendChild(name);
    if (detail) {
      var extra = document.createElement("span");
      extra.className = "suggest-detail";
      extra.textContent = detail;
      item.appendChild(extra);
    }
    return item;
  }

  function setActive(index) {
    options.forEach(function (item, i) { item.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({block: "nearest"});
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function show(data) {
    list.textContent = "";
    options = [];
    (data.products || []).forEach(function (p) {
      options.push(option("product", options.length, p.title, p.price || "", p.url, p.thumbnail));
    });
    (data.categories || []).forEach(function (c) {
      options.push(option("category", options.length, c.name, text("category", "Category"), c.url, null));
    });
    options.forEach(function (item) { list.appendChild(item); });
    active = -1;
    input.removeAttribute("aria-activedescendant");
    var count = options.length;
    status.textContent = count === 0 ? text("none", "No suggestions") :
      count === 1 ? text("one", "1 suggestion, use the arrow keys to choose") :
      text("many", "%(count)s suggestions, use the arrow keys to choose").replace("%(count)s", count);
    list.hidden = count === 0;
    input.setAttribute("aria-expanded", count === 0 ? "false" : "true");
  }

  function lookUp() {
    var query = input.value.trim();
    if (query === lastQuery) { return; }
    lastQuery = query;
    if (query.length < 2) { close(); status.textContent = ""; return; }
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch(url + "?q=" + encodeURIComponent(query), {signal: pending.signal, headers: {"Accept": "application/json"}})
      .then(function (response) { return response.ok ? response.json() : {products: [], categories: []}; })
      .then(function (data) { if (input.value.trim() === query) { show(data); } })
      .catch(function () { /* aborted or offline: the plain search still works */ });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 150);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden && options.length > 0;
    if (event.key === "ArrowDown") {
      if (!open && options.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
      if (options.length) { event.preventDefault(); setActive((active + 1) % options.length); }
    } else if (event.key === "ArrowUp") {
      if (open) { event.preventDefault(); setActive(active <= 0 ? options.length - 1 : active - 1); }
    } else if (event.key === "Enter") {
      if (open && active >= 0) { event.preventDefault(); window.location.href = options[active].getAttribute("data-href"); }
    } else if (event.key === "Escape") {
      if (open) { event.preventDefault(); close(); } else if (input.value) { input.value = ""; lastQuery = ""; }
    }
  });

  list.addEventListener("mousedown", function (event) {
    // Keep the focus in the input while the pointer picks an option.
    event.preventDefault();
  });
  list.addEventListener("click", function (event) {
    var item = event.target.closest("[role=option]");
    if (item) { window.location.href = item.getAttribute("data-href"); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 0); });
})();
