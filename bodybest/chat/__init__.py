"""Live chat with a person ("Chat with us"): conversations, their messages, opening hours and
canned answers (issue 20). See README "Chat with us"."""
