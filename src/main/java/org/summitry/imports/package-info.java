/**
 * Imports: the way in for gift registers kept elsewhere. A CSV file is uploaded, mapped column by
 * column (or by a preset, built in or saved by a curator), checked in a dry run that reads every
 * row as the import does, and run in the background in batches through the components' own
 * boundaries, so every imported entry is journalled like one typed in; a run can be resumed after a
 * failure and undone.
 */
package org.summitry.imports;
