/** Decision letters to applicants: written once in Swedish or English, e-mailed after commit, downloadable as PDF. */
package org.anslag.letter;
