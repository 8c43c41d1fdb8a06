package org.summitry.media.control;

/**
 * One smaller JPEG made from a photo: {@code w400}, {@code w800}, … named by its width in pixels
 * (the width a browser's {@code srcset} needs), or {@code sq200}, the square thumbnail.
 */
public record Derivative(String name, int width, int height, byte[] jpeg) {

  public boolean isSquare() {
    return name.startsWith("sq");
  }
}
