/**
 * The accessibility statement's feedback function (the DOS law): reports of barriers that anyone
 * may send (BarrierReport), and ADMIN's handling of them.
 */
package org.anslag.accessibility;
