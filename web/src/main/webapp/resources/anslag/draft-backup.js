/*
 * Keeps what an applicant types in a draft until the server has it, for a save that cannot reach
 * it: the session ran out, or the page's view expired (an old tab, a server restart).
 *
 * Fields that differ from what the server last stored are copied to this browser's localStorage
 * under the draft's key (its number; a new draft: its call and its own page, so a second new
 * application never gets them), tagged with the stored version; once the server has them the copy
 * is dropped. When a save does not get through that way, this tab notes in its sessionStorage
 * where the text belongs; the draft's page reached next (after signing in again, or reopened by
 * the server) puts it back and saves it. Any other visit starts from what the server has, and
 * signing out clears it all and keeps nothing more (sign-out.js).
 */
(function () {
    'use strict';

    var RECOVERY = 'anslag.draft.recovery';

    function state() {
        return document.getElementById('draft-state');
    }

    function stateOf(name) {
        var s = state();
        return s ? s.getAttribute(name) : null;
    }

    function storageKey() {
        return 'anslag.draft.' + stateOf('data-key');
    }

    function fields() {
        return Array.prototype.slice.call(document.querySelectorAll('[data-draft-field]'));
    }

    function nameOf(field) {
        return field.getAttribute('data-draft-field');
    }

    function parsed(storage, key) {
        try {
            return JSON.parse(storage.getItem(key) || 'null');
        } catch (e) {
            return null;
        }
    }

    // what the server has, field by field: what the page came with, then each value it saved
    var stored = {};

    function noteWhatThePageCameWith() {
        fields().forEach(function (field) {
            stored[nameOf(field)] = field.value;
        });
    }

    /** Copies the fields the server does not have yet; none: no copy. */
    function remember() {
        if (!state() || window.anslagSigningOut) {
            return;
        }
        var unsaved = {};
        var any = false;
        fields().forEach(function (field) {
            if (field.value !== stored[nameOf(field)]) {
                unsaved[nameOf(field)] = field.value;
                any = true;
            }
        });
        if (any) {
            window.localStorage.setItem(storageKey(), JSON.stringify({version: stateOf('data-version'), values: unsaved}));
        } else {
            window.localStorage.removeItem(storageKey());
        }
    }

    /** The page is about to be replaced without its text saved: the next load of this draft puts it back. */
    function expectRecovery() {
        if (window.anslagSigningOut) {
            return;
        }
        remember();
        window.sessionStorage.setItem(RECOVERY, JSON.stringify({
            key: storageKey(), url: stateOf('data-url'), owner: stateOf('data-owner')
        }));
    }

    /** After a save that did not get through: the unsaved text, back in the fields, saved again. */
    function recover() {
        var recovery = parsed(window.sessionStorage, RECOVERY);
        window.sessionStorage.removeItem(RECOVERY);
        if (!recovery || recovery.url !== stateOf('data-url') || recovery.owner !== stateOf('data-owner')) {
            window.localStorage.removeItem(storageKey());
            return;
        }
        var copy = parsed(window.localStorage, recovery.key);
        window.localStorage.removeItem(recovery.key);
        if (!copy || copy.version !== stateOf('data-version')) {
            return;
        }
        var restored = fields().filter(function (field) {
            var kept = copy.values[nameOf(field)];
            if (typeof kept === 'string' && kept !== field.value) {
                field.value = kept;
                return true;
            }
            return false;
        });
        if (restored.length > 0) {
            document.getElementById('draft-restored').hidden = false;
            remember();
            restored.forEach(function (field) {
                field.dispatchEvent(new Event('change', {bubbles: true}));
            });
        }
    }

    document.addEventListener('input', function (event) {
        if (event.target && event.target.hasAttribute && event.target.hasAttribute('data-draft-field')) {
            remember();
        }
    });

    // Every answer to a background save re-renders the draft state (new version, new key for a
    // new draft); an answer that left it in place came from the sign-in page the request was sent
    // to because the session is gone, or is the server reopening a page whose view expired.
    var stateBeforeSave = null;
    var sent = null;
    var saving = false;
    // a button pressed while the field it left was still being saved (see the submit listener)
    var waitingButton = null;

    window.anslagDraftSaving = function (fieldName) {
        saving = true;
        stateBeforeSave = state();
        var field = document.querySelector('[data-draft-field="' + fieldName + '"]');
        sent = {name: fieldName, value: field ? field.value : null, version: stateOf('data-version'), key: storageKey()};
    };

    window.anslagDraftSaved = function (args) {
        saving = false;
        if (args && args.redirect) {
            waitingButton = null;
            expectRecovery();
            return;
        }
        if (stateBeforeSave !== null && state() === stateBeforeSave) {
            window.anslagDraftSaveFailed();
            return;
        }
        if (waitingButton !== null) {
            // after PrimeFaces has sent the next queued save, if any: the button waits for that one too
            window.setTimeout(pressWaitingButton, 0);
        }
        if (sent && sent.version !== stateOf('data-version')) {
            stored[sent.name] = sent.value;
            if (sent.key !== storageKey()) {
                window.localStorage.removeItem(sent.key);
                followTheNewDraft();
            }
        }
        remember();
    };

    function pressWaitingButton() {
        if (waitingButton !== null && !saving) {
            var button = waitingButton;
            waitingButton = null;
            button.form.requestSubmit(button);
        }
    }

    /** A new draft just stored: the address, and where the form posts, name it from now on. */
    function followTheNewDraft() {
        var url = stateOf('data-url');
        window.history.replaceState(null, '', url);
        var form = document.getElementById('application');
        if (form) {
            form.setAttribute('action', url);
        }
    }

    // A page being left (Save, Submit, a link) cancels its background saves; that is no lost
    // session. A button of the draft's form pressed with the mouse right after typing is held until
    // the background save of the field it left has answered: the two would otherwise reach the
    // server together and the button's message would be lost on the way (Faces' flash).
    var leaving = false;
    document.addEventListener('submit', function (event) {
        if (saving && event.target && event.target.id === 'application' && event.submitter) {
            event.preventDefault();
            waitingButton = event.submitter;
            return;
        }
        leaving = true;
        if (event.target && event.target.id === 'application') {
            // should the post meet an expired view or a lost session, the page it leads to puts the text back
            expectRecovery();
        }
    });
    window.addEventListener('beforeunload', function () {
        leaving = true;
    });

    // a background save answered by the sign-in page: the session is gone
    window.anslagDraftSaveFailed = function () {
        saving = false;
        waitingButton = null;
        if (leaving) {
            return;
        }
        if (stateOf('data-url')) {
            expectRecovery();
            window.location.assign(stateOf('data-url'));
        }
    };

    // This script runs before the form is parsed. The text comes back once the page's own scripts
    // have run: PrimeFaces sets up its fields and the nonce its background saves must carry in
    // jQuery's ready handlers, which may still be queued when the load event fires.
    document.addEventListener('DOMContentLoaded', noteWhatThePageCameWith);
    window.addEventListener('load', function () {
        window.setTimeout(recover, 0);
    });
}());
