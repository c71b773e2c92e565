/**
 * Public access to official documents (offentlighetsprincipen): a case's documents as the agency
 * hands them out on request, from the diary, the submitted version and the letters sent.
 */
package org.anslag.publicaccess;
