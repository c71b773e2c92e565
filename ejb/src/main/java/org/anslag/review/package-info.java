/** Evaluators' reviews: a score and a comment per assessment criterion, and the weighted score. */
package org.anslag.review;
