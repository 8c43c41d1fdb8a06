/**
 * The figures of the gifts ({@code /statistics}, {@code /flows}; templates {@code statistics/},
 * {@code flows/}): given and received by country, per year, per category and by person, with values
 * per currency or converted, the same tables as CSV files, and the matrix of gifts between
 * countries. What is counted and drawn comes from the {@code charts} component.
 */
package org.summitry.site.boundary.statistics;
