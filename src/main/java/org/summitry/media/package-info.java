/**
 * Photos and galleries: press photographs with their captions, credits and rights, stored by
 * content digest, and the curator-ordered galleries of summits and gifts, which IIIF viewers on
 * other sites open through the manifests served here ({@code /iiif/…/manifest}).
 */
package org.summitry.media;
