/**
 * What the public site keeps between requests, for every feature: the store of rendered pages and
 * the archive's state it stands for ({@code PageCache}), the short lists many pages name things
 * from ({@code ArchiveLists}), and CSV writing for the statistics files ({@code CsvTable}).
 */
package org.summitry.site.control;
