/**
 * Sources, citations and claims: the publications entries rest on, the citations summits, gifts and
 * photos make of them, and claims, each fact of an entry resting on its own sources with a
 * certainty.
 */
package org.summitry.sources;
