package net.kestreltel.numgate.util;

import static org.assertj.core.api.Assertions.assertThat;

import net.kestreltel.numgate.provisioning.CustomerOrderIds;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void normalisesWhatPeopleType() {
        assertThat(PhoneNumbers.toE164("(919) 555-0134")).isEqualTo("+19195550134");
        assertThat(PhoneNumbers.toE164("9195550134")).isEqualTo("+19195550134");
        assertThat(PhoneNumbers.toE164("1-919-555-0134")).isEqualTo("+19195550134");
        assertThat(PhoneNumbers.toE164("+44 1224 003018")).isEqualTo("+441224003018");
    }

    @Test
    void displaysNanpNumbers() {
        assertThat(PhoneNumbers.display("+19195550134")).isEqualTo("(919) 555-0134");
        assertThat(PhoneNumbers.display("+441224003018")).isEqualTo("+441224003018");
    }

    @Test
    void recognisesTollFree() {
        assertThat(PhoneNumbers.isTollFree("+18445550134")).isTrue();
        assertThat(PhoneNumbers.isTollFree("+1" + PhoneNumbers.SUPPORT_LINE)).isTrue();
        assertThat(PhoneNumbers.isTollFree("+19195550134")).isFalse();
    }

    @Test
    void customerOrderIdsCarryTheirCreationTime() {
        assertThat(CustomerOrderIds.createdAt("KT-1726150291-042")).isEqualTo(1726150291L);
        assertThat(CustomerOrderIds.isOurs("KEST-2019-0042")).isTrue();
    }
}
