/** Attaching files to drafts: the page, the download and the upload endpoint. */
package org.anslag.web.attachment;
