/*
 * Signing out on purpose leaves nothing typed behind in this browser: the drafts' unsaved copies
 * (draft-backup.js) are kept only for a session that ran out, not for the next person at the desk.
 *
 * They are cleared twice. On the click on "Logga ut", because the click also ends the field being
 * typed in: its background save may then be answered by the sign-in page and send the browser
 * there instead of to the page that follows a sign-out (draft-backup.js stores nothing more once
 * anslagSigningOut is set). And on that page, whose address says it follows a sign-out, for a
 * sign-out from a page without this script's click (another tab).
 */
(function () {
    'use strict';

    function clearTypedCopies() {
        try {
            Object.keys(window.localStorage).filter(function (key) {
                return key.indexOf('anslag.draft.') === 0;
            }).forEach(function (key) {
                window.localStorage.removeItem(key);
            });
            window.sessionStorage.removeItem('anslag.draft.recovery');
        } catch (e) {
            // storage switched off: there is nothing kept to clear
        }
    }

    // capture: before the link's own handler submits the form
    document.addEventListener('click', function (event) {
        var link = event.target && event.target.closest ? event.target.closest('a') : null;
        if (link && link.id === 'session-form:sign-out') {
            window.anslagSigningOut = true;
            clearTypedCopies();
        }
    }, true);

    if (/[?&]signedOut=true(&|$)/.test(window.location.search)) {
        clearTypedCopies();
    }
}());
