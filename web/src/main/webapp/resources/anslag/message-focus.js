/*
 * After an action (Spara utkast, any button that reloads the page), the message that says what
 * happened gets the focus, instead of the page's body: a screen reader reads it out and the next
 * Tab continues from there. Pages with nothing to say leave the focus alone.
 */
(function () {
    'use strict';

    function focusMessages() {
        var region = document.getElementById('page-messages');
        var nothingFocused = !document.activeElement || document.activeElement === document.body;
        if (region && nothingFocused && region.textContent.trim() !== '') {
            region.focus();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusMessages);
    } else {
        focusMessages();
    }
}());
