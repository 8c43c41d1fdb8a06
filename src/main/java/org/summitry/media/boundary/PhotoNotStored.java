package org.summitry.media.boundary;

import java.io.IOException;
import java.nio.file.FileSystemException;

/**
 * A photo that could not be stored because its file could not be written to the photo volume (full,
 * say, or read-only). Nothing of it is kept: no row, no file. The message tells the curator what
 * happened and what to do.
 */
public class PhotoNotStored extends RuntimeException {

  PhotoNotStored(IOException cause) {
    super(message(cause), cause);
  }

  private static String message(IOException cause) {
    if (full(cause)) {
      return "The photo could not be stored: the photo storage is full. Ask the administrator to"
          + " free space on the photo volume, then upload the photo again.";
    }
    String reason =
        cause instanceof FileSystemException file && file.getReason() != null
            ? file.getReason()
            : cause.getMessage();
    return "The photo could not be stored: the photo storage cannot be written to ("
        + reason
        + "). Ask the administrator to check the photo volume, then upload the photo again.";
  }

  /** ENOSPC and EDQUOT as the JDK words them on Linux, and the Windows equivalent. */
  private static boolean full(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("No space left on device")
          || message.contains("Disk quota exceeded")
          || message.contains("not enough space on the disk")) {
        return true;
      }
    }
    return false;
  }
}
