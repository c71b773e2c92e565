/** Pages for programmes and calls: the public list of open calls and the manager's set-up. */
package org.anslag.web.call;
