/**
 * Exchange: backing the archive up and moving it. Export writes every entry, the journal, old
 * addresses, saved import presets and the photo originals into one ZIP file streamed to the
 * administrator ({@code ArchiveTool} does the same from a shell); restore reads such a file into an
 * empty instance, checking it before it writes anything, and has the search index rebuilt.
 * Publishing to machines lives in {@code org.summitry.opendata}, CSV imports in {@code
 * org.summitry.imports}.
 */
package org.summitry.exchange;
