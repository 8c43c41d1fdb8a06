/**
 * Summits: meetings of leaders, when (an EDTF date or interval) and where they took place, and who
 * took part in which role.
 */
package org.summitry.summits;
