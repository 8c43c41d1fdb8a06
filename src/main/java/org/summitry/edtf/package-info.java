/**
 * EDTF dates as the sources give them ("2024-02~", "1990/1995"): the parser of levels 0 and 1,
 * their bounds and wording in the reader's language, {@link org.summitry.edtf.DateSpec} (the text
 * and its earliest and latest day, embedded in entities) and the {@link
 * org.summitry.edtf.ValidEdtf} constraint for forms. A leaf every component may use, like the
 * kernel; it depends on no component.
 */
package org.summitry.edtf;
