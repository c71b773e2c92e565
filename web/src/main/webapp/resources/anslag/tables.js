/*
 * A focused link in a table follows its address on Enter. PrimeFaces turns on cell navigation for
 * every DataTable without selection, editing or reflow: its keydown handler on each cell answers
 * Enter and Space by a jQuery click on the cell's first link or button and cancels the key. A jQuery
 * click never follows a link's href, so links in tables were dead to the keyboard (and a second
 * link in a cell got the first one's click). Anslag's tables are lists whose links and buttons
 * Tab reaches anyway, so a table has cell navigation only when it asks for it (cellNavigation="true").
 */
(function () {
    'use strict';
    if (!window.PrimeFaces || !PrimeFaces.widget.DataTable) {
        return; // a page without PrimeFaces components has no DataTable either
    }
    PrimeFaces.widget.DataTable = PrimeFaces.widget.DataTable.extend({
        init: function (cfg) {
            if (cfg.cellNavigation === undefined) {
                cfg.cellNavigation = false;
            }
            this._super(cfg);
        }
    });
}());
