package org.summitry.media.boundary;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.summitry.kernel.Refusal;

/**
 * A photo that could not be stored because its file could not be written to the photo volume (full,
 * say, or read-only). Nothing of it is kept: no row, no file. The message tells the curator what
 * happened and what to do.
 */
public class PhotoNotStored extends RuntimeException {

  private final transient Refusal reason;

  PhotoNotStored(IOException cause) {
    this(reason(cause), cause);
  }

  private PhotoNotStored(Refusal reason, IOException cause) {
    super(reason.getMessage(), cause);
    this.reason = reason;
  }

  /** What happened and what to do, in the language of the locale. */
  public String message(Locale locale) {
    return reason.message(locale);
  }

  private static Refusal reason(IOException cause) {
    if (full(cause)) {
      return new Refusal("upload.refusal.storageFull");
    }
    String detail =
        cause instanceof FileSystemException file && file.getReason() != null
            ? file.getReason()
            : cause.getMessage();
    return new Refusal("upload.refusal.storage", String.valueOf(detail));
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
