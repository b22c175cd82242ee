/* Staff's chat inbox (bodybest/chat/inbox.py), live: the list is drawn again when a conversation
 * changes, with the waiting count in a badge and the tab's title and, when ticked, a short tone;
 * a conversation's page adds the shopper's messages as they come. Message text is set as text. */
(function () {
  "use strict";

  var SOUND_KEY = "bodybest-chat-sound";
  var baseTitle = document.title;

  function beep() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) { return; }
    var context = new Context();
    var tone = context.createOscillator();
    var gain = context.createGain();
    tone.frequency.value = 880;
    gain.gain.value = 0.08;
    tone.connect(gain);
    gain.connect(context.destination);
    tone.start();
    tone.stop(context.currentTime + 0.18);
  }

  var appendText = window.bodybestChatText;  // chat-text.js, loaded first

  var inbox = document.getElementById("chat-inbox");
  if (inbox && window.EventSource) {
    var badge = document.getElementById("chat-waiting");
    var live = document.getElementById("chat-inbox-live");
    var sound = document.getElementById("chat-sound");
    try { sound.checked = window.localStorage.getItem(SOUND_KEY) === "1"; } catch (e) { /* private mode */ }
    sound.addEventListener("change", function () {
      try { window.localStorage.setItem(SOUND_KEY, sound.checked ? "1" : "0"); } catch (e) { /* private mode */ }
      if (sound.checked) { beep(); }
    });
    var latest = null;
    var events = new EventSource(inbox.getAttribute("data-events"));
    events.addEventListener("inbox", function (event) {
      var data = JSON.parse(event.data);
      var before = Number(badge.getAttribute("data-waiting"));
      badge.textContent = data.waiting;
      badge.setAttribute("data-waiting", data.waiting);
      badge.className = "badge badge-" + (data.waiting ? "danger" : "secondary");
      document.title = (data.waiting ? "(" + data.waiting + ") " : "") + baseTitle;
      if (latest !== null && data.latest !== latest) {
        fetch(inbox.getAttribute("data-rows"), { credentials: "same-origin" })
          .then(function (response) { return response.text(); })
          .then(function (html) { document.getElementById("chat-rows").innerHTML = html; });
        if (data.waiting > before) {
          live.textContent = data.waiting + " waiting for an answer";
          if (sound.checked) { beep(); }
        }
      }
      latest = data.latest;
    });
  }

  var conversation = document.getElementById("chat-conversation");
  if (conversation && window.EventSource) {
    var log = document.getElementById("chat-staff-log");
    var url = conversation.getAttribute("data-events") + "?after=" + conversation.getAttribute("data-last");
    var stream = new EventSource(url);
    stream.addEventListener("message", function (event) {
      var message = JSON.parse(event.data);
      if (log.querySelector('[data-id="' + message.id + '"]')) { return; }
      var item = document.createElement("li");
      item.className = "mb-2 chat-staff-message chat-staff-" + message.sender;
      item.setAttribute("data-id", message.id);
      var who = document.createElement("div");
      who.className = "small text-muted";
      who.textContent = message.sender === "shopper" ? "Shopper" : message.sender === "staff" ? message.author + " (staff)" : "Note";
      var body = document.createElement("div");
      body.className = "chat-staff-text";
      appendText(body, message.text);
      item.appendChild(who);
      item.appendChild(body);
      log.appendChild(item);
      if (message.sender === "shopper") { document.title = "(new) " + baseTitle; }
    });
    window.addEventListener("focus", function () { document.title = baseTitle; });
  }

  var canned = document.getElementById("chat-canned");
  if (canned) {
    canned.addEventListener("change", function () {
      if (!canned.value) { return; }
      var box = document.getElementById("chat-reply");
      box.value = canned.value;
      box.focus();
    });
  }
}());
