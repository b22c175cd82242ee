/* "Chat with us" (bodybest/chat/): the panel over every storefront page. The button is a link to
 * the contact page; this script turns it into a panel. The panel's words come from the page (in
 * the page's language); what is the visitor's comes from /chat/state/ when the panel opens, and
 * the conversation then streams as server-sent events. Message text is only ever set as text,
 * and http(s) addresses in it become links built node by node. No framework. */
(function () {
  "use strict";

  var root = document.getElementById("chat");
  var template = document.getElementById("chat-panel-template");
  if (!root || !template || !window.fetch || !window.EventSource) { return; }
  var button = document.getElementById("chat-button");
  button.setAttribute("aria-expanded", "false");
  var panel, log, form, text, error, statusLine, contact, contactNote, hoursList;
  var OPEN_KEY = "bodybest-chat-open";
  var stream = null;
  var streamUrl = "";
  var shown = {};
  var state = null;

  function words(name, values) {
    var value = root.getAttribute("data-words-" + name) || "";
    Object.keys(values || {}).forEach(function (key) {
      value = value.replace("{" + key + "}", values[key]);
    });
    return value;
  }

  function remember(open) {
    try { window.sessionStorage.setItem(OPEN_KEY, open ? "1" : "0"); } catch (e) { /* private mode */ }
  }

  function remembered() {
    try { return window.sessionStorage.getItem(OPEN_KEY) === "1"; } catch (e) { return false; }
  }

  var appendText = window.bodybestChatText;  // chat-text.js, loaded first

  function showMessage(message) {
    if (shown[message.id]) { return; }
    shown[message.id] = true;
    var item = document.createElement("div");
    item.className = "chat-message chat-message-" + message.sender;
    if (message.sender !== "note") {
      var who = document.createElement("p");
      who.className = "chat-who";
      who.textContent = message.sender === "shopper" ? words("you") : words("store", { name: message.author });
      item.appendChild(who);
    }
    var body = document.createElement("p");
    body.className = "chat-text";
    appendText(body, message.text);
    item.appendChild(body);
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function showState(next) {
    state = next;
    var lines = [];
    lines.push(next.open ? words("open") : words("away"));
    if (!next.open && next.backAt) { lines.push(words("back", { when: next.backAt })); }
    var conversation = next.conversation;
    if (conversation && conversation.answering) { lines.push(words("answering", { name: conversation.answering })); }
    if (conversation && conversation.state === "closed") { lines.push(words("closed")); }
    statusLine.textContent = lines.join(" ");
    var ask = next.askContact && !(conversation && conversation.state === "open");
    contact.hidden = !ask;
    contactNote.textContent = words("required");
    document.getElementById("chat-name").required = !!next.contactRequired;
    document.getElementById("chat-email").required = !!next.contactRequired;
    hoursList.textContent = "";
    (next.hours || []).forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;
      hoursList.appendChild(item);
    });
    (next.messages || []).forEach(showMessage);
    listen(conversation ? conversation.events : "");
  }

  function listen(url) {
    if (url === streamUrl && stream) { return; }
    if (stream) { stream.close(); }
    stream = null;
    streamUrl = url;
    if (!url || panel.hidden) { return; }
    // Reconnects by itself, sending the last message id it showed (Last-Event-ID).
    stream = new EventSource(url);
    stream.addEventListener("message", function (event) { showMessage(JSON.parse(event.data)); });
    stream.addEventListener("state", function (event) {
      if (!state || !state.conversation) { return; }
      var data = JSON.parse(event.data);
      state.conversation.answering = data.answering;
      state.conversation.state = data.state;
      state.messages = [];
      showState(state);
    });
    stream.addEventListener("gone", function () { stream.close(); });
  }

  function load() {
    return fetch(root.getAttribute("data-state-url"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.json(); })
      .then(showState);
  }

  function build() {
    // The panel from its template, once: until now its form was no part of the page.
    if (panel) { return; }
    root.appendChild(template.content.cloneNode(true));
    panel = document.getElementById("chat-panel");
    log = document.getElementById("chat-log");
    form = document.getElementById("chat-form");
    text = document.getElementById("chat-text");
    error = document.getElementById("chat-error");
    statusLine = document.getElementById("chat-status");
    contact = document.getElementById("chat-contact");
    contactNote = document.getElementById("chat-contact-note");
    hoursList = document.getElementById("chat-hours-list");
    button.setAttribute("aria-controls", "chat-panel");
    document.getElementById("chat-close").addEventListener("click", close);
    form.addEventListener("submit", submit);
  }

  function open(focus) {
    build();
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    root.classList.add("is-open");
    remember(true);
    streamUrl = "";
    load().catch(function () { statusLine.textContent = words("failed"); });
    if (focus) { text.focus(); }
  }

  function close() {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    root.classList.remove("is-open");
    remember(false);
    if (stream) { stream.close(); }
    stream = null;
    streamUrl = "";
    button.focus();
  }

  function setError(message) {
    error.textContent = message || "";
    if (message) { text.setAttribute("aria-invalid", "true"); } else { text.removeAttribute("aria-invalid"); }
  }

  button.addEventListener("click", function (event) {
    event.preventDefault();
    if (!panel || panel.hidden) { open(true); } else { close(); }
  });
  document.addEventListener("keydown", function (event) {
    if (!panel) { return; }
    var inside = panel.contains(document.activeElement) || document.activeElement === document.body;
    if (event.key === "Escape" && !panel.hidden && inside) { close(); }
  });

  function submit(event) {
    event.preventDefault();
    var data = new FormData(form);
    data.append("page", window.location.pathname + window.location.search);
    data.append("title", document.title);
    var send = form.querySelector("button[type=submit]");
    send.disabled = true;
    fetch(root.getAttribute("data-send-url"), {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRFToken": data.get("csrfmiddlewaretoken") || "" }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) { setError(answer.body.error || words("failed")); return; }
      setError("");
      text.value = "";
      showMessage(answer.body.message);
      showState(answer.body.state);
    }).catch(function () {
      setError(words("failed"));
    }).then(function () {
      send.disabled = false;
    });
  }

  // Above the compare tray when there is one (it is fixed to the bottom too).
  function fit() {
    var tray = document.querySelector("#compare-tray-region .compare-tray");
    root.style.bottom = tray ? (tray.offsetHeight + 16) + "px" : "";
  }
  var region = document.getElementById("compare-tray-region");
  if (region && window.MutationObserver) { new MutationObserver(fit).observe(region, { childList: true, subtree: true }); }
  window.addEventListener("resize", fit);
  fit();

  // The panel stays open from page to page and over a reload.
  if (remembered()) { open(false); }
}());
