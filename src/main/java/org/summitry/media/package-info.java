/**
 * Photos and galleries: press photographs with their captions, credits and rights, stored by
 * content digest, and the curator-ordered galleries of summits and gifts.
 */
package org.summitry.media;
