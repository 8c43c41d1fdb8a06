/**
 * The public site's shared web package: what pages of several features use, and nothing of any one
 * feature. The page cache and HTTP validators ({@code PublicPageCache}), content negotiation
 * ({@code Representations}), page metadata and JSON-LD ({@code Metadata}, {@code JsonLd}), gift
 * cards ({@code GiftCards}, {@code GiftCard}, {@code KeptCards}: a person's, a country's, a
 * summit's and a story's page show them as the gift list does), list pages ordered by the index
 * ({@code Lists}), titles in the page's language ({@code EntryTexts}), tombstones of withdrawn
 * entries, an entry's feed link, filter options and the query parameters a visitor may type. The
 * pages themselves live in one sub-package per feature, beside their templates; ArchitectureTest
 * keeps the features from using one another and this package from using any of them.
 */
package org.summitry.site.boundary;
