/**
 * Stories: narrative pages curators write in Markdown, which embed the archive's summits, gifts,
 * photos and galleries by reference ({@code {{gift:aurus-limousine-2024}}}) and go through the same
 * drafts, publishing, history and trash as every other entry.
 */
package org.summitry.stories;
