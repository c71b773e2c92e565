/*
 * Signing out on purpose leaves nothing typed behind in this browser: the drafts' unsaved copies
 * (draft-backup.js) are kept only for a session that ran out, not for the next person at the desk.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var link = event.target && event.target.closest ? event.target.closest('[id$="sign-out"]') : null;
        if (!link) {
            return;
        }
        try {
            Object.keys(window.localStorage).filter(function (key) {
                return key.indexOf('anslag.draft.') === 0;
            }).forEach(function (key) {
                window.localStorage.removeItem(key);
            });
        } catch (e) {
            // storage switched off: there is nothing kept to clear
        }
    }, true);
}());
