/** Files attached to applications: checked by their bytes, stored by their SHA-256 checksum. */
package org.anslag.attachment;
