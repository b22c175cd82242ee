/* Message text for the chat's two scripts (chat.js for shoppers, chat-inbox.js for staff):
 * set node by node as text, with http(s) addresses made into links that open apart from the
 * page. Trailing punctuation stays text ("see https://example.ca." links without the period). */
(function () {
  "use strict";

  window.bodybestChatText = function (parent, value) {
    var pattern = /https?:\/\/[^\s<>"']+/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(value)) !== null) {
      var address = match[0].replace(/[.,;:!?)]+$/, "");
      parent.appendChild(document.createTextNode(value.slice(last, match.index)));
      var link = document.createElement("a");
      link.href = address;
      link.textContent = address;
      link.rel = "nofollow noopener noreferrer";
      link.target = "_blank";
      parent.appendChild(link);
      last = match.index + address.length;
      pattern.lastIndex = last;
    }
    parent.appendChild(document.createTextNode(value.slice(last)));
  };
}());
