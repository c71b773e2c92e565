/**
 * Retention (gallring): how long each kind of record keeps the personal data it holds, and the
 * nightly process that removes what has outlived its rule while business facts stay.
 */
package org.anslag.retention;
