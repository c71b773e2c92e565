/**
 * Funded projects as open data for anyone, signed in or not: a 360Giving Data Standard package
 * (JSON and its flattened CSV) and the shape of Vinnova's open project data. Only organisations
 * and project facts, never a person.
 */
package org.anslag.opendata;
