"""Online courses sold beside the supplies (issue 21): a course is a product whose class needs
no shipping, with its lessons, a quiz, buyers' enrolments, progress and certificates."""
