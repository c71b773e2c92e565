/*
 * Keeps what an applicant types in a draft when the session runs out before it is saved.
 * Every keystroke is copied to this browser's localStorage, tagged with the draft's stored version.
 * Coming back to the draft (after signing in again), text typed after that version was stored is
 * put back into the fields, with a notice to save it. Once the server has a newer version, the
 * copy is dropped. When a background save finds the session gone, the page reloads the draft's
 * own address, so signing in returns the user to the draft.
 */
(function () {
    'use strict';

    function state() {
        return document.getElementById('draft-state');
    }

    function storageKey() {
        var s = state();
        return s ? 'anslag.draft.' + s.getAttribute('data-key') : null;
    }

    function fields() {
        return Array.prototype.slice.call(document.querySelectorAll('[data-draft-field]'));
    }

    function read() {
        try {
            return JSON.parse(window.localStorage.getItem(storageKey()) || 'null');
        } catch (e) {
            return null;
        }
    }

    function remember() {
        var s = state();
        if (!s) {
            return;
        }
        var values = {};
        fields().forEach(function (field) {
            values[field.getAttribute('data-draft-field')] = field.value;
        });
        window.localStorage.setItem(storageKey(), JSON.stringify({
            version: s.getAttribute('data-version'),
            values: values
        }));
    }

    function restore() {
        var s = state();
        var copy = s && read();
        if (!copy) {
            return;
        }
        if (copy.version !== s.getAttribute('data-version')) {
            window.localStorage.removeItem(storageKey());
            return;
        }
        var restored = false;
        fields().forEach(function (field) {
            var kept = copy.values[field.getAttribute('data-draft-field')];
            if (typeof kept === 'string' && kept !== field.value) {
                field.value = kept;
                restored = true;
            }
        });
        var notice = document.getElementById('draft-restored');
        if (restored && notice) {
            notice.hidden = false;
        }
    }

    document.addEventListener('input', function (event) {
        if (event.target && event.target.hasAttribute && event.target.hasAttribute('data-draft-field')) {
            remember();
        }
    });

    // Every answer to a background save re-renders the draft state (new version, new key for a
    // new draft); an answer that left it in place came from the sign-in page the request was sent
    // to because the session is gone.
    var stateBeforeSave = null;

    window.anslagDraftSaving = function () {
        stateBeforeSave = state();
    };

    window.anslagDraftSaved = function () {
        if (stateBeforeSave !== null && state() === stateBeforeSave) {
            window.anslagDraftSaveFailed();
            return;
        }
        remember();
    };

    // a page being left (Save, Submit, a link) cancels its background saves; that is no lost session
    var leaving = false;
    document.addEventListener('submit', function () {
        leaving = true;
    });
    window.addEventListener('beforeunload', function () {
        leaving = true;
    });

    // a background save answered by the sign-in page: the session is gone
    window.anslagDraftSaveFailed = function () {
        if (leaving) {
            return;
        }
        var s = state();
        if (s && s.getAttribute('data-url')) {
            remember();
            window.location.assign(s.getAttribute('data-url'));
        }
    };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', restore);
    } else {
        restore();
    }
}());
