package org.summitry.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.summitry.platform.boundary.InvalidRequest;

class ParamsTest {

  @Test
  void pageNumbersAreClampedOrRefusedWithAReason() {
    assertEquals(1, Params.page(null));
    assertEquals(1, Params.page(""));
    assertEquals(3, Params.page(" 3 "));
    assertEquals(1, Params.page("-1"));
    assertEquals(Integer.MAX_VALUE, Params.page("99999999999999"));
    InvalidRequest refused = assertThrows(InvalidRequest.class, () -> Params.page("abc"));
    assertEquals("error.param.page", refused.key());
  }

  @Test
  void yearsAreBetweenOneAndNineThousandNineHundredNinetyNine() {
    assertNull(Params.year(null));
    assertEquals(2024, Params.year("2024"));
    assertThrows(InvalidRequest.class, () -> Params.year("99999"));
    assertThrows(InvalidRequest.class, () -> Params.year("0"));
    assertThrows(InvalidRequest.class, () -> Params.year("twenty"));
  }
}
