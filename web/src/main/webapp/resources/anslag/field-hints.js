/*
 * A field's hint (a paragraph under the form: "Skriv några bokstäver av kommunens namn …") is tied
 * to the field with aria-describedby, so a screen reader reads it when the field gets the focus.
 * PrimeFaces' pickers render their input themselves and pass no attribute on to it, so the picker
 * carries data-hint with the hint's id and this script moves it to the input, also after an Ajax
 * update. A field showing an error message is described by the message instead (PrimeFaces does that).
 */
(function () {
    'use strict';

    function tieHints() {
        document.querySelectorAll('[data-hint]').forEach(function (holder) {
            var input = holder.tagName === 'INPUT' ? holder : holder.querySelector('input:not([type=hidden])');
            if (input && !input.hasAttribute('aria-describedby') && document.getElementById(holder.dataset.hint)) {
                input.setAttribute('aria-describedby', holder.dataset.hint);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', tieHints);
    } else {
        tieHints();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', tieHints);
    }
}());
