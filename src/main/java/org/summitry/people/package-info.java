/**
 * People and countries: who gives, receives and attends (with names in their own script and every
 * alias), and the states they act for.
 */
package org.summitry.people;
