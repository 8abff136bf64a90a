/*
 * The error summary (GOV.UK pattern, issue 15): when a page comes back with problems, focus moves to
 * the summary so a screen reader announces it and a keyboard user starts there; following one of its
 * links puts the focus in the field it names (a plain link to an input only scrolls to it). Field ids
 * hold colons (form:field), so they are looked up by id, never as CSS selectors.
 */
(function () {
    'use strict';
    var summary = document.getElementById('error-summary');
    if (!summary) {
        return;
    }
    summary.focus();
    summary.addEventListener('click', function (event) {
        var link = event.target.closest('a');
        var href = link && link.getAttribute('href');
        if (!href || href.charAt(0) !== '#') {
            return;
        }
        var field = document.getElementById(href.substring(1));
        if (!field) {
            return;
        }
        event.preventDefault();
        // A group of choices (radios) has no focus of its own: its first choice takes it.
        var target = field.matches('input, select, textarea, button') ? field : field.querySelector('input, select, textarea');
        (target || field).scrollIntoView();
        (target || field).focus();
    });
}());
