/*
 * Signing out on purpose leaves nothing typed behind in this browser: the drafts' unsaved copies
 * (draft-backup.js) are kept only for a session that ran out, not for the next person at the desk.
 * The sign-in page that follows a sign-out says so in its address; by then no background save of
 * the page left behind can store a copy again.
 */
(function () {
    'use strict';
    if (!/[?&]signedOut=true(&|$)/.test(window.location.search)) {
        return;
    }
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
}());
